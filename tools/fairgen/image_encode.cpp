// The one translation unit that compiles stb_image_write; static, so that it can never clash
// with another copy linked into the same program.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include <stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include "jpeg_exif.h"

namespace fairgen {

namespace {

void append(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<uint8_t>*>(context);
    const auto* bytes = static_cast<const uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

} // namespace

std::vector<uint8_t> encodeJpeg(const Image& image, int quality) {
    std::vector<uint8_t> out;
    out.reserve(static_cast<size_t>(image.width) * image.height / 4);
    if (!stbi_write_jpg_to_func(append, &out, image.width, image.height, 3, image.rgb.data(),
                                quality)) {
        out.clear();
    }
    return out;
}

std::vector<uint8_t> encodePng(const Image& image) {
    std::vector<uint8_t> out;
    if (!stbi_write_png_to_func(append, &out, image.width, image.height, 3, image.rgb.data(),
                                image.width * 3)) {
        out.clear();
    }
    return out;
}

} // namespace fairgen
