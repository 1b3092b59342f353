#include "platform/image.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <png.h>
#include <zlib.h>

// The decoder is compiled once, in the catalogue library, with a dimension cap and without
// stdio; these declarations must match that build.
#define STBI_NO_STDIO
#include <stb_image.h>

namespace vitrine::kiosk {

Image::Image(int w, int h, Rgba fill) : width(w), height(h) {
    if (empty()) {
        width = height = 0;
        return;
    }
    rgba.resize(pixel_count() * 4);
    for (size_t i = 0; i < rgba.size(); i += 4) {
        rgba[i] = fill.r;
        rgba[i + 1] = fill.g;
        rgba[i + 2] = fill.b;
        rgba[i + 3] = fill.a;
    }
}

Rgba Image::at(int x, int y) const {
    assert(x >= 0 && x < width && y >= 0 && y < height && "pixel outside the image");
    const uint8_t* p = &rgba[(size_t(y) * size_t(width) + size_t(x)) * 4];
    return {p[0], p[1], p[2], p[3]};
}

void Image::set(int x, int y, Rgba c) {
    assert(x >= 0 && x < width && y >= 0 && y < height && "pixel outside the image");
    uint8_t* p = &rgba[(size_t(y) * size_t(width) + size_t(x)) * 4];
    p[0] = c.r;
    p[1] = c.g;
    p[2] = c.b;
    p[3] = c.a;
}

// [SECTION] PNG files

namespace {

// Fast settings, chosen by measuring a 1080p screen (flat colours, text and one or two photos):
// each row as the difference from the row above, then zlib's run-length strategy at level 1.
// That writes a 1080p shot in about a tenth of the time of stb's encoder (level 8 with every
// filter tried on every row), in smaller files. Shots are read back by tests and testers, not
// shipped, so a better ratio is not worth the wait.
constexpr int kPngFilter = PNG_FILTER_UP;
constexpr int kPngLevel = 1;
constexpr int kPngStrategy = Z_RLE;

// libpng reports errors by longjmp, which would skip C++ destructors: this function owns
// nothing but libpng's structures and frees them on both paths. Opaque images (every shot: the
// frame is cleared opaque first) are written as RGB, a quarter less to compress.
bool encode_png(std::FILE* file, const Image& image, bool opaque) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_init_io(png, file);
    png_set_IHDR(png, info, png_uint_32(image.width), png_uint_32(image.height), 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, kPngFilter);
    png_set_compression_level(png, kPngLevel);
    png_set_compression_strategy(png, kPngStrategy);
    png_write_info(png, info);
    if (opaque)
        png_set_filler(png, 0, PNG_FILLER_AFTER); // rows stay RGBA in memory; alpha is dropped
    const size_t stride = size_t(image.width) * 4;
    for (int y = 0; y < image.height; ++y)
        png_write_row(png, &image.rgba[size_t(y) * stride]);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

bool is_opaque(const Image& image) {
    for (size_t i = 3; i < image.rgba.size(); i += 4)
        if (image.rgba[i] != 255)
            return false;
    return true;
}

} // namespace

void write_png(const Image& image, const std::filesystem::path& path) {
    if (image.empty())
        throw ImageFileError("cannot write " + path.string() + ": the image is empty");
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"),
                                                               std::fclose);
    if (!file)
        throw ImageFileError("cannot write " + path.string());
    const bool encoded = encode_png(file.get(), image, is_opaque(image));
    const bool flushed = std::fflush(file.get()) == 0 && !std::ferror(file.get());
    if (!encoded || !flushed) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored); // no half-written shot left to mislead
        throw ImageFileError(encoded ? "cannot write " + path.string()
                                     : "cannot encode " + path.string() + " as PNG");
    }
}

std::optional<Image> read_png(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad() || bytes.size() > size_t(std::numeric_limits<int>::max()))
        return std::nullopt;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    // The catalogue's decoder also takes JPEG: an approved image must be a PNG (lossless), so a
    // JPEG renamed .png is not one.
    constexpr std::array<uint8_t, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() < kSignature.size() || !std::equal(kSignature.begin(), kSignature.end(), data))
        return std::nullopt;
    int w = 0, h = 0, channels = 0;
    const std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(data, int(bytes.size()), &w, &h, &channels, 4), stbi_image_free);
    if (!pixels || w <= 0 || h <= 0)
        return std::nullopt;
    Image image;
    image.width = w;
    image.height = h;
    image.rgba.assign(pixels.get(), pixels.get() + size_t(w) * size_t(h) * 4);
    return image;
}

// [SECTION] Comparison

ImageDiff compare(const Image& actual, const Image& expected, int tolerance) {
    ImageDiff result;
    constexpr Rgba kMagenta{255, 0, 255, 255};
    if (actual.width != expected.width || actual.height != expected.height) {
        result.diff = Image(std::max(actual.width, expected.width),
                            std::max(actual.height, expected.height), kMagenta);
        result.differing_pixels = std::max(result.diff.pixel_count(), size_t(1));
        result.max_delta = 255;
        return result;
    }
    result.diff = Image(expected.width, expected.height);
    const size_t n = expected.pixel_count();
    for (size_t i = 0; i < n; ++i) {
        const uint8_t* a = &actual.rgba[i * 4];
        const uint8_t* e = &expected.rgba[i * 4];
        int delta = 0;
        for (int c = 0; c < 4; ++c)
            delta = std::max(delta, std::abs(int(a[c]) - int(e[c])));
        result.max_delta = std::max(result.max_delta, delta);
        uint8_t* d = &result.diff.rgba[i * 4];
        if (delta > tolerance) {
            ++result.differing_pixels;
            d[0] = kMagenta.r;
            d[1] = kMagenta.g;
            d[2] = kMagenta.b;
        } else {
            // Faded towards white so that the magenta is what the eye finds first, while the
            // screen stays recognisable around it.
            const int luma = (e[0] * 77 + e[1] * 150 + e[2] * 29) >> 8;
            const auto grey = uint8_t(170 + luma / 3);
            d[0] = d[1] = d[2] = grey;
        }
        d[3] = 255;
    }
    return result;
}

// [SECTION] Contact sheet

namespace {

// Each thumbnail pixel is the mean of the shot's pixels under it, weighted by alpha so that a
// transparent edge does not bleed dark into its neighbours. A box filter reads each shot once:
// thumbnails are for recognising screens, and a resampling filter cost more than the render.
Image shrink(const Image& shot, int width, int height) {
    Image thumb(width, height);
    std::vector<int> column(size_t(width) + 1);
    for (int tx = 0; tx <= width; ++tx)
        column[size_t(tx)] = int(int64_t(tx) * shot.width / width);
    std::vector<uint64_t> sums(size_t(width) * 4); // per thumbnail column: r·a, g·a, b·a, a
    const size_t stride = size_t(shot.width) * 4;
    for (int ty = 0; ty < height; ++ty) {
        const int y0 = int(int64_t(ty) * shot.height / height);
        const int y1 = std::max(y0 + 1, int(int64_t(ty + 1) * shot.height / height));
        std::fill(sums.begin(), sums.end(), 0);
        for (int y = y0; y < y1; ++y) {
            const uint8_t* row = &shot.rgba[size_t(y) * stride];
            for (int tx = 0; tx < width; ++tx) {
                uint64_t* sum = &sums[size_t(tx) * 4];
                const int x1 = std::max(column[size_t(tx)] + 1, column[size_t(tx) + 1]);
                for (int x = column[size_t(tx)]; x < x1; ++x) {
                    const uint8_t* p = row + size_t(x) * 4;
                    sum[0] += uint64_t(p[0]) * p[3];
                    sum[1] += uint64_t(p[1]) * p[3];
                    sum[2] += uint64_t(p[2]) * p[3];
                    sum[3] += p[3];
                }
            }
        }
        for (int tx = 0; tx < width; ++tx) {
            const uint64_t* sum = &sums[size_t(tx) * 4];
            const int x_count = std::max(1, column[size_t(tx) + 1] - column[size_t(tx)]);
            const uint64_t n = uint64_t(x_count) * uint64_t(y1 - y0);
            Rgba c{0, 0, 0, 0};
            if (sum[3] > 0) {
                c.r = uint8_t((sum[0] + sum[3] / 2) / sum[3]);
                c.g = uint8_t((sum[1] + sum[3] / 2) / sum[3]);
                c.b = uint8_t((sum[2] + sum[3] / 2) / sum[3]);
                c.a = uint8_t((sum[3] + n / 2) / n);
            }
            thumb.set(tx, ty, c);
        }
    }
    return thumb;
}

} // namespace

Image contact_sheet(const std::vector<std::pair<std::string, Image>>& shots, int columns,
                    int thumb_width) {
    if (shots.empty() || thumb_width <= 0)
        return {};
    const int count = int(shots.size());
    columns = std::clamp(columns, 1, count);
    const int rows = (count + columns - 1) / columns;

    std::vector<Image> thumbs;
    thumbs.reserve(shots.size());
    for (const auto& [name, shot] : shots) {
        if (shot.empty()) {
            thumbs.emplace_back();
            continue;
        }
        const int h = std::max(1, int(int64_t(shot.height) * thumb_width / shot.width));
        thumbs.push_back(shrink(shot, thumb_width, h));
    }

    std::vector<int> row_height(size_t(rows), 0);
    for (int i = 0; i < count; ++i)
        row_height[size_t(i / columns)] =
            std::max(row_height[size_t(i / columns)], thumbs[size_t(i)].height);
    int sheet_height = kContactSheetGap;
    for (int h : row_height)
        sheet_height += h + kContactSheetGap;
    const int sheet_width = kContactSheetGap + columns * (thumb_width + kContactSheetGap);

    Image sheet(sheet_width, sheet_height, kContactSheetBackground);
    int y = kContactSheetGap;
    for (int row = 0; row < rows; ++row) {
        for (int col = 0; col < columns; ++col) {
            const int i = row * columns + col;
            if (i >= count)
                break;
            const Image& thumb = thumbs[size_t(i)];
            const int x = kContactSheetGap + col * (thumb_width + kContactSheetGap);
            for (int ty = 0; ty < thumb.height; ++ty)
                std::copy_n(&thumb.rgba[size_t(ty) * size_t(thumb.width) * 4],
                            size_t(thumb.width) * 4,
                            &sheet.rgba[(size_t(y + ty) * size_t(sheet_width) + size_t(x)) * 4]);
        }
        y += row_height[size_t(row)] + kContactSheetGap;
    }
    return sheet;
}

} // namespace vitrine::kiosk
