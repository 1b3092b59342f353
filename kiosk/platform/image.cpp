#include "platform/image.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>

// The implementations are compiled once, in the catalogue library, with a dimension cap and
// without stdio; these declarations must match that build.
#define STBI_NO_STDIO
#define STBI_WRITE_NO_STDIO
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>

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

void write_png(const Image& image, const std::filesystem::path& path) {
    if (image.empty())
        throw ImageFileError("cannot write " + path.string() + ": the image is empty");
    std::string bytes;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
    };
    if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(),
                                image.width * 4))
        throw ImageFileError("cannot encode " + path.string() + " as PNG");
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    out.close();
    if (!out)
        throw ImageFileError("cannot write " + path.string());
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
        Image thumb(thumb_width, h);
        // Alpha-aware, so that a transparent edge does not bleed dark into its neighbours.
        stbir_resize_uint8_generic(shot.rgba.data(), shot.width, shot.height, 0, thumb.rgba.data(),
                                   thumb.width, thumb.height, 0, 4, 3, 0, STBIR_EDGE_CLAMP,
                                   STBIR_FILTER_DEFAULT, STBIR_COLORSPACE_SRGB, nullptr);
        thumbs.push_back(std::move(thumb));
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
