// Finding the pack on a stick (or any folder another program filled): a sealed pack at its
// root, as a folder or a .zip, or one folder down. System folders that operating systems
// leave on sticks are skipped.
//
// Thread safety: find_packs is safe from any thread; it opens each candidate only long enough
// to read its manifest and closes it again.
#pragma once

#include "vitrine/catalog/trust.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

struct PackCandidate {
    std::filesystem::path path;           // a folder or a .zip
    std::optional<PackIdentity> identity; // none when its manifest cannot be read
    std::string problem;                  // why, when it cannot
};

struct StickScan {
    std::optional<PackCandidate> chosen;
    std::vector<PackCandidate> others; // found but not taken: named in the report
};

// True for "$RECYCLE.BIN", "System Volume Information", ".Trash-1000", ".Spotlight-V100",
// ".fseventsd" and other hidden folders.
bool is_system_junk(const std::string& name);

// Every pack on the stick; the chosen one is the newest of `fair_id` when any is for that
// fair, else the newest (which the trust checks will then refuse with a clear reason). A pack
// whose manifest is unreadable is only chosen when it is the only one, so that its problems
// reach the report.
StickScan find_packs(const std::filesystem::path& stick,
                     const std::optional<std::string>& fair_id = std::nullopt);

} // namespace vitrine
