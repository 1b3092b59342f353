// Ed25519 keys and signatures in minisign's formats (libsodium underneath), so that an
// organiser can check a pack with Debian's `minisign` tool as well as with ours.
//
// Formats (https://jedisct1.github.io/minisign/):
//   public key  "untrusted comment: …\n" base64("Ed" key_id[8] public_key[32])
//   secret key  minisign's secret key file, unencrypted (kdf "\0\0"): minisign -S reads it
//               without asking for a password
//   signature   "untrusted comment: …\n" base64("ED" key_id[8] sig[64] over BLAKE2b-512(file))
//               "trusted comment: …\n" base64(sig[64] over sig || trusted comment)
//               Legacy "Ed" signatures (over the file itself) are verified too.
//
// Thread safety: every function is safe to call from any thread (libsodium is initialised
// once, on first use).
#pragma once

#include "vitrine/catalog/errors.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace vitrine {

// A key or a signature cannot be read, or a signature does not match; what() says which and
// what to do.
class SignatureError : public Error {
public:
    using Error::Error;
};

using KeyId = std::array<uint8_t, 8>;

struct PublicKey {
    KeyId id{};
    std::array<uint8_t, 32> key{};
};

struct SecretKey {
    KeyId id{};
    std::array<uint8_t, 64> key{}; // libsodium's: seed then public key
};

struct KeyPair {
    PublicKey public_key;
    SecretKey secret_key;
};

// "A1B2C3D4E5F60718", as minisign prints it.
std::string key_id_hex(const KeyId& id);

KeyPair generate_key_pair();

// The text of a .pub file and of a .key file.
std::string format_public_key(const PublicKey& key);
std::string format_secret_key(const SecretKey& key);

// Reads a .pub file's text, or its base64 line alone (as a config lists trusted keys).
// Throws SignatureError naming `origin`.
PublicKey parse_public_key(std::string_view text, const std::string& origin);
SecretKey parse_secret_key(std::string_view text, const std::string& origin);

// Reads a key file; throws SignatureError when it cannot be read or parsed.
PublicKey read_public_key(const std::filesystem::path& file);
SecretKey read_secret_key(const std::filesystem::path& file);

// Writes NAME.key (mode 600) and NAME.pub for a new key pair; `base` is NAME with its folder.
// Throws SignatureError when either file exists already (an organiser's key is never
// overwritten) or cannot be written. Returns the new pair.
KeyPair write_key_pair(const std::filesystem::path& base);

// A .minisig text for `message` (prehashed "ED", which minisign 0.10 and later verify by
// default). The trusted comment must be one line.
std::string sign_message(std::string_view message, const SecretKey& key,
                         std::string_view trusted_comment);

struct SignatureInfo {
    KeyId key_id{};
    std::string trusted_comment;
};

// Reads a .minisig text without checking it: which key made it. Throws SignatureError when it
// is not a signature.
SignatureInfo read_signature(std::string_view signature_text);

// Checks the signature of `message` and of its trusted comment with `key`. Throws
// SignatureError when it was made by another key or does not match. Returns what it vouches.
SignatureInfo verify_message(std::string_view message, std::string_view signature_text,
                             const PublicKey& key);

} // namespace vitrine
