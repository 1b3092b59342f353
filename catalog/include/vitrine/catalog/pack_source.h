// Read access to a data pack, a folder or a .zip of that folder, without extracting it.
// A zip is read entry by entry into memory under hard caps, so a hostile archive can never
// write outside the data directory, fill the disk or exhaust memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

// Caps against hostile or broken archives. The defaults fit a fair of 50,000 products.
struct PackLimits {
    uint64_t max_entries = 200'000;
    uint64_t max_file_bytes = 64ull << 20; // one file, after decompression
    uint64_t max_total_bytes = 8ull << 30; // all files, after decompression
    uint64_t max_ratio = 200;              // uncompressed / compressed, for entries over 1 MiB
};

class PackSource {
public:
    virtual ~PackSource() = default;

    // What the organiser named: the folder or the zip file.
    virtual const std::filesystem::path& origin() const = 0;

    // Every regular file in the pack, as relative paths with '/' separators, sorted.
    // For a zip whose files sit in one top folder ("fair/manifest.json"), that folder is
    // stripped, since that is what zipping a folder produces.
    virtual std::vector<std::string> files() const = 0;

    virtual bool exists(const std::string& relative) const = 0;

    // Size in bytes as stored (for a zip: the declared uncompressed size), if the file exists.
    virtual std::optional<uint64_t> size(const std::string& relative) const = 0;

    // The whole file. Throws PackError if it is missing, larger than max_bytes or than the
    // pack's limits, or unreadable; the message names the file.
    virtual std::string read(const std::string& relative, uint64_t max_bytes) const = 0;
};

// Opens a folder or a .zip (by content, not by name). Throws PackError with a message for the
// organiser when the path is missing, unreadable, or a hostile archive: entries with "..",
// absolute paths or symbolic links, more entries or bytes than the limits, suspicious
// compression ratios. A folder's symbolic links that leave the pack are refused likewise.
std::unique_ptr<PackSource> open_pack(const std::filesystem::path& path,
                                      const PackLimits& limits = {});

} // namespace vitrine
