// The USB update's signature and manifest check on hostile bytes: a trusted key, a manifest and
// its minisign signature, as a config and a stick hand them to a kiosk.
// The input is "MODE" then up to three parts separated by a line "%%": the public key's text,
// manifest.json and manifest.json.minisig. The mode picks what reads them:
//   0  the key and the signature alone (parse_public_key, read_signature)
//   1  verify_message of the manifest with that key
//   2  verify_pack, read_pack_identity and admit_pack on the template pack whose manifest and
//      signature are the input's (the seeds are that pack, sealed and signed)
// Beyond not crashing, a reader keeps its promises: what verifies was made by the key it was
// checked with, and stops verifying when one byte of what was signed changes.
#include "fuzz_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/trust.h"

#include <array>

using namespace vitrine;

namespace {

constexpr std::string_view kSeparator = "\n%%\n";

std::array<std::string_view, 3> parts_of(std::string_view text) {
    std::array<std::string_view, 3> parts;
    for (size_t i = 0; i < parts.size(); ++i) {
        size_t end = i + 1 < parts.size() ? text.find(kSeparator) : std::string_view::npos;
        parts[i] = text.substr(0, end);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + kSeparator.size());
    }
    return parts;
}

// The template pack an organiser starts from, without its manifest: every seed's manifest
// lists these files' sizes and fingerprints.
const std::map<std::string, std::string>& template_files() {
    static const std::map<std::string, std::string> files = [] {
        const auto folder = fuzz::scratch_dir() / "template";
        write_template_pack(folder);
        auto read = fuzz::read_folder(folder);
        read.erase(kManifestFile);
        read.erase(kSignatureFile);
        return read;
    }();
    return files;
}

const TrustStore& trust() {
    static const TrustStore store(fuzz::scratch_dir() / "trust");
    return store;
}

std::string with_one_byte_changed(std::string_view text) {
    std::string changed(text);
    if (changed.empty())
        return "x";
    changed[changed.size() / 2] ^= 0x20;
    return changed;
}

void key_and_signature(std::string_view key_text, std::string_view signature_text) {
    try {
        (void)parse_public_key(key_text, "fuzz.pub");
    } catch (const SignatureError&) {
    }
    try {
        SignatureInfo info = read_signature(signature_text);
        if (info.trusted_comment.find('\n') != std::string::npos)
            fuzz::broken("read_signature returned a trusted comment of several lines");
    } catch (const SignatureError&) {
    }
}

void message(const PublicKey& key, std::string_view manifest, std::string_view signature) {
    SignatureInfo info;
    try {
        info = verify_message(manifest, signature, key);
    } catch (const SignatureError&) {
        return;
    }
    if (info.key_id != key.id)
        fuzz::broken("verify_message accepted a signature made by another key");
    try {
        (void)verify_message(with_one_byte_changed(manifest), signature, key);
        fuzz::broken("verify_message accepted a changed manifest");
    } catch (const SignatureError&) {
    }
}

bool pack_verifies(std::map<std::string, std::string> files, const PublicKey& key) {
    fuzz::MemoryPack pack(std::move(files));
    Diagnostics diags;
    bool trusted = verify_pack(pack, {key}, diags);
    if (!trusted && !diags.has_errors())
        fuzz::broken("verify_pack refused a pack without saying why");
    return trusted;
}

void pack(const PublicKey& key, std::string_view manifest, std::string_view signature) {
    std::map<std::string, std::string> files = template_files();
    files[kManifestFile] = std::string(manifest);
    files[kSignatureFile] = std::string(signature);
    fuzz::MemoryPack source(files);
    try {
        PackIdentity identity = read_pack_identity(source);
        Diagnostics diags;
        if (!admit_pack(identity, trust(), std::string("foire-fuzz"), false, diags) &&
            !diags.has_errors())
            fuzz::broken("admit_pack refused a pack without saying why");
    } catch (const PackError&) {
    }
    if (!pack_verifies(files, key))
        return;
    // Trusted: then every byte is as signed, and a changed photo or CSV is caught.
    for (const auto& [name, content] : template_files()) {
        auto changed = files;
        changed[name] = with_one_byte_changed(content);
        if (pack_verifies(std::move(changed), key))
            fuzz::broken("verify_pack trusted a pack whose " + name + " was changed");
    }
    auto added = files;
    added["photos/added.jpg"] = "added";
    if (pack_verifies(std::move(added), key))
        fuzz::broken("verify_pack trusted a pack with a file the manifest does not list");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)template_files();
    (void)trust();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const int mode = data[0] % 3;
    const auto [key_text, manifest, signature] = parts_of(fuzz::as_text(data + 1, size - 1));
    if (mode == 0) {
        key_and_signature(key_text, signature);
        return 0;
    }
    PublicKey key;
    try {
        key = parse_public_key(key_text, "fuzz.pub");
    } catch (const SignatureError&) {
        return 0;
    }
    if (mode == 1)
        message(key, manifest, signature);
    else
        pack(key, manifest, signature);
    return 0;
}
