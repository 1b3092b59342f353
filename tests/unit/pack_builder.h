// Builds valid packs of any size for tests, then lets a test break them one way at a time.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vitrine::test {

struct PackSpec {
    int exhibitors = 3;
    int products_per_exhibitor = 2;
    int version = 1;
    std::string created = "2025-03-18T08:00:00Z";
    int photo_side = 64; // small photos keep tests fast
};

// Writes a complete valid pack (no errors, no warnings) into `dir`: stands S01.., exhibitors
// ex-1.., products p-1-1.., one distinct photo per product.
void build_pack(const std::filesystem::path& dir, const PackSpec& spec = {});

// Edits for breaking a pack: replace the first occurrence of `from` (must exist).
void replace_in_file(const std::filesystem::path& file, const std::string& from,
                     const std::string& to);
void append_to_file(const std::filesystem::path& file, const std::string& text);

// A small JPEG of one colour, as a phone would not make but a decoder reads.
std::string solid_jpeg(int width, int height, unsigned rgb);

} // namespace vitrine::test
