// Photos from phones and cameras, made safe and small for the kiosk. JPEGs go through
// libjpeg-turbo, PNGs through our own build of stb_image with STBI_MAX_DIMENSIONS; sizes and
// dimensions are checked before any pixel is decoded, so a small file claiming a huge image
// costs nothing. Every function is pure: call from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct ImageLimits {
    uint64_t max_file_bytes = 40ull << 20;     // 40 MB
    int max_side = 16384;                      // pixels, either side
    uint64_t max_pixels = 64ull * 1000 * 1000; // 64 megapixels
};

enum class ImageFormat { jpeg, png };

// What the header says, before decoding.
struct ImageInfo {
    ImageFormat format = ImageFormat::jpeg;
    int width = 0; // as stored, before EXIF orientation
    int height = 0;
    int channels = 0;    // 1..4 as stored
    int orientation = 1; // EXIF orientation 1..8 (1 when absent)
};

// Reads the header only. Throws ImageError with an organiser's message and the fix for:
// files over the size limit, dimensions over the limits, WebP, HEIC/HEIF, GIF, BMP, TIFF,
// CMYK or YCCK JPEG, anything that is not JPEG or PNG, and unreadable headers.
ImageInfo probe_image(std::string_view bytes, const ImageLimits& limits = {});

// 8-bit pixels, tightly packed, RGB or RGBA.
struct Pixels {
    int width = 0;
    int height = 0;
    int channels = 3; // 3 or 4
    std::vector<uint8_t> data;
};

// Decodes (after probe_image's checks) and applies the EXIF orientation, so the result is the
// photo the way up the photographer saw it. Grey becomes RGB; alpha is kept only if used.
// Throws ImageError for a corrupt or truncated file.
Pixels decode_image(std::string_view bytes, const ImageLimits& limits = {});

// decode_image() then fit_within(max_side), in a fraction of the time for a large JPEG: it is
// decoded straight at the smallest of libjpeg's scales (n/8) that still covers max_side.
Pixels decode_to_fit(std::string_view bytes, int max_side, const ImageLimits& limits = {});

// Scales down (never up) to fit within max_side x max_side, in linear light.
Pixels fit_within(const Pixels& source, int max_side);
// The same, but hands the source back without a copy when it already fits.
Pixels fit_within(Pixels&& source, int max_side);

// Encodes: JPEG (quality 1-100, libjpeg-turbo) for RGB, PNG for RGB or RGBA. Returns the file's
// bytes.
std::string encode_jpeg(const Pixels& pixels, int quality);
std::string encode_png(const Pixels& pixels);

// The renditions the store keeps of every photo.
struct Renditions {
    Pixels display; // fits 1280 x 1280
    Pixels thumb;   // fits 480 x 480
    std::string display_bytes;
    std::string thumb_bytes;
    std::string extension; // "jpg", or "png" when the photo has transparency
};
inline constexpr int kDisplaySide = 1280;
inline constexpr int kThumbSide = 480;

Renditions make_renditions(std::string_view original, const ImageLimits& limits = {});

} // namespace vitrine
