#include "vitrine/catalog/image.h"

#include "vitrine/catalog/errors.h"

#include <algorithm>
#include <climits>
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <jpeglib.h>
#include <libexif/exif-data.h>
#include <memory>
#include <new>
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>
#include <stdexcept>
#include <utility>

namespace vitrine {
namespace {

// The decoder is built with STBI_MAX_DIMENSIONS 16384 (stb_impl.cpp): a larger side in the
// limits could only ever end in a "damaged" message, so it is capped here to get the real one.
constexpr int kDecoderMaxSide = 16384;

constexpr const char* kDamaged =
    "the file is damaged or not a photo: open it and save it again as JPEG";

[[noreturn]] void refuse(std::string message) {
    throw ImageError(std::move(message));
}

const unsigned char* ubytes(std::string_view bytes) {
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

uint16_t be16(const unsigned char* p) {
    return static_cast<uint16_t>(p[0] << 8 | p[1]);
}

uint32_t be32(const unsigned char* p) {
    return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | uint32_t{p[3]};
}

// "40 MB", "41.5 MB", "900 KB": sizes the way a file manager shows them.
std::string human_size(uint64_t bytes) {
    char text[32];
    if (bytes < 1024) {
        std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
    } else if (bytes < (1ull << 20)) {
        std::snprintf(text, sizeof text, "%llu KB", static_cast<unsigned long long>(bytes >> 10));
    } else {
        const double mb = static_cast<double>(bytes) / (1ull << 20);
        std::snprintf(text, sizeof text,
                      mb == static_cast<double>(bytes >> 20) ? "%.0f MB" : "%.1f MB", mb);
    }
    return text;
}

std::string megapixels(uint64_t pixels) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(pixels) / 1e6);
    return text;
}

// Phones and web pages hand out many formats that look like photos; each gets its own fix.
ImageFormat sniff_format(std::string_view b) {
    if (b.empty()) {
        refuse("the file is empty: copy the photo into the pack again");
    }
    if (b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xD8') {
        return ImageFormat::jpeg;
    }
    if (b.starts_with("\x89PNG")) {
        return ImageFormat::png;
    }
    if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") {
        refuse("the photo is in WebP format, which the kiosk cannot show: open it and save it "
               "again as JPEG (or PNG)");
    }
    if (b.size() >= 16 && b.substr(4, 4) == "ftyp") {
        // The major brand, then the compatible brands up to the end of the ftyp box.
        const size_t box_end = std::min<size_t>(std::max<uint32_t>(be32(ubytes(b)), 16), b.size());
        bool heif = false;
        bool avif = false;
        for (size_t at = 8; at + 4 <= box_end; at += (at == 8 ? 8 : 4)) {
            const std::string_view brand = b.substr(at, 4);
            avif = avif || brand == "avif" || brand == "avis";
            heif = heif || brand == "heic" || brand == "heix" || brand == "heim" ||
                   brand == "heis" || brand == "hevc" || brand == "hevx" || brand == "hevm" ||
                   brand == "hevs" || brand == "mif1" || brand == "msf1" || brand == "mif2";
        }
        if (avif) {
            refuse("the photo is in AVIF format, which the kiosk cannot show: open it and save "
                   "it again as JPEG");
        }
        if (heif) {
            refuse("the photo is in HEIC/HEIF format (the iPhone's default), which the kiosk "
                   "cannot show: export it as JPEG, or set the iPhone to Settings > Camera > "
                   "Formats > \"Most Compatible\" before taking the photos");
        }
    }
    if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) {
        refuse("the picture is a GIF, which the kiosk cannot show: open it and save it again as "
               "PNG or JPEG");
    }
    if (b.starts_with("BM")) {
        refuse("the picture is a BMP, which the kiosk cannot show: open it and save it again as "
               "JPEG or PNG");
    }
    if (b.starts_with(std::string_view("II*\0", 4)) ||
        b.starts_with(std::string_view("MM\0*", 4))) {
        refuse("the picture is a TIFF (a scanner, print or camera-raw format), which the kiosk "
               "cannot show: open it and save it again as JPEG");
    }
    refuse("the file is not a JPEG or PNG photo: open it and save it again as JPEG");
}

void check_file_size(std::string_view bytes, const ImageLimits& limits) {
    // stb takes the length as an int.
    const uint64_t max_bytes = std::min<uint64_t>(limits.max_file_bytes, INT_MAX);
    if (bytes.size() > max_bytes) {
        refuse("the photo is " + human_size(bytes.size()) + ", more than the " +
               human_size(max_bytes) +
               " a photo may be: export it at a smaller size, or save it again as JPEG");
    }
}

void check_dimensions(uint64_t width, uint64_t height, const ImageLimits& limits) {
    if (width == 0 || height == 0) {
        refuse(kDamaged);
    }
    const uint64_t max_side =
        static_cast<uint64_t>(std::clamp(limits.max_side, 1, kDecoderMaxSide));
    if (width > max_side || height > max_side) {
        refuse("the photo is " + std::to_string(width) + " x " + std::to_string(height) +
               " pixels, more than the " + std::to_string(max_side) +
               " pixels a side the kiosk accepts: export it at a smaller size (2000 pixels a "
               "side is plenty)");
    }
    if (width * height > limits.max_pixels) {
        refuse("the photo has " + megapixels(width * height) + " megapixels, more than the " +
               megapixels(limits.max_pixels) +
               " the kiosk accepts: export it at a smaller size (4 megapixels is plenty)");
    }
}

// The EXIF orientation, read by libexif from a block that starts with "Exif\0\0". A broken or
// odd EXIF block never refuses a photo: phones and viewers show such photos upright anyway.
int exif_orientation(const unsigned char* data, size_t size) {
    if (size > UINT_MAX) {
        return 1;
    }
    const std::unique_ptr<ExifData, decltype(&exif_data_unref)> exif(
        exif_data_new_from_data(data, static_cast<unsigned int>(size)), &exif_data_unref);
    if (!exif) {
        return 1;
    }
    // IFD 0 describes the photo itself; IFD 1 is the embedded thumbnail.
    const ExifEntry* entry = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
    if (!entry || !entry->data || entry->components < 1) {
        return 1;
    }
    const ExifByteOrder order = exif_data_get_byte_order(exif.get());
    long value = 1;
    if (entry->format == EXIF_FORMAT_SHORT && entry->size >= 2) {
        value = exif_get_short(entry->data, order);
    } else if (entry->format == EXIF_FORMAT_LONG && entry->size >= 4) {
        value = exif_get_long(entry->data, order);
    }
    return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
}

bool is_jpeg_sof(unsigned char marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

void check_frame(unsigned char marker, int precision, const ImageInfo& info,
                 const ImageLimits& limits) {
    if (info.channels == 4) {
        refuse("the photo is a CMYK JPEG (made by print software), which screens cannot show: "
               "export it again as an RGB JPEG");
    }
    if (info.channels != 1 && info.channels != 3) {
        refuse(kDamaged);
    }
    // Baseline, extended and progressive are what cameras and editors write; lossless,
    // arithmetic-coded and 12-bit JPEGs come from medical or archival tools.
    if (marker > 0xC2 || precision != 8) {
        refuse("the photo uses a rare kind of JPEG (lossless, arithmetic or 12-bit) that the "
               "kiosk cannot read: open it and save it again as a standard JPEG");
    }
    check_dimensions(static_cast<uint64_t>(info.width), static_cast<uint64_t>(info.height), limits);
}

// Walks the JPEG's segments up to the first scan. stb would accept a CMYK JPEG and report it
// as RGB, and knows nothing of EXIF, so the frame header and APP1 are read here.
ImageInfo probe_jpeg(std::string_view b, const ImageLimits& limits) {
    const unsigned char* p = ubytes(b);
    const size_t size = b.size();
    ImageInfo info;
    info.format = ImageFormat::jpeg;
    bool have_frame = false;
    const unsigned char* exif = nullptr;
    size_t exif_size = 0;

    size_t at = 2;
    for (;;) {
        if (at >= size || p[at] != 0xFF) {
            refuse(kDamaged);
        }
        while (at < size && p[at] == 0xFF) {
            ++at;
        }
        if (at >= size) {
            refuse(kDamaged);
        }
        const unsigned char marker = p[at++];
        if (marker == 0xDA || marker == 0xD9) { // start of scan, end of image
            break;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length field
            continue;
        }
        if (at + 2 > size) {
            refuse(kDamaged);
        }
        const size_t length = be16(p + at);
        if (length < 2 || at + length > size) {
            refuse(kDamaged);
        }
        const unsigned char* payload = p + at + 2;
        const size_t payload_size = length - 2;
        if (is_jpeg_sof(marker) && !have_frame) {
            if (payload_size < 6) {
                refuse(kDamaged);
            }
            have_frame = true;
            info.height = be16(payload + 1);
            info.width = be16(payload + 3);
            info.channels = payload[5];
            // Refused here rather than at the scan, so the right message comes even when
            // the rest of the file is cut off.
            check_frame(marker, payload[0], info, limits);
        } else if (marker == 0xE1 && !exif && payload_size > 6 &&
                   std::memcmp(payload, "Exif\0\0", 6) == 0) {
            exif = payload;
            exif_size = payload_size;
        }
        at += length;
    }
    if (!have_frame) {
        refuse(kDamaged);
    }
    if (exif) {
        info.orientation = exif_orientation(exif, exif_size);
    }
    return info;
}

// Reads IHDR, and walks the chunk list for transparency (tRNS) and EXIF (eXIf). A chunk that
// claims more bytes than the file holds is refused here: stb would first grow its buffer to the
// length claimed, up to 2 GB for a file of a few hundred bytes, before finding the bytes missing.
ImageInfo probe_png(std::string_view b, const ImageLimits& limits) {
    const unsigned char* p = ubytes(b);
    const size_t size = b.size();
    if (size < 8 + 8 + 13 || std::memcmp(p, "\x89PNG\r\n\x1A\n", 8) != 0 || be32(p + 8) != 13 ||
        std::memcmp(p + 12, "IHDR", 4) != 0) {
        refuse(kDamaged);
    }
    const uint32_t width = be32(p + 16);
    const uint32_t height = be32(p + 20);
    const int colour_type = p[25];
    check_dimensions(width, height, limits);

    bool has_trns = false;
    bool seen_idat = false;
    std::string exif;
    for (size_t at = 8 + 8 + 13 + 4; at + 8 <= size;) {
        const uint64_t length = be32(p + at);
        const std::string_view type = b.substr(at + 4, 4);
        if (at + 12 + length > size) {
            refuse(kDamaged);
        }
        if (type == "IEND") {
            break;
        }
        if (type == "IDAT") {
            // stb copies an empty first data chunk into a buffer it has not made yet (a null
            // pointer: undefined behaviour). No encoder starts the image data with one.
            if (!seen_idat && length == 0) {
                refuse(kDamaged);
            }
            seen_idat = true;
        } else if (type == "tRNS" && !seen_idat) {
            has_trns = true;
        } else if (type == "eXIf" && exif.empty() && length > 0) {
            // libexif wants the JPEG APP1 layout; the chunk should hold the TIFF block alone,
            // though some writers copy the APP1 header in too.
            const std::string_view block = b.substr(at + 8, length);
            if (!block.starts_with(std::string_view("Exif\0\0", 6))) {
                exif.assign("Exif\0\0", 6);
            }
            exif.append(block);
        }
        at += 12 + length;
    }

    ImageInfo info;
    info.format = ImageFormat::png;
    info.width = static_cast<int>(width);
    info.height = static_cast<int>(height);
    switch (colour_type) {
    case 0:
        info.channels = has_trns ? 2 : 1;
        break;
    case 2:
    case 3:
        info.channels = has_trns ? 4 : 3;
        break;
    case 4:
        info.channels = 2;
        break;
    case 6:
        info.channels = 4;
        break;
    default:
        refuse(kDamaged);
    }
    if (!exif.empty()) {
        info.orientation = exif_orientation(ubytes(exif), exif.size());
    }
    return info;
}

// Frees what stb allocated.
struct StbFree {
    void operator()(unsigned char* pixels) const { stbi_image_free(pixels); }
};

bool any_translucent(const unsigned char* rgba, size_t pixel_count) {
    for (size_t i = 0; i < pixel_count; ++i) {
        if (rgba[i * 4 + 3] != 255) {
            return true;
        }
    }
    return false;
}

// Copies pixels into the destination's orientation: destination pixel (x, y) comes from source
// pixel origin + x * step_x + y * step_y. Tiles keep the source's cache lines hot when a
// rotation reads it down columns.
template <int SourceChannels, int DestChannels>
void remap(const unsigned char* source, unsigned char* dest, int dest_width, int dest_height,
           ptrdiff_t origin, ptrdiff_t step_x, ptrdiff_t step_y) {
    constexpr int kTile = 64;
    for (int tile_y = 0; tile_y < dest_height; tile_y += kTile) {
        const int end_y = std::min(tile_y + kTile, dest_height);
        for (int tile_x = 0; tile_x < dest_width; tile_x += kTile) {
            const int end_x = std::min(tile_x + kTile, dest_width);
            for (int y = tile_y; y < end_y; ++y) {
                ptrdiff_t from = origin + y * step_y + tile_x * step_x;
                unsigned char* to =
                    dest + (static_cast<size_t>(y) * dest_width + tile_x) * DestChannels;
                for (int x = tile_x; x < end_x; ++x, from += step_x, to += DestChannels) {
                    const unsigned char* pixel = source + from * SourceChannels;
                    for (int c = 0; c < DestChannels; ++c) {
                        to[c] = pixel[c];
                    }
                }
            }
        }
    }
}

// JPEG through libjpeg-turbo: about four times faster than stb_image on our photos (2 ms for a
// 1280 px rendition instead of 8), which is most of what the attract slideshow costs an idle
// kiosk and a good part of every import. Its errors come back through longjmp, so nothing in
// decode_jpeg() may need a destructor between setjmp and the jump.
struct JpegErrors {
    jpeg_error_mgr manager; // first: libjpeg hands back a pointer to it
    std::jmp_buf jump;
    bool damaged = false;
};

void jpeg_fail(j_common_ptr info) {
    std::longjmp(reinterpret_cast<JpegErrors*>(info->err)->jump, 1);
}

// Warnings (level -1) mean corrupt or truncated data that libjpeg would paper over with grey;
// a damaged photo is refused instead, as stb refuses it.
void jpeg_note(j_common_ptr info, int level) {
    if (level < 0)
        reinterpret_cast<JpegErrors*>(info->err)->damaged = true;
}

// The smallest of libjpeg's scales (n/8) whose long side still covers max_side, so that
// fit_within() only ever finishes the job: a 2048 px phone photo decodes straight at 1280 px
// (5/8), a 4032 px one at 1512 (3/8). The scaled inverse DCT skips most of the work of a full
// decode and of the resize after it, and is no less sharp at the size kept.
int jpeg_scale_for(int width, int height, int max_side) {
    const int long_side = std::max(width, height);
    for (int n = 1; n < 8; ++n) {
        if ((static_cast<int64_t>(long_side) * n + 7) / 8 >= max_side)
            return n;
    }
    return 8;
}

// Decodes an RGB or grey JPEG of the size probe_image() read, at scale/8 of it, into `out`;
// false when damaged.
bool decode_jpeg(std::string_view bytes, int width, int height, int scale, Pixels& out) {
    jpeg_decompress_struct info{};
    JpegErrors errors{};
    info.err = jpeg_std_error(&errors.manager);
    errors.manager.error_exit = jpeg_fail;
    errors.manager.emit_message = jpeg_note;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, ubytes(bytes), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    if (static_cast<int>(info.image_width) != width ||
        static_cast<int>(info.image_height) != height) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    info.out_color_space = JCS_RGB; // grey becomes RGB too
    info.scale_num = static_cast<unsigned>(scale);
    info.scale_denom = 8;
    jpeg_start_decompress(&info);
    if (info.output_components != 3) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    out.width = static_cast<int>(info.output_width);
    out.height = static_cast<int>(info.output_height);
    out.channels = 3;
    const size_t stride = static_cast<size_t>(out.width) * 3;
    out.data.resize(stride * static_cast<size_t>(out.height));
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = out.data.data() + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return !errors.damaged;
}

// Encodes RGB through libjpeg-turbo's SIMD compressor, several times faster than
// stb_image_write's at the same quality. Same longjmp rule as decode_jpeg().
bool compress_jpeg(const Pixels& pixels, int quality, std::string& bytes) {
    jpeg_compress_struct info{};
    JpegErrors errors{};
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    info.err = jpeg_std_error(&errors.manager);
    errors.manager.error_exit = jpeg_fail;
    if (setjmp(errors.jump)) {
        jpeg_destroy_compress(&info);
        std::free(buffer);
        return false;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = static_cast<JDIMENSION>(pixels.width);
    info.image_height = static_cast<JDIMENSION>(pixels.height);
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    const size_t stride = static_cast<size_t>(pixels.width) * 3;
    while (info.next_scanline < info.image_height) {
        // libjpeg's API is not const-correct; it only reads the rows.
        JSAMPROW row = const_cast<JSAMPLE*>(pixels.data.data() + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    bytes.assign(reinterpret_cast<const char*>(buffer), size);
    std::free(buffer);
    return true;
}

// One pass from stb's buffer into ours: applies the orientation and drops an unused alpha.
Pixels orient(const unsigned char* source, int width, int height, int source_channels,
              int dest_channels, int orientation) {
    Pixels out;
    out.channels = dest_channels;
    const bool swaps = orientation >= 5;
    out.width = swaps ? height : width;
    out.height = swaps ? width : height;
    const size_t pixel_count = static_cast<size_t>(width) * height;
    if (orientation == 1 && source_channels == dest_channels) {
        out.data.assign(source, source + pixel_count * dest_channels);
        return out;
    }
    out.data.resize(pixel_count * dest_channels);

    // Where destination pixel (0, 0) comes from, and how the source moves as x and y grow.
    struct Walk {
        ptrdiff_t origin;
        ptrdiff_t step_x;
        ptrdiff_t step_y;
    };
    const ptrdiff_t w = width;
    const ptrdiff_t last_row = (static_cast<ptrdiff_t>(height) - 1) * w;
    Walk walk{0, 1, w};
    switch (orientation) {
    case 2: // mirrored
        walk = {w - 1, -1, w};
        break;
    case 3: // upside down
        walk = {last_row + w - 1, -1, -w};
        break;
    case 4: // mirrored upside down
        walk = {last_row, 1, -w};
        break;
    case 5: // mirrored and turned
        walk = {0, w, 1};
        break;
    case 6: // stored turned left: turn right
        walk = {last_row, -w, 1};
        break;
    case 7: // mirrored and turned
        walk = {last_row + w - 1, -w, -1};
        break;
    case 8: // stored turned right: turn left
        walk = {w - 1, w, -1};
        break;
    default:
        break;
    }
    unsigned char* dest = out.data.data();
    if (source_channels == 3) {
        remap<3, 3>(source, dest, out.width, out.height, walk.origin, walk.step_x, walk.step_y);
    } else if (dest_channels == 4) {
        remap<4, 4>(source, dest, out.width, out.height, walk.origin, walk.step_x, walk.step_y);
    } else {
        remap<4, 3>(source, dest, out.width, out.height, walk.origin, walk.step_x, walk.step_y);
    }
    return out;
}

void check_pixels(const Pixels& pixels) {
    if ((pixels.channels != 3 && pixels.channels != 4) || pixels.width < 1 || pixels.height < 1 ||
        pixels.data.size() != static_cast<size_t>(pixels.width) * pixels.height * pixels.channels) {
        throw std::invalid_argument("image: pixels must be RGB or RGBA, tightly packed");
    }
}

// stb_image_write hands out the file in pieces; a failed append must not unwind through it.
struct Sink {
    std::string bytes;
    bool failed = false;
};

void append_to_sink(void* context, void* data, int size) {
    auto* sink = static_cast<Sink*>(context);
    try {
        sink->bytes.append(static_cast<const char*>(data), static_cast<size_t>(size));
    } catch (...) {
        sink->failed = true;
    }
}

std::string finish(Sink& sink, int ok) {
    if (sink.failed) {
        throw std::bad_alloc();
    }
    if (!ok) {
        throw ImageError("the photo could not be converted for the kiosk: the computer may be "
                         "short of memory; close other programs and try again");
    }
    return std::move(sink.bytes);
}

// Decodes what probe_image() accepted, JPEGs at scale/8 of their size, and turns it upright.
Pixels decode_probed(const ImageInfo& info, std::string_view bytes, int scale) {
    if (info.format == ImageFormat::jpeg) {
        Pixels out;
        if (!decode_jpeg(bytes, info.width, info.height, scale, out))
            refuse(kDamaged);
        if (info.orientation == 1)
            return out; // decoded in place: no copy
        return orient(out.data.data(), out.width, out.height, 3, 3, info.orientation);
    }
    // stb turns grey into RGB itself; alpha is asked for only when the file can carry some.
    const int load_channels = info.channels == 2 || info.channels == 4 ? 4 : 3;
    int width = 0;
    int height = 0;
    int file_channels = 0;
    const std::unique_ptr<unsigned char, StbFree> decoded(
        stbi_load_from_memory(ubytes(bytes), static_cast<int>(bytes.size()), &width, &height,
                              &file_channels, load_channels));
    if (!decoded || width != info.width || height != info.height) {
        refuse(kDamaged);
    }
    const bool keep_alpha =
        load_channels == 4 &&
        any_translucent(decoded.get(), static_cast<size_t>(width) * static_cast<size_t>(height));
    return orient(decoded.get(), width, height, load_channels, keep_alpha ? 4 : 3,
                  info.orientation);
}

// decode_to_fit() of a photo probe_image() accepted.
Pixels decode_fitting(const ImageInfo& info, std::string_view bytes, int max_side) {
    const int scale =
        info.format == ImageFormat::jpeg ? jpeg_scale_for(info.width, info.height, max_side) : 8;
    return fit_within(decode_probed(info, bytes, scale), max_side);
}

} // namespace

ImageInfo probe_image(std::string_view bytes, const ImageLimits& limits) {
    const ImageFormat format = sniff_format(bytes);
    check_file_size(bytes, limits);
    ImageInfo info =
        format == ImageFormat::jpeg ? probe_jpeg(bytes, limits) : probe_png(bytes, limits);

    if (format == ImageFormat::jpeg) {
        return info; // libjpeg-turbo decodes it, with the header probe_jpeg read
    }
    // stb's own header reader must agree, or the decoder would refuse the file later.
    int width = 0;
    int height = 0;
    int channels = 0;
    if (!stbi_info_from_memory(ubytes(bytes), static_cast<int>(bytes.size()), &width, &height,
                               &channels) ||
        width != info.width || height != info.height) {
        refuse(kDamaged);
    }
    return info;
}

Pixels decode_image(std::string_view bytes, const ImageLimits& limits) {
    return decode_probed(probe_image(bytes, limits), bytes, 8);
}

Pixels decode_to_fit(std::string_view bytes, int max_side, const ImageLimits& limits) {
    if (max_side < 1) {
        throw std::invalid_argument("decode_to_fit: max_side must be positive");
    }
    return decode_fitting(probe_image(bytes, limits), bytes, max_side);
}

Pixels fit_within(const Pixels& source, int max_side) {
    check_pixels(source);
    if (max_side < 1) {
        throw std::invalid_argument("fit_within: max_side must be positive");
    }
    if (source.width <= max_side && source.height <= max_side) {
        return source;
    }
    // The long side becomes max_side; the short side is rounded, and never reaches 0.
    const int64_t long_side = std::max(source.width, source.height);
    const auto scaled = [&](int64_t side) {
        return static_cast<int>(
            std::max<int64_t>(1, (side * max_side + long_side / 2) / long_side));
    };
    Pixels out;
    out.width = scaled(source.width);
    out.height = scaled(source.height);
    out.channels = source.channels;
    out.data.resize(static_cast<size_t>(out.width) * out.height * out.channels);
    if (!stbir_resize_uint8_srgb(source.data.data(), source.width, source.height, 0,
                                 out.data.data(), out.width, out.height, 0, source.channels,
                                 source.channels == 4 ? 3 : STBIR_ALPHA_CHANNEL_NONE, 0)) {
        throw std::bad_alloc();
    }
    return out;
}

Pixels fit_within(Pixels&& source, int max_side) {
    check_pixels(source);
    if (max_side >= 1 && source.width <= max_side && source.height <= max_side) {
        return std::move(source);
    }
    return fit_within(std::as_const(source), max_side);
}

std::string encode_jpeg(const Pixels& pixels, int quality) {
    check_pixels(pixels);
    if (pixels.channels != 3) {
        throw std::invalid_argument("encode_jpeg: JPEG holds RGB only");
    }
    std::string bytes;
    if (!compress_jpeg(pixels, std::clamp(quality, 1, 100), bytes)) {
        throw ImageError("the photo could not be converted for the kiosk: the computer may be "
                         "short of memory; close other programs and try again");
    }
    return bytes;
}

std::string encode_png(const Pixels& pixels) {
    check_pixels(pixels);
    Sink sink;
    const int ok =
        stbi_write_png_to_func(&append_to_sink, &sink, pixels.width, pixels.height, pixels.channels,
                               pixels.data.data(), pixels.width * pixels.channels);
    return finish(sink, ok);
}

Renditions make_renditions(std::string_view original, const ImageLimits& limits) {
    constexpr int kJpegQuality = 85;
    Renditions r;
    const ImageInfo info = probe_image(original, limits);
    r.display = decode_fitting(info, original, kDisplaySide);
    // A JPEG is decoded again straight at the thumbnail's scale: a quarter of a decode costs
    // far less than scaling the display image down. A PNG is scaled from the display image.
    r.thumb = info.format == ImageFormat::jpeg ? decode_fitting(info, original, kThumbSide)
                                               : fit_within(r.display, kThumbSide);
    if (r.display.channels == 4) {
        r.extension = "png";
        r.display_bytes = encode_png(r.display);
        r.thumb_bytes = encode_png(r.thumb);
    } else {
        r.extension = "jpg";
        r.display_bytes = encode_jpeg(r.display, kJpegQuality);
        r.thumb_bytes = encode_jpeg(r.thumb, kJpegQuality);
    }
    return r;
}

} // namespace vitrine
