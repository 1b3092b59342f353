// Photos from the stick: the header checks behind our caps, then JPEG (libjpeg-turbo), PNG
// (stb_image) and EXIF orientation, down to the renditions the store keeps.
#include "fuzz_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/image.h"

using namespace vitrine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The real caps allow 64 megapixels, which a valid photo may take seconds to decode; a
    // smaller cap keeps each input within libFuzzer's second, so the time goes to the parsers.
    ImageLimits limits;
    limits.max_pixels = 4ull * 1000 * 1000;
    limits.max_side = 4096;
    const std::string_view bytes = fuzz::as_text(data, size);
    ImageInfo info;
    try {
        info = probe_image(bytes, limits);
    } catch (const ImageError&) {
        return 0;
    }
    if (info.width <= 0 || info.height <= 0 || info.width > limits.max_side ||
        info.height > limits.max_side ||
        static_cast<uint64_t>(info.width) * static_cast<uint64_t>(info.height) > limits.max_pixels)
        fuzz::broken("probe_image passed dimensions outside the caps");
    if (info.orientation < 1 || info.orientation > 8)
        fuzz::broken("probe_image gave an EXIF orientation outside 1..8");
    try {
        const Renditions r = make_renditions(bytes, limits);
        if (r.display.width > kDisplaySide || r.display.height > kDisplaySide ||
            r.thumb.width > kThumbSide || r.thumb.height > kThumbSide)
            fuzz::broken("a rendition is larger than its side");
        if (r.display_bytes.empty() || r.thumb_bytes.empty())
            fuzz::broken("a rendition has no bytes");
    } catch (const ImageError&) {
    }
    return 0;
}
