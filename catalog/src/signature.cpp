#include "vitrine/catalog/signature.h"

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <sodium.h>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

constexpr char kUntrusted[] = "untrusted comment: ";
constexpr char kTrusted[] = "trusted comment: ";
constexpr size_t kSecretKeyBytes = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;

void init_sodium() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw SignatureError("the cryptography library cannot start (libsodium)");
    });
}

std::string to_base64(const uint8_t* data, size_t size) {
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// Decodes one base64 line, which must hold exactly `size` bytes.
std::vector<uint8_t> from_base64(std::string_view text, size_t size, const std::string& what) {
    std::vector<uint8_t> out(size + 1);
    size_t len = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), " \t\r", &len, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        len != size)
        throw SignatureError(what);
    out.resize(size);
    return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

// The base64 line of a key file: the first line that is not a comment.
std::string_view payload_line(std::string_view text) {
    for (std::string_view line : lines_of(text))
        if (!line.empty() && !line.starts_with(kUntrusted) && !line.starts_with(kTrusted))
            return line;
    return {};
}

std::array<uint8_t, 32> secret_checksum(const uint8_t* sig_alg, const KeyId& id,
                                        const std::array<uint8_t, 64>& sk) {
    std::array<uint8_t, 32> chk{};
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, chk.size());
    crypto_generichash_update(&st, sig_alg, 2);
    crypto_generichash_update(&st, id.data(), id.size());
    crypto_generichash_update(&st, sk.data(), sk.size());
    crypto_generichash_final(&st, chk.data(), chk.size());
    return chk;
}

std::string read_whole(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw SignatureError("cannot read " + file.string() + ": check the path");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_new_file(const fs::path& file, const std::string& text, mode_t mode) {
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        throw SignatureError(errno == EEXIST
                                 ? file.string() + " exists already: choose another name (a key "
                                                   "is never overwritten)"
                                 : "cannot write " + file.string() +
                                       ": check the folder exists and is writable");
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
              ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(file.c_str());
        throw SignatureError("cannot write " + file.string() + ": is the disk full?");
    }
}

struct ParsedSignature {
    bool prehashed = true;
    KeyId key_id{};
    std::array<uint8_t, 64> sig{};
    std::string trusted_comment;
    std::array<uint8_t, 64> global_sig{};
};

ParsedSignature parse_signature(std::string_view text) {
    const std::string bad = "not a minisign signature: the .minisig file is damaged; sign the "
                            "pack again";
    std::vector<std::string_view> lines = lines_of(text);
    if (lines.size() < 4 || !lines[0].starts_with(kUntrusted) || !lines[2].starts_with(kTrusted))
        throw SignatureError(bad);
    ParsedSignature p;
    auto raw = from_base64(lines[1], 2 + 8 + 64, bad);
    if (raw[0] == 'E' && raw[1] == 'D')
        p.prehashed = true;
    else if (raw[0] == 'E' && raw[1] == 'd')
        p.prehashed = false;
    else
        throw SignatureError("unknown signature algorithm: sign the pack again with "
                             "'vitrine-pack seal --sign'");
    std::memcpy(p.key_id.data(), raw.data() + 2, 8);
    std::memcpy(p.sig.data(), raw.data() + 10, 64);
    p.trusted_comment = std::string(lines[2].substr(std::strlen(kTrusted)));
    auto global = from_base64(lines[3], 64, bad);
    std::memcpy(p.global_sig.data(), global.data(), 64);
    return p;
}

std::array<uint8_t, 64> blake2b_512(std::string_view message) {
    std::array<uint8_t, 64> h{};
    crypto_generichash(h.data(), h.size(), reinterpret_cast<const uint8_t*>(message.data()),
                       message.size(), nullptr, 0);
    return h;
}

} // namespace

std::string key_id_hex(const KeyId& id) {
    // minisign reads the id as a little-endian number.
    char buf[17];
    for (size_t i = 0; i < 8; ++i)
        std::snprintf(buf + 2 * i, 3, "%02X", id[7 - i]);
    return buf;
}

KeyPair generate_key_pair() {
    init_sodium();
    KeyPair pair;
    crypto_sign_keypair(pair.public_key.key.data(), pair.secret_key.key.data());
    randombytes_buf(pair.public_key.id.data(), pair.public_key.id.size());
    pair.secret_key.id = pair.public_key.id;
    return pair;
}

std::string format_public_key(const PublicKey& key) {
    std::array<uint8_t, 42> raw{};
    raw[0] = 'E';
    raw[1] = 'd';
    std::memcpy(raw.data() + 2, key.id.data(), 8);
    std::memcpy(raw.data() + 10, key.key.data(), 32);
    return std::string(kUntrusted) + "minisign public key " + key_id_hex(key.id) + "\n" +
           to_base64(raw.data(), raw.size()) + "\n";
}

std::string format_secret_key(const SecretKey& key) {
    init_sodium();
    std::vector<uint8_t> raw(kSecretKeyBytes, 0);
    const uint8_t sig_alg[2] = {'E', 'd'};
    raw[0] = 'E';
    raw[1] = 'd';
    // kdf "\0\0": not encrypted (raw[2], raw[3] stay 0); salt and limits unused.
    raw[4] = 'B';
    raw[5] = '2';
    size_t at = 6 + 32 + 8 + 8;
    std::memcpy(raw.data() + at, key.id.data(), 8);
    std::memcpy(raw.data() + at + 8, key.key.data(), 64);
    auto chk = secret_checksum(sig_alg, key.id, key.key);
    std::memcpy(raw.data() + at + 72, chk.data(), 32);
    std::string text = std::string(kUntrusted) + "minisign secret key, not encrypted: keep it " +
                       "private\n" + to_base64(raw.data(), raw.size()) + "\n";
    sodium_memzero(raw.data(), raw.size());
    return text;
}

PublicKey parse_public_key(std::string_view text, const std::string& origin) {
    const std::string bad = origin + " is not a minisign public key: give the NAME.pub file that "
                                     "'vitrine-pack keygen' wrote, or its second line";
    auto raw = from_base64(payload_line(text), 42, bad);
    if (raw[0] != 'E' || raw[1] != 'd')
        throw SignatureError(bad);
    PublicKey key;
    std::memcpy(key.id.data(), raw.data() + 2, 8);
    std::memcpy(key.key.data(), raw.data() + 10, 32);
    return key;
}

SecretKey parse_secret_key(std::string_view text, const std::string& origin) {
    init_sodium();
    const std::string bad = origin + " is not a secret key: give the NAME.key file that "
                                     "'vitrine-pack keygen' wrote";
    auto raw = from_base64(payload_line(text), kSecretKeyBytes, bad);
    if (raw[0] != 'E' || raw[1] != 'd' || raw[4] != 'B' || raw[5] != '2')
        throw SignatureError(bad);
    if (raw[2] != 0 || raw[3] != 0)
        throw SignatureError(origin + " is protected by a password: make a key without one "
                                      "('vitrine-pack keygen', or 'minisign -G -W')");
    SecretKey key;
    size_t at = 6 + 32 + 8 + 8;
    std::memcpy(key.id.data(), raw.data() + at, 8);
    std::memcpy(key.key.data(), raw.data() + at + 8, 64);
    const uint8_t sig_alg[2] = {'E', 'd'};
    auto chk = secret_checksum(sig_alg, key.id, key.key);
    // minisign leaves the checksum of an unencrypted key at zero: nothing to check then.
    bool recorded = !sodium_is_zero(raw.data() + at + 72, 32);
    bool intact = !recorded || sodium_memcmp(chk.data(), raw.data() + at + 72, 32) == 0;
    sodium_memzero(raw.data(), raw.size());
    if (!intact)
        throw SignatureError(origin + " is damaged (its checksum does not match): use a backup "
                                      "copy of the key");
    return key;
}

PublicKey read_public_key(const fs::path& file) {
    return parse_public_key(read_whole(file), file.string());
}

SecretKey read_secret_key(const fs::path& file) {
    return parse_secret_key(read_whole(file), file.string());
}

KeyPair write_key_pair(const fs::path& base) {
    fs::path secret_file = base;
    secret_file += ".key";
    fs::path public_file = base;
    public_file += ".pub";
    std::error_code ec;
    if (fs::exists(secret_file, ec) || fs::exists(public_file, ec))
        throw SignatureError((fs::exists(secret_file, ec) ? secret_file : public_file).string() +
                             " exists already: choose another name (a key is never overwritten)");
    KeyPair pair = generate_key_pair();
    write_new_file(secret_file, format_secret_key(pair.secret_key), 0600);
    try {
        write_new_file(public_file, format_public_key(pair.public_key), 0644);
    } catch (...) {
        fs::remove(secret_file, ec);
        throw;
    }
    return pair;
}

std::string sign_message(std::string_view message, const SecretKey& key,
                         std::string_view trusted_comment) {
    init_sodium();
    if (trusted_comment.find('\n') != std::string_view::npos)
        throw SignatureError("a trusted comment is one line");
    std::array<uint8_t, 74> raw{};
    raw[0] = 'E';
    raw[1] = 'D';
    std::memcpy(raw.data() + 2, key.id.data(), 8);
    auto hash = blake2b_512(message);
    crypto_sign_detached(raw.data() + 10, nullptr, hash.data(), hash.size(), key.key.data());

    std::vector<uint8_t> global_message(raw.begin() + 10, raw.end());
    global_message.insert(global_message.end(), trusted_comment.begin(), trusted_comment.end());
    std::array<uint8_t, 64> global{};
    crypto_sign_detached(global.data(), nullptr, global_message.data(), global_message.size(),
                         key.key.data());
    return std::string(kUntrusted) + "signature from vitrine-pack, key " + key_id_hex(key.id) +
           "\n" + to_base64(raw.data(), raw.size()) + "\n" + kTrusted +
           std::string(trusted_comment) + "\n" + to_base64(global.data(), global.size()) + "\n";
}

SignatureInfo read_signature(std::string_view signature_text) {
    ParsedSignature p = parse_signature(signature_text);
    return {p.key_id, p.trusted_comment};
}

SignatureInfo verify_message(std::string_view message, std::string_view signature_text,
                             const PublicKey& key) {
    init_sodium();
    ParsedSignature p = parse_signature(signature_text);
    if (p.key_id != key.id)
        throw SignatureError("signed with key " + key_id_hex(p.key_id) + ", not with key " +
                             key_id_hex(key.id));
    bool ok;
    if (p.prehashed) {
        auto hash = blake2b_512(message);
        ok = crypto_sign_verify_detached(p.sig.data(), hash.data(), hash.size(), key.key.data()) ==
             0;
    } else {
        ok = crypto_sign_verify_detached(p.sig.data(),
                                         reinterpret_cast<const uint8_t*>(message.data()),
                                         message.size(), key.key.data()) == 0;
    }
    if (!ok)
        throw SignatureError("the signature does not match: the file changed after it was signed");
    std::vector<uint8_t> global_message(p.sig.begin(), p.sig.end());
    global_message.insert(global_message.end(), p.trusted_comment.begin(), p.trusted_comment.end());
    if (crypto_sign_verify_detached(p.global_sig.data(), global_message.data(),
                                    global_message.size(), key.key.data()) != 0)
        throw SignatureError("the signature's trusted comment was changed after signing");
    return {p.key_id, p.trusted_comment};
}

} // namespace vitrine
