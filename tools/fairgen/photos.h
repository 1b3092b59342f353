// `vitrine-fairgen photos`: draws the product photos listed in a spec file.
#pragma once

#include "raster.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fairgen {

struct PhotoSpec {
    std::string file; // relative to the output folder
    std::string motif;
    uint64_t seed = 0;
    int width = 0; // upright size
    int height = 0;
    int orientation = 1;
    Rgba color;
    int line = 0; // in the spec file, for messages
};

// Reads a `;`-separated spec with header file;motif;seed;width;height;orientation;color.
// Problems are appended to `errors` as "SPEC:LINE: error: ..." and make it return false.
bool readPhotoSpec(const std::filesystem::path& spec, std::vector<PhotoSpec>& rows,
                   std::vector<std::string>& errors);

// The complete JPEG file for one row: same row, same bytes.
std::vector<uint8_t> photoBytes(const PhotoSpec& row);

// Writes `bytes` to `path` through a temporary file, so that an interrupted run never leaves
// a truncated photo that a later --only-missing run would keep.
bool writeFileAtomically(const std::filesystem::path& path, const std::vector<uint8_t>& bytes,
                         std::string& error);

struct PhotoRunStats {
    int written = 0;
    int skipped = 0;
    int failed = 0;
};

// Draws every row into `outDir` on `jobs` threads. Failures are appended to `errors`.
PhotoRunStats drawPhotos(const std::vector<PhotoSpec>& rows, const std::filesystem::path& outDir,
                         bool onlyMissing, unsigned jobs, std::vector<std::string>& errors);

// Exit status: 0 success, 1 invalid spec or failed write.
int runPhotosCommand(const std::filesystem::path& spec, const std::filesystem::path& outDir,
                     bool onlyMissing, unsigned jobs);

} // namespace fairgen
