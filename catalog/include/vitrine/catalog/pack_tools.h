// What an organiser does to a pack besides importing it: start one from a template, check it,
// and seal it.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/signature.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace vitrine {

struct CheckOptions {
    std::function<void(size_t done, size_t total)> progress; // photos checked
    unsigned threads = 0;
    // Check against the files as they are now, ignoring the fingerprints of an earlier seal.
    bool ignore_seal = false;
    // seal_pack only: also sign the sealed manifest (manifest.json.minisig, see trust.h).
    std::optional<SecretKey> sign_with;
};

// Reads the whole pack and decodes every photo; every problem goes to diags.
// Returns the contents when the pack could be read (errors may still be in diags).
std::optional<PackContents> check_pack(const std::filesystem::path& pack, Diagnostics& diags,
                                       const CheckOptions& options = {});

// Checks the pack (folder only), then writes into its manifest.json the SHA-256 of every file
// and the creation time (and signs it with options.sign_with). With zip_out, also writes a zip of
// the sealed folder. Returns false (changing nothing) when the pack has errors.
bool seal_pack(const std::filesystem::path& folder, Diagnostics& diags,
               const std::optional<std::filesystem::path>& zip_out = std::nullopt,
               const CheckOptions& options = {});

// Writes a template pack: every file with every column and one example row, a one-stand hall
// and an example photo. Throws PackError when the folder exists and is not empty.
void write_template_pack(const std::filesystem::path& folder);

} // namespace vitrine
