#include "vitrine/catalog/trust.h"

#include "durable.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/sha256.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace vitrine {
namespace {

constexpr uint64_t kMaxManifestBytes = 16u << 20;
constexpr const char* kResign = "copy the pack again from the organisers' computer; if it was "
                                "edited, seal and sign it again with 'vitrine-pack seal PACK "
                                "--sign NAME.key'";

json parse_manifest_json(const PackSource& source) {
    try {
        return json::parse(source.read(kManifestFile, kMaxManifestBytes));
    } catch (const json::exception&) {
        throw PackError(std::string(kManifestFile) +
                        " is not valid JSON: run 'vitrine-pack validate' to see where");
    }
}

// Every file's size and SHA-256 against the signed manifest.
void check_files(const PackSource& source, const json& manifest, Diagnostics& diags) {
    auto files = manifest.find("files");
    if (files == manifest.end() || !files->is_object() || files->empty()) {
        diags.error(kManifestFile, 0, "the pack is signed but not sealed: it lists no files",
                    "seal and sign it with 'vitrine-pack seal PACK --sign NAME.key'");
        return;
    }
    json sizes = manifest.value("sizes", json::object());
    std::vector<std::string> present = source.files();
    std::set<std::string> seen;
    for (const std::string& f : present) {
        if (f == kManifestFile || f == kSignatureFile)
            continue;
        seen.insert(f);
        auto listed = files->find(f);
        if (listed == files->end() || !listed->is_string()) {
            diags.error(f, 0, "this file was added after the pack was signed",
                        "remove it, or seal and sign the pack again");
            continue;
        }
        auto size = source.size(f);
        if (auto s = sizes.find(f);
            s != sizes.end() && s->is_number_unsigned() && size && *size != s->get<uint64_t>()) {
            diags.error(f, 0, "this file is not the one that was signed (its size differs)",
                        kResign);
            continue;
        }
        try {
            if (sha256_hex(source.read(f, ~0ull)) != listed->get<std::string>())
                diags.error(f, 0,
                            "this file is not the one that was signed (its fingerprint differs)",
                            kResign);
        } catch (const Error& e) {
            diags.error(f, 0, e.what(), kResign);
        }
    }
    for (const auto& [f, hash] : files->items())
        if (!seen.contains(f))
            diags.error(f, 0, "listed in the signed manifest but missing from the pack", kResign);
}

std::string stamp_created(const json& manifest) {
    auto c = manifest.find("created");
    return c != manifest.end() && c->is_string() ? c->get<std::string>() : std::string();
}

} // namespace

std::string fair_id_from_name(std::string_view french_name) {
    std::string id;
    for (char c : normalize_text(french_name)) {
        bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    static_cast<unsigned char>(c) >= 0x80;
        if (word)
            id += c;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

PackIdentity read_pack_identity(const PackSource& source) {
    json m = parse_manifest_json(source);
    if (!m.is_object())
        throw PackError(std::string(kManifestFile) + " must be a JSON object");
    PackIdentity id;
    json fair = m.value("fair", json::object());
    if (fair.is_object()) {
        json name = fair.value("name", json::object());
        if (name.is_object() && name.contains("fr") && name["fr"].is_string())
            id.fair_name = name["fr"].get<std::string>();
        else if (name.is_string())
            id.fair_name = name.get<std::string>();
        if (fair.contains("id") && fair["id"].is_string())
            id.fair_id = fair["id"].get<std::string>();
    }
    if (id.fair_id.empty())
        id.fair_id = fair_id_from_name(id.fair_name);
    if (m.contains("version") && m["version"].is_number_integer())
        id.stamp.version = m["version"].get<int64_t>();
    id.stamp.created = stamp_created(m);
    id.signed_pack = source.exists(kSignatureFile);
    return id;
}

std::string trusted_comment_for(const PackIdentity& identity) {
    return "vitrine-pack fair=" + identity.fair_id +
           " version=" + std::to_string(identity.stamp.version) +
           " created=" + identity.stamp.created;
}

void sign_pack(const fs::path& folder, const SecretKey& key) {
    auto source = open_pack(folder);
    PackIdentity identity = read_pack_identity(*source);
    std::string manifest = source->read(kManifestFile, kMaxManifestBytes);
    durable::write_file(folder / kSignatureFile,
                        sign_message(manifest, key, trusted_comment_for(identity)));
}

std::vector<PublicKey> load_trusted_keys(const std::vector<std::string>& entries,
                                         const fs::path& relative_to) {
    std::vector<PublicKey> keys;
    for (const std::string& entry : entries) {
        fs::path file = entry;
        if (file.is_relative() && !relative_to.empty())
            file = relative_to / file;
        std::error_code ec;
        // Base64 holds '/' too: a path is what exists, or what is named like a key file.
        if (fs::is_regular_file(file, ec) || entry.ends_with(".pub"))
            keys.push_back(read_public_key(file));
        else
            keys.push_back(parse_public_key(entry, "trusted key \"" + entry + "\""));
    }
    return keys;
}

bool verify_pack(const PackSource& source, const std::vector<PublicKey>& keys, Diagnostics& diags) {
    if (keys.empty())
        return true;
    size_t errors_before = diags.error_count();
    if (!source.exists(kSignatureFile)) {
        diags.error(
            kSignatureFile, 0,
            "the pack is not signed, and this kiosk only takes signed "
            "packs",
            "sign it on the organisers' computer: 'vitrine-pack seal PACK --sign NAME.key'");
        return false;
    }
    std::string signature;
    std::string manifest;
    try {
        signature = source.read(kSignatureFile, 64 << 10);
        manifest = source.read(kManifestFile, kMaxManifestBytes);
    } catch (const Error& e) {
        diags.error(kSignatureFile, 0, e.what(), kResign);
        return false;
    }
    const PublicKey* key = nullptr;
    try {
        SignatureInfo info = read_signature(signature);
        for (const PublicKey& k : keys)
            if (k.id == info.key_id)
                key = &k;
        if (!key) {
            diags.error(kSignatureFile, 0,
                        "signed with key " + key_id_hex(info.key_id) +
                            ", which this kiosk does not trust",
                        "sign with the organisers' key, or add that key's .pub to the kiosk's "
                        "trusted_keys");
            return false;
        }
        info = verify_message(manifest, signature, *key);
        PackIdentity identity = read_pack_identity(source);
        if (info.trusted_comment != trusted_comment_for(identity)) {
            diags.error(kSignatureFile, 0,
                        "the signature was made for another pack (" + info.trusted_comment + ")",
                        kResign);
            return false;
        }
    } catch (const SignatureError& e) {
        diags.error(kManifestFile, 0, e.what(), kResign);
        return false;
    } catch (const Error& e) {
        diags.error(kManifestFile, 0, e.what(), kResign);
        return false;
    }
    try {
        check_files(source, json::parse(manifest), diags);
    } catch (const json::exception&) {
        diags.error(kManifestFile, 0, "manifest.json is not valid JSON", kResign);
    }
    return diags.error_count() == errors_before;
}

TrustStore::TrustStore(fs::path data_dir) : file_(std::move(data_dir) / "trust.json") {
    std::ifstream in(file_);
    if (!in)
        return;
    try {
        json doc = json::parse(in);
        const json highest = doc.value("highest", json::object());
        for (const auto& [fair, s] : highest.items())
            highest_[fair] = PackStamp{s.value("version", int64_t{0}), s.value("created", "")};
        if (doc.contains("current_fair") && doc["current_fair"].is_string())
            current_fair_ = doc["current_fair"].get<std::string>();
    } catch (const json::exception&) {
        // Written atomically, so only a hand edit breaks it: forgetting it only relaxes the
        // roll-back guard until the next import, and the catalogue itself is untouched.
        highest_.clear();
    }
}

std::optional<PackStamp> TrustStore::highest(const std::string& fair_id) const {
    auto it = highest_.find(fair_id);
    if (it == highest_.end())
        return std::nullopt;
    return it->second;
}

void TrustStore::record_installed(const PackIdentity& pack) {
    auto& h = highest_[pack.fair_id];
    h = std::max(h, pack.stamp);
    current_fair_ = pack.fair_id;
    json doc;
    doc["current_fair"] = *current_fair_;
    doc["highest"] = json::object();
    for (const auto& [fair, s] : highest_)
        doc["highest"][fair] = {{"version", s.version}, {"created", s.created}};
    durable::write_file(file_, doc.dump(2) + "\n");
}

bool admit_pack(const PackIdentity& pack, const TrustStore& trust,
                const std::optional<std::string>& installed_fair, bool force, Diagnostics& diags) {
    if (force)
        return true;
    bool ok = true;
    if (installed_fair && *installed_fair != pack.fair_id) {
        diags.error(kManifestFile, 0,
                    "this pack is for another fair (\"" + pack.fair_id +
                        "\"); this kiosk shows \"" + *installed_fair + "\"",
                    "bring the pack of this kiosk's fair; to change fair, force the update from "
                    "the admin screen");
        ok = false;
    }
    if (auto h = trust.highest(pack.fair_id); h && pack.stamp < *h) {
        diags.error(kManifestFile, 0,
                    "this pack (version " + std::to_string(pack.stamp.version) +
                        ") is older than version " + std::to_string(h->version) +
                        ", already installed on this kiosk",
                    "bring the newest pack; to go back on purpose, force it from the admin "
                    "screen");
        ok = false;
    }
    return ok;
}

} // namespace vitrine
