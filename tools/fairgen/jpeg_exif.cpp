#include "jpeg_exif.h"

#include <cstring>

namespace fairgen {

Image storedForOrientation(const Image& up, int orientation) {
    if (orientation == 1) {
        return up;
    }
    Image out;
    const bool swap = orientation == 6 || orientation == 8;
    out.width = swap ? up.height : up.width;
    out.height = swap ? up.width : up.height;
    out.rgb.resize(up.rgb.size());
    for (int ys = 0; ys < out.height; ++ys) {
        uint8_t* dst = &out.rgb[static_cast<size_t>(ys) * out.width * 3];
        for (int xs = 0; xs < out.width; ++xs) {
            // Exif: 3 = rotate 180; 6 = stored row 0 is the picture's right side (turn 90 degrees
            // clockwise to view); 8 = row 0 is the left side (turn 90 degrees anticlockwise).
            int x = xs, y = ys;
            if (orientation == 3) {
                x = up.width - 1 - xs;
                y = up.height - 1 - ys;
            } else if (orientation == 6) {
                x = up.width - 1 - ys;
                y = xs;
            } else if (orientation == 8) {
                x = ys;
                y = up.height - 1 - xs;
            }
            std::memcpy(dst + xs * 3, &up.rgb[(static_cast<size_t>(y) * up.width + x) * 3], 3);
        }
    }
    return out;
}

std::vector<uint8_t> withExifOrientation(const std::vector<uint8_t>& jpeg, int orientation) {
    if (jpeg.size() < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) {
        return jpeg;
    }
    size_t rest = 2;
    if (jpeg.size() > 6 && jpeg[2] == 0xFF && jpeg[3] == 0xE0) {
        rest = 4 + ((static_cast<size_t>(jpeg[4]) << 8) | jpeg[5]);
    }
    // A big-endian TIFF with one IFD holding one entry: Orientation (0x0112), SHORT, count 1.
    const uint8_t o = static_cast<uint8_t>(orientation);
    const uint8_t app1[] = {
        0xFF, 0xE1, 0x00, 34,                        // APP1, length counts itself: 2 + 32
        'E',  'x',  'i',  'f',  0x00, 0x00,          // Exif identifier
        'M',  'M',  0x00, 0x2A, 0x00, 0x00, 0x00, 8, // TIFF header, IFD0 at offset 8
        0x00, 0x01,                                  // one entry
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 1, // tag, type SHORT, count
        0x00, o,    0x00, 0x00,                      // value, left-justified in 4 bytes
        0x00, 0x00, 0x00, 0x00,                      // no next IFD
    };
    std::vector<uint8_t> out;
    out.reserve(jpeg.size() + sizeof app1);
    out.insert(out.end(), jpeg.begin(), jpeg.begin() + 2);
    out.insert(out.end(), std::begin(app1), std::end(app1));
    out.insert(out.end(), jpeg.begin() + static_cast<std::ptrdiff_t>(rest), jpeg.end());
    return out;
}

} // namespace fairgen
