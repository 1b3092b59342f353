// Phone-like JPEG files: the pixels stored sideways or upside down, and an Exif Orientation tag
// telling the viewer how to turn them upright.
#pragma once

#include <cstdint>
#include <vector>

namespace fairgen {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb;
};

// The pixels a camera held at `orientation` (Exif 1, 3, 6 or 8) stores for the upright picture.
Image storedForOrientation(const Image& upright, int orientation);

// Baseline JPEG; empty on failure.
std::vector<uint8_t> encodeJpeg(const Image& image, int quality);
std::vector<uint8_t> encodePng(const Image& image);

// Replaces the JFIF header of `jpeg` by an Exif APP1 segment holding only the Orientation tag,
// as a phone writes it: Exif right after SOI, and no JFIF.
std::vector<uint8_t> withExifOrientation(const std::vector<uint8_t>& jpeg, int orientation);

} // namespace fairgen
