// What a stick update did, as the organiser reads it on the stick: vitrine-rapport.txt
// (French, then English) and vitrine-report.json (the same, for tools).
//
// Thread safety: plain values and free functions; safe from any thread.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

inline constexpr const char* kReportText = "vitrine-rapport.txt";
inline constexpr const char* kReportJson = "vitrine-report.json";

// Names (in French, else the id) of what changed between two catalogues.
struct CatalogChanges {
    std::vector<std::string> exhibitors_added, exhibitors_changed, exhibitors_removed;
    std::vector<std::string> products_added, products_changed, products_removed;
    size_t photos_added = 0, photos_removed = 0;
    std::vector<std::string> stands_moved; // "Coopérative Tifawin: A03 → B07"
    bool empty() const;
};

// `before` is null when no catalogue was installed.
CatalogChanges diff_catalogs(const Catalog* before, const Catalog& after);

enum class UpdateOutcome {
    installed,
    already_installed,
    refused, // the pack has problems, is untrusted, older, or for another fair
    failed,  // the stick went away mid-import, or the kiosk could not finish
    no_pack, // the stick holds no pack
};

std::string_view outcome_key(UpdateOutcome outcome); // "installed", "refused", ...

struct UpdateReport {
    UpdateOutcome outcome = UpdateOutcome::no_pack;
    std::string kiosk;                    // this kiosk's name
    std::string fair;                     // the fair's French name
    std::string pack;                     // the pack taken, as named on the stick
    std::vector<std::string> other_packs; // found on the stick but not taken
    std::optional<PackStamp> before, after;
    CatalogChanges changes;
    std::vector<Diagnostic> problems; // errors then warnings, as `vitrine-pack validate` sorts
    std::string reason;               // for `failed`: what happened
    std::string finished_at;          // ISO 8601 UTC
};

std::string report_text(const UpdateReport& report);
std::string report_json(const UpdateReport& report);

struct WrittenReport {
    std::filesystem::path folder; // where both files are
    bool on_stick = false;        // false: kept in the fallback folder (stick read-only or full)
    std::string why_not;          // why the stick could not take them
};

// Writes both files into `folder` atomically and durably (temporary file, fsync, rename,
// fsync of the folder), so pulling the stick right after loses nothing. When that fails, writes
// them into `fallback` (created if needed) instead. Throws StoreError only when both fail.
WrittenReport write_report(const UpdateReport& report, const std::filesystem::path& folder,
                           const std::filesystem::path& fallback);

} // namespace vitrine
