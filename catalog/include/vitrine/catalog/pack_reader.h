// Reads and validates a data pack in one pass: every problem is reported, none stops the pass.
// Photos are only listed here; photo_pipeline.h checks and renders them.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/pack_source.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

inline constexpr int kPackFormat = 1;
inline constexpr size_t kMaxNameLength = 60;
inline constexpr size_t kMaxDescriptionLength = 400;

struct Manifest {
    int format = kPackFormat;
    PackStamp stamp;
    Fair fair;
    std::map<std::string, std::string> files; // sealed fingerprints: path -> SHA-256 hex
    bool sealed() const { return !files.empty(); }
};

// Where a photo file is used first, for messages about it.
struct PhotoUse {
    std::string file; // the photo, relative to the pack: "photos/tapis/azilal.jpg"
    std::string csv = "products.csv";
    size_t line = 0;
};

struct PackContents {
    Manifest manifest;
    // The catalogue as the pack describes it. Products' `photos` hold pack file paths
    // ("photos/…") until the photo pipeline replaces them by content hashes.
    Catalog catalog;
    std::vector<PhotoUse> photos; // every distinct photo file the products use, in order
    std::map<std::string, size_t> exhibitor_lines; // id -> line in exhibitors.csv
    std::map<std::string, size_t> product_lines;   // id -> line in products.csv
};

// The files every pack has.
inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kSectorsFile = "sectors.csv";
inline constexpr const char* kExhibitorsFile = "exhibitors.csv";
inline constexpr const char* kProductsFile = "products.csv";
inline constexpr const char* kStandsFile = "stands.csv";
inline constexpr const char* kFloorPlanFile = "floorplan.json";
inline constexpr const char* kPhotosDir = "photos/";
// Optional: the words visitors use for the same thing (see SynonymGroup).
inline constexpr const char* kSynonymsFile = "synonyms.csv";

// Reads everything but photo pixels. Returns nullopt only when the pack is too broken to
// describe a catalogue (a required file missing or unparseable); otherwise the contents, with
// every problem in diags. Fingerprints of non-photo files are checked here; photos' are
// checked by the photo pipeline, which hashes them anyway.
std::optional<PackContents> read_pack(const PackSource& source, Diagnostics& diags);

// Parses manifest.json alone (used by seal). Problems go to diags.
std::optional<Manifest> parse_manifest(std::string_view json, Diagnostics& diags);

// Reports what importing `incoming` would remove from `installed`: exhibitors and products
// that disappear, and texts that had a value and become empty. Warnings only.
void report_removals(const Catalog& installed, const PackContents& incoming, Diagnostics& diags);

} // namespace vitrine
