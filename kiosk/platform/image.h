// RGBA images for the headless render checks: snapshots of a frame, PNG files of approved and
// actual shots, their differences, and a contact sheet of every shot for review.
//
// Pixels are compared in memory; PNGs are written only when asked or when a check fails, since
// even a fast encoding of a 1080p frame costs about what rendering it does.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vitrine::kiosk {

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Rgba&, const Rgba&) = default;
};

// 8-bit RGBA, rows top to bottom, tightly packed (width * 4 bytes a row), straight alpha.
// A plain value: copy it, compare it with ==.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;

    Image() = default;
    Image(int width, int height, Rgba fill = {});

    bool empty() const { return width <= 0 || height <= 0; }
    size_t pixel_count() const { return empty() ? 0 : size_t(width) * size_t(height); }
    Rgba at(int x, int y) const;
    void set(int x, int y, Rgba colour);

    friend bool operator==(const Image&, const Image&) = default;
};

// A PNG that could not be written.
class ImageFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes a PNG, RGB when every pixel is opaque (read_png gives the same RGBA back), RGBA
// otherwise. Throws ImageFileError when the image is empty or the file cannot be written (the
// message names the file; no partial file is left).
void write_png(const Image& image, const std::filesystem::path& path);
// Reads any PNG as RGBA; nullopt when the file is missing, unreadable or not a PNG (a missing
// approved image is an expected case for a new shot, not an error).
std::optional<Image> read_png(const std::filesystem::path& path);

struct ImageDiff {
    // Pixels where some channel differs by more than the tolerance.
    size_t differing_pixels = 0;
    // The largest difference of any channel of any pixel, 0-255, tolerated or not.
    int max_delta = 0;
    // A faded grey copy of the expected image with each differing pixel in magenta. When the
    // sizes differ, nothing can be lined up: every pixel counts as differing, max_delta is 255
    // and the diff is all magenta, as large as the larger of the two on each side.
    Image diff;

    bool matches() const { return differing_pixels == 0; }
};

// A pixel differs when any of its four channels differs by more than `tolerance` (0: exact).
ImageDiff compare(const Image& actual, const Image& expected, int tolerance = 0);

inline constexpr int kContactSheetGap = 8;                      // px around and between thumbnails
inline constexpr Rgba kContactSheetBackground{48, 48, 48, 255}; // neutral, so screens stand out

// Thumbnails of the shots, in order, left to right then top to bottom, `columns` to a row (fewer
// when there are fewer shots). Each is scaled to `thumb_width` keeping its aspect ratio and
// placed at the top left of its cell; cells are `thumb_width` wide, rows as tall as their
// tallest thumbnail, with kContactSheetGap around and between them. Landscape and portrait shots
// can share a sheet. Names are not drawn (they are the files' names). No shots: an empty image.
Image contact_sheet(const std::vector<std::pair<std::string, Image>>& shots, int columns,
                    int thumb_width);

} // namespace vitrine::kiosk
