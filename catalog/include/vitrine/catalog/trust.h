// Which packs a kiosk accepts: signed by a key it trusts, every byte as signed, for its fair,
// and not older than what it has installed (no roll-back by an old stick).
//
// A signed pack holds manifest.json.minisig beside manifest.json: a minisign signature of the
// manifest, whose "files" and "sizes" list every other file's SHA-256 and size, so the one
// signature covers every byte. Its trusted comment carries the fair, the version and the
// creation time ("vitrine-pack fair=… version=… created=…").
//
// Thread safety: the free functions are safe from any thread. A TrustStore is used from one
// thread at a time; its file is replaced atomically, so other processes read it whole.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/signature.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

inline constexpr const char* kSignatureFile = "manifest.json.minisig";

// What a pack says it is, read from its manifest alone.
struct PackIdentity {
    std::string fair_id; // the manifest's fair.id, else its French name in a normalised form
    std::string fair_name;
    PackStamp stamp;
    bool signed_pack = false; // it holds manifest.json.minisig
};

// The fair's id as a pack without "fair.id" gets it: "Foire d'été" -> "foire-d-ete".
std::string fair_id_from_name(std::string_view french_name);

// Reads manifest.json of the pack. Throws PackError when it is missing or not JSON.
PackIdentity read_pack_identity(const PackSource& source);

// "vitrine-pack fair=<id> version=<n> created=<time>"
std::string trusted_comment_for(const PackIdentity& identity);

// Writes manifest.json.minisig into a sealed pack folder. Throws SignatureError or PackError.
void sign_pack(const std::filesystem::path& folder, const SecretKey& key);

// Keys from a config's `trusted_keys`: each entry is a .pub file's path or a key's base64
// line. Throws SignatureError naming the entry that is neither.
std::vector<PublicKey> load_trusted_keys(const std::vector<std::string>& entries,
                                         const std::filesystem::path& relative_to = {});

// With keys: the pack must be signed by one of them, its manifest unchanged, every file
// present with the size and SHA-256 the manifest lists and no file added. Without keys, any
// pack passes here (the import still checks a sealed pack's fingerprints). Every problem goes
// to diags, in the organiser's words with the fix. Returns true when the pack is trusted.
bool verify_pack(const PackSource& source, const std::vector<PublicKey>& keys, Diagnostics& diags);

// What a kiosk remembers outside its catalogue (trust.json in the data directory): the
// highest version installed per fair, and the fair it shows, so that neither a roll-back to
// an old catalogue nor a `vitrine-pack rollback` lets an older stick in.
class TrustStore {
public:
    explicit TrustStore(std::filesystem::path data_dir); // reads trust.json if present

    std::optional<PackStamp> highest(const std::string& fair_id) const;
    const std::optional<std::string>& current_fair() const { return current_fair_; }

    // Records an installed pack and writes trust.json atomically. Throws StoreError.
    void record_installed(const PackIdentity& pack);

private:
    std::filesystem::path file_;
    std::map<std::string, PackStamp> highest_;
    std::optional<std::string> current_fair_;
};

// Refuses (into diags) a pack for another fair than `installed_fair`, or older than the
// highest installed for its fair; `force` (the admin screen) lets both through.
bool admit_pack(const PackIdentity& pack, const TrustStore& trust,
                const std::optional<std::string>& installed_fair, bool force, Diagnostics& diags);

} // namespace vitrine
