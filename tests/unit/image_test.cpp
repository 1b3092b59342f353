#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/image.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <gtest/gtest.h>
#include <ostream>
#include <stb_image.h>
#include <stb_image_write.h>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace vitrine {
namespace {

using Colour = std::array<uint8_t, 4>;
constexpr Colour kWhite{255, 255, 255, 255};
constexpr Colour kRed{220, 20, 20, 255};
constexpr Colour kBlue{20, 20, 220, 255};

// ---- Fixtures, all made here: stb_image_write for real files, bytes by hand for headers. ----

Pixels solid(int width, int height, int channels, Colour colour) {
    Pixels p;
    p.width = width;
    p.height = height;
    p.channels = channels;
    p.data.resize(static_cast<size_t>(width) * height * channels);
    for (size_t i = 0; i < p.data.size(); i += channels) {
        for (int c = 0; c < channels; ++c) {
            p.data[i + c] = colour[c];
        }
    }
    return p;
}

void paint(Pixels& p, int x0, int y0, int width, int height, Colour colour) {
    for (int y = y0; y < y0 + height; ++y) {
        for (int x = x0; x < x0 + width; ++x) {
            for (int c = 0; c < p.channels; ++c) {
                p.data[(static_cast<size_t>(y) * p.width + x) * p.channels + c] = colour[c];
            }
        }
    }
}

Colour pixel(const Pixels& p, int x, int y) {
    Colour colour{0, 0, 0, 255};
    for (int c = 0; c < p.channels; ++c) {
        colour[c] = p.data[(static_cast<size_t>(y) * p.width + x) * p.channels + c];
    }
    return colour;
}

// JPEG is lossy: colours are recognised, not compared exactly.
std::string colour_name(Colour c) {
    if (c[0] > 200 && c[1] > 200 && c[2] > 200) {
        return "white";
    }
    if (c[0] > 170 && c[1] < 80 && c[2] < 80) {
        return "red";
    }
    if (c[0] < 80 && c[1] < 80 && c[2] > 170) {
        return "blue";
    }
    if (c[0] < 80 && c[1] > 170 && c[2] < 80) {
        return "green";
    }
    return "other (" + std::to_string(c[0]) + "," + std::to_string(c[1]) + "," +
           std::to_string(c[2]) + ")";
}

void append_to(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
}

std::string stb_jpeg(const Pixels& p, int quality = 95) {
    std::string out;
    EXPECT_TRUE(stbi_write_jpg_to_func(&append_to, &out, p.width, p.height, p.channels,
                                       p.data.data(), quality));
    return out;
}

std::string stb_png(int width, int height, int channels, const std::vector<uint8_t>& data) {
    std::string out;
    EXPECT_TRUE(stbi_write_png_to_func(&append_to, &out, width, height, channels, data.data(),
                                       width * channels));
    return out;
}

std::string stb_png(const Pixels& p) {
    return stb_png(p.width, p.height, p.channels, p.data);
}

std::string be16(unsigned v) {
    return {char(v >> 8 & 0xFF), char(v & 0xFF)};
}
std::string le16(unsigned v) {
    return {char(v & 0xFF), char(v >> 8 & 0xFF)};
}
std::string be32(uint32_t v) {
    return be16(v >> 16) + be16(v & 0xFFFF);
}
std::string le32(uint32_t v) {
    return le16(v & 0xFFFF) + le16(v >> 16);
}

// A TIFF block as phones write it, with only the Orientation tag (0x0112, SHORT) in IFD 0.
std::string exif_tiff(int orientation, bool big_endian) {
    const auto u16 = big_endian ? be16 : le16;
    const auto u32 = big_endian ? be32 : le32;
    std::string tiff = big_endian ? "MM" : "II";
    tiff += u16(42) + u32(8);                        // magic, offset of IFD 0
    tiff += u16(1);                                  // one entry
    tiff += u16(0x0112) + u16(3) + u32(1);           // Orientation, SHORT, one value
    tiff += u16(orientation) + std::string(2, '\0'); // value, padded to 4 bytes
    tiff += u32(0);                                  // no IFD 1
    return tiff;
}

// Splices an APP1 EXIF segment right after the JPEG's SOI, where cameras put it.
std::string with_exif(const std::string& jpeg, int orientation, bool big_endian = true) {
    const std::string payload = std::string("Exif\0\0", 6) + exif_tiff(orientation, big_endian);
    return jpeg.substr(0, 2) + "\xFF\xE1" + be16(payload.size() + 2) + payload + jpeg.substr(2);
}

uint32_t crc32(std::string_view bytes) {
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

std::string png_chunk(std::string_view type, std::string_view data) {
    const std::string body = std::string(type) + std::string(data);
    return be32(static_cast<uint32_t>(data.size())) + body + be32(crc32(body));
}

// stb writes signature, IHDR, IDAT, IEND: ancillary chunks go right after IHDR.
std::string png_with_chunk(const std::string& png, std::string_view type, std::string_view data) {
    constexpr size_t kAfterIhdr = 8 + 12 + 13;
    return png.substr(0, kAfterIhdr) + png_chunk(type, data) + png.substr(kAfterIhdr);
}

std::string png_header_only(uint32_t width, uint32_t height) {
    const std::string ihdr = be32(width) + be32(height) + "\x08\x06" + std::string(3, '\0');
    return "\x89PNG\r\n\x1A\n" + png_chunk("IHDR", ihdr) + png_chunk("IEND", "");
}

// SOI and a frame header: all probe needs to judge a JPEG's kind.
std::string jpeg_frame_header(unsigned char sof, int components, int precision = 8) {
    std::string frame =
        std::string(1, char(precision)) + be16(10) + be16(10) + std::string(1, char(components));
    for (int c = 1; c <= components; ++c) {
        frame += std::string{char(c), char(0x11), char(0)};
    }
    return std::string("\xFF\xD8\xFF", 3) + char(sof) + be16(frame.size() + 2) + frame;
}

std::string error_of(auto&& action) {
    try {
        action();
    } catch (const ImageError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no ImageError";
    return {};
}

std::string probe_error(std::string_view bytes, const ImageLimits& limits = {}) {
    return error_of([&] { probe_image(bytes, limits); });
}

// A photo with a red top-left corner and a blue top-right corner, landscape as stored.
Pixels two_corner_photo() {
    Pixels p = solid(64, 48, 3, kWhite);
    paint(p, 0, 0, 16, 16, kRed);
    paint(p, 48, 0, 16, 16, kBlue);
    return p;
}

// Samples 4 pixels in from each corner, clear of JPEG ringing at the block edges.
struct Corners {
    std::string top_left, top_right, bottom_left, bottom_right;
};

Corners corners(const Pixels& p) {
    return {colour_name(pixel(p, 4, 4)), colour_name(pixel(p, p.width - 5, 4)),
            colour_name(pixel(p, 4, p.height - 5)),
            colour_name(pixel(p, p.width - 5, p.height - 5))};
}

Pixels noise(int width, int height) {
    Pixels p = solid(width, height, 3, kWhite);
    uint32_t state = 12345;
    for (auto& byte : p.data) {
        state = state * 1664525u + 1013904223u;
        byte = static_cast<uint8_t>(state >> 24);
    }
    return p;
}

// ---- Probe: refusals come from the header, with the fix for the organiser. ----

TEST(ImageProbe, ReadsJpegHeader) {
    const ImageInfo info = probe_image(stb_jpeg(two_corner_photo()));
    EXPECT_EQ(info.format, ImageFormat::jpeg);
    EXPECT_EQ(info.width, 64);
    EXPECT_EQ(info.height, 48);
    EXPECT_EQ(info.channels, 3);
    EXPECT_EQ(info.orientation, 1);
}

TEST(ImageProbe, ReadsExifOrientationAndKeepsStoredSize) {
    const ImageInfo info = probe_image(with_exif(stb_jpeg(two_corner_photo()), 6));
    EXPECT_EQ(info.orientation, 6);
    EXPECT_EQ(info.width, 64);
    EXPECT_EQ(info.height, 48);
}

TEST(ImageProbe, HugePngHeaderIsRefusedBeforeDecoding) {
    // 20000 x 20000 RGBA would be 1.6 GB of pixels from a file of a few dozen bytes.
    const std::string bomb = png_header_only(20000, 20000);
    const std::string message = probe_error(bomb);
    EXPECT_NE(message.find("20000"), std::string::npos) << message;
    EXPECT_NE(message.find("16384"), std::string::npos) << message;
    EXPECT_NE(error_of([&] { decode_image(bomb); }).find("20000"), std::string::npos);
}

TEST(ImageProbe, DecoderCapHoldsEvenWithLooserLimits) {
    ImageLimits loose;
    loose.max_side = 1 << 20;
    loose.max_pixels = ~0ull;
    const std::string message = probe_error(png_header_only(20000, 100), loose);
    EXPECT_NE(message.find("16384"), std::string::npos) << message;
}

TEST(ImageProbe, TooManyMegapixelsIsRefused) {
    // 9000 x 9000 is within 16384 a side but 81 megapixels.
    const std::string message = probe_error(png_header_only(9000, 9000));
    EXPECT_NE(message.find("megapixels"), std::string::npos) << message;
    EXPECT_NE(message.find("81"), std::string::npos) << message;
}

TEST(ImageProbe, CustomSideAndPixelLimits) {
    const std::string jpeg = stb_jpeg(two_corner_photo());
    ImageLimits small_side;
    small_side.max_side = 50;
    EXPECT_NE(probe_error(jpeg, small_side).find("50 pixels"), std::string::npos);
    ImageLimits few_pixels;
    few_pixels.max_pixels = 3000;
    EXPECT_NE(probe_error(jpeg, few_pixels).find("megapixels"), std::string::npos);
}

TEST(ImageProbe, FileOverSizeLimitIsRefused) {
    const std::string jpeg = stb_jpeg(noise(64, 64));
    ImageLimits limits;
    limits.max_file_bytes = 1000;
    ASSERT_GT(jpeg.size(), 1000u);
    const std::string message = probe_error(jpeg, limits);
    EXPECT_NE(message.find("1000 bytes"), std::string::npos) << message;
    EXPECT_NE(error_of([&] { decode_image(jpeg, limits); }).find("1000 bytes"), std::string::npos);
    limits.max_file_bytes = jpeg.size();
    EXPECT_NO_THROW(probe_image(jpeg, limits));
}

TEST(ImageProbe, WebpGetsItsOwnMessage) {
    const std::string webp = "RIFF" + le32(30) + "WEBPVP8 " + std::string(22, '\0');
    const std::string message = probe_error(webp);
    EXPECT_NE(message.find("WebP"), std::string::npos) << message;
    EXPECT_NE(message.find("JPEG"), std::string::npos) << message;
}

TEST(ImageProbe, HeicSaysHowToSetTheIphone) {
    const std::string heic = be32(24) + "ftypheic" + be32(0) + "mif1heic" + std::string(40, '\0');
    const std::string message = probe_error(heic);
    EXPECT_NE(message.find("HEIC"), std::string::npos) << message;
    EXPECT_NE(message.find("Most Compatible"), std::string::npos) << message;
    // Some HEIF writers put the generic brand first.
    const std::string mif1 = be32(20) + "ftypmif1" + be32(0) + "heic" + std::string(40, '\0');
    EXPECT_NE(probe_error(mif1).find("HEIC"), std::string::npos);
}

TEST(ImageProbe, AvifGetsItsOwnMessage) {
    const std::string avif =
        be32(28) + "ftypavif" + be32(0) + "avifmif1miaf" + std::string(40, '\0');
    EXPECT_NE(probe_error(avif).find("AVIF"), std::string::npos);
}

TEST(ImageProbe, GifBmpTiffGetTheirOwnMessages) {
    EXPECT_NE(probe_error("GIF89a" + std::string(40, '\0')).find("GIF"), std::string::npos);
    EXPECT_NE(probe_error("BM" + std::string(60, '\0')).find("BMP"), std::string::npos);
    EXPECT_NE(probe_error(std::string("II*\0", 4) + std::string(40, '\0')).find("TIFF"),
              std::string::npos);
    EXPECT_NE(probe_error(std::string("MM\0*", 4) + std::string(40, '\0')).find("TIFF"),
              std::string::npos);
}

TEST(ImageProbe, OtherFilesAreNotPhotos) {
    EXPECT_NE(probe_error("id;name_fr\ntapis;Tapis\n").find("not a JPEG or PNG"),
              std::string::npos);
    // A phone video has an ftyp box too, but no HEIF brand.
    const std::string video = be32(20) + "ftypisom" + be32(0) + "mp41" + std::string(40, '\0');
    EXPECT_NE(probe_error(video).find("not a JPEG or PNG"), std::string::npos);
    EXPECT_NE(probe_error("").find("empty"), std::string::npos);
}

TEST(ImageProbe, CmykJpegAsksForRgb) {
    const std::string message = probe_error(jpeg_frame_header(0xC0, 4));
    EXPECT_NE(message.find("CMYK"), std::string::npos) << message;
    EXPECT_NE(message.find("RGB"), std::string::npos) << message;
}

TEST(ImageProbe, RareJpegKindsAskForAStandardJpeg) {
    EXPECT_NE(probe_error(jpeg_frame_header(0xC3, 3)).find("standard JPEG"), std::string::npos);
    EXPECT_NE(probe_error(jpeg_frame_header(0xC0, 3, 12)).find("standard JPEG"), std::string::npos);
}

TEST(ImageProbe, DamagedHeadersAreRefused) {
    const std::string jpeg = stb_jpeg(two_corner_photo());
    const std::string png = stb_png(two_corner_photo());
    for (const std::string& damaged :
         {jpeg.substr(0, 2), jpeg.substr(0, 12), std::string("\xFF\xD8\x12\x34garbage", 11),
          jpeg_frame_header(0xC0, 3), png.substr(0, 20), std::string("\x89PNG\r\n\x1A\n", 8)}) {
        EXPECT_NE(probe_error(damaged).find("damaged"), std::string::npos)
            << "bytes: " << damaged.size();
    }
}

// ---- Decoding ----

struct OrientationCase {
    int orientation;
    bool turned; // comes out portrait
    Corners expected;
};

void PrintTo(const OrientationCase& c, std::ostream* os) {
    *os << "orientation " << c.orientation;
}

class ImageOrientation : public testing::TestWithParam<OrientationCase> {};

TEST_P(ImageOrientation, PhotoComesOutTheWayUpThePhotographerSawIt) {
    const OrientationCase& c = GetParam();
    // Both byte orders occur in the wild (Apple writes MM, many Android phones II).
    const bool big_endian = c.orientation % 2 == 0;
    const Pixels p =
        decode_image(with_exif(stb_jpeg(two_corner_photo()), c.orientation, big_endian));
    EXPECT_EQ(p.width, c.turned ? 48 : 64);
    EXPECT_EQ(p.height, c.turned ? 64 : 48);
    EXPECT_EQ(p.channels, 3);
    const Corners got = corners(p);
    EXPECT_EQ(got.top_left, c.expected.top_left);
    EXPECT_EQ(got.top_right, c.expected.top_right);
    EXPECT_EQ(got.bottom_left, c.expected.bottom_left);
    EXPECT_EQ(got.bottom_right, c.expected.bottom_right);
}

// Stored: red top-left, blue top-right.
INSTANTIATE_TEST_SUITE_P(
    AllEight, ImageOrientation,
    testing::Values(OrientationCase{1, false, {"red", "blue", "white", "white"}},
                    OrientationCase{2, false, {"blue", "red", "white", "white"}},
                    OrientationCase{3, false, {"white", "white", "blue", "red"}},
                    OrientationCase{4, false, {"white", "white", "red", "blue"}},
                    OrientationCase{5, true, {"red", "white", "blue", "white"}},
                    OrientationCase{6, true, {"white", "red", "white", "blue"}},
                    OrientationCase{7, true, {"white", "blue", "white", "red"}},
                    OrientationCase{8, true, {"blue", "white", "red", "white"}}),
    [](const testing::TestParamInfo<OrientationCase>& info) {
        return "Orientation" + std::to_string(info.param.orientation);
    });

TEST(ImageDecode, BrokenExifIsIgnoredNotFatal) {
    const std::string jpeg = stb_jpeg(two_corner_photo());
    const std::string payload = std::string("Exif\0\0", 6) + "MM\0*garbage";
    const std::string broken =
        jpeg.substr(0, 2) + "\xFF\xE1" + be16(payload.size() + 2) + payload + jpeg.substr(2);
    const Pixels p = decode_image(broken);
    EXPECT_EQ(p.width, 64);
    EXPECT_EQ(corners(p).top_left, "red");
}

TEST(ImageDecode, PngExifOrientationIsHonoured) {
    const std::string png = png_with_chunk(stb_png(two_corner_photo()), "eXIf", exif_tiff(6, true));
    EXPECT_EQ(probe_image(png).orientation, 6);
    const Pixels p = decode_image(png);
    EXPECT_EQ(p.width, 48);
    EXPECT_EQ(p.height, 64);
    EXPECT_EQ(corners(p).top_right, "red");
    EXPECT_EQ(corners(p).bottom_right, "blue");
}

TEST(ImageDecode, TruncatedJpegIsAnImageError) {
    const std::string jpeg = stb_jpeg(noise(200, 150));
    for (size_t keep : {jpeg.size() * 6 / 10, jpeg.size() - 2}) {
        EXPECT_NE(error_of([&] { decode_image(jpeg.substr(0, keep)); }).find("damaged"),
                  std::string::npos)
            << "kept " << keep << " of " << jpeg.size();
    }
    EXPECT_NO_THROW(decode_image(jpeg));
}

TEST(ImageDecode, TruncatedOrCorruptPngIsAnImageError) {
    const std::string png = stb_png(noise(200, 150));
    EXPECT_NE(error_of([&] { decode_image(png.substr(0, png.size() / 2)); }).find("damaged"),
              std::string::npos);
    // The first deflate block claims the reserved block type: the pixel data is garbage.
    std::string corrupt = png;
    const size_t idat = corrupt.find("IDAT");
    ASSERT_NE(idat, std::string::npos);
    corrupt[idat + 4 + 2] = '\xFF';
    EXPECT_NE(error_of([&] { decode_image(corrupt); }).find("damaged"), std::string::npos);
}

TEST(ImageDecode, PngWithTransparencyStaysRgba) {
    Pixels p = solid(40, 30, 4, Colour{20, 200, 20, 255});
    paint(p, 20, 0, 20, 30, Colour{220, 20, 20, 100});
    const Pixels decoded = decode_image(stb_png(p));
    ASSERT_EQ(decoded.channels, 4);
    EXPECT_EQ(decoded.data, p.data); // PNG is lossless
}

TEST(ImageDecode, OpaqueRgbaPngBecomesRgb) {
    const Pixels decoded = decode_image(stb_png(solid(40, 30, 4, Colour{20, 200, 20, 255})));
    EXPECT_EQ(decoded.channels, 3);
    EXPECT_EQ(decoded.data.size(), 40u * 30u * 3u);
    EXPECT_EQ(colour_name(pixel(decoded, 10, 10)), "green");
}

TEST(ImageDecode, GreyPngBecomesRgb) {
    const std::vector<uint8_t> grey(20 * 10, 77);
    const std::string png = stb_png(20, 10, 1, grey);
    EXPECT_EQ(probe_image(png).channels, 1);
    const Pixels decoded = decode_image(png);
    ASSERT_EQ(decoded.channels, 3);
    ASSERT_EQ(decoded.data.size(), 20u * 10u * 3u);
    for (uint8_t v : decoded.data) {
        ASSERT_EQ(v, 77);
    }
}

// stb_image_write always writes colour JPEGs, so the grey one is made by hand: an 8 x 8 baseline
// JPEG whose one block has every coefficient 0, that is mid grey (128) everywhere.
std::string grey_jpeg_8x8() {
    const std::string one_code_table = std::string(1, '\x01') + std::string(15, '\0') + '\0';
    std::string jpeg("\xFF\xD8", 2);
    jpeg += std::string("\xFF\xDB", 2) + be16(67) + '\0' + std::string(64, '\x01');
    jpeg += std::string("\xFF\xC0", 2) + be16(11) + '\x08' + be16(8) + be16(8) + '\x01' +
            std::string("\x01\x11\x00", 3);
    jpeg += std::string("\xFF\xC4", 2) + be16(20) + '\x00' + one_code_table; // DC: diff 0 is "0"
    jpeg += std::string("\xFF\xC4", 2) + be16(20) + '\x10' + one_code_table; // AC: EOB is "0"
    jpeg += std::string("\xFF\xDA", 2) + be16(8) + std::string("\x01\x01\x00\x00\x3F\x00", 6);
    jpeg += '\x3F'; // "0" DC, "0" end of block, padded with ones
    jpeg += std::string("\xFF\xD9", 2);
    return jpeg;
}

TEST(ImageDecode, GreyJpegBecomesRgb) {
    const std::string jpeg = grey_jpeg_8x8();
    EXPECT_EQ(probe_image(jpeg).channels, 1);
    const Pixels decoded = decode_image(jpeg);
    ASSERT_EQ(decoded.channels, 3);
    ASSERT_EQ(decoded.data.size(), 8u * 8u * 3u);
    for (uint8_t v : decoded.data) {
        ASSERT_NEAR(v, 128, 1);
    }
}

TEST(ImageDecode, TransparencyFromTrnsChunkIsKept) {
    // A grey PNG whose tRNS chunk makes grey 77 fully transparent: every pixel is.
    const std::vector<uint8_t> grey(20 * 10, 77);
    const std::string png = png_with_chunk(stb_png(20, 10, 1, grey), "tRNS", be16(77));
    const Pixels decoded = decode_image(png);
    ASSERT_EQ(decoded.channels, 4);
    EXPECT_EQ(pixel(decoded, 5, 5)[3], 0);
}

TEST(ImageDecode, TwoThreadsAtOnce) {
    // The import decodes on two worker threads: neither may disturb the other.
    const std::string jpeg = with_exif(stb_jpeg(two_corner_photo()), 6);
    Pixels rgba = solid(50, 40, 4, kWhite);
    paint(rgba, 0, 0, 10, 10, Colour{0, 0, 0, 0});
    const std::string png = stb_png(rgba);
    const Pixels jpeg_alone = decode_image(jpeg);
    const Pixels png_alone = decode_image(png);
    bool jpeg_same = true;
    bool png_same = true;
    std::thread a([&] {
        for (int i = 0; i < 20; ++i) {
            jpeg_same = jpeg_same && decode_image(jpeg).data == jpeg_alone.data;
        }
    });
    std::thread b([&] {
        for (int i = 0; i < 20; ++i) {
            png_same = png_same && decode_image(png).data == png_alone.data;
            EXPECT_NE(error_of([] { decode_image("GIF89a" + std::string(40, '\0')); }), "");
        }
    });
    a.join();
    b.join();
    EXPECT_TRUE(jpeg_same);
    EXPECT_TRUE(png_same);
}

// ---- Scaling ----

TEST(ImageFit, NeverScalesUp) {
    const Pixels small = two_corner_photo();
    const Pixels fitted = fit_within(small, 640);
    EXPECT_EQ(fitted.width, 64);
    EXPECT_EQ(fitted.height, 48);
    EXPECT_EQ(fitted.data, small.data);
}

TEST(ImageFit, KeepsAspectRatioForPortrait) {
    const Pixels fitted = fit_within(solid(1000, 1500, 3, kBlue), 480);
    EXPECT_EQ(fitted.width, 320);
    EXPECT_EQ(fitted.height, 480);
    EXPECT_EQ(fitted.data.size(), 320u * 480u * 3u);
    EXPECT_EQ(colour_name(pixel(fitted, 160, 240)), "blue");
}

TEST(ImageFit, AveragesInLinearLight) {
    // Black and white pixels average to 50% light, which is 188 in sRGB, not 128: a naive
    // average would make every fine pattern (woven cloth, embroidery) too dark.
    Pixels checker = solid(64, 64, 3, kWhite);
    for (int y = 0; y < 64; ++y) {
        for (int x = (y % 2); x < 64; x += 2) {
            paint(checker, x, y, 1, 1, Colour{0, 0, 0, 255});
        }
    }
    const Pixels fitted = fit_within(checker, 16);
    ASSERT_EQ(fitted.width, 16);
    EXPECT_NEAR(pixel(fitted, 8, 8)[0], 188, 6);
}

TEST(ImageFit, TransparentPixelsDoNotDarkenEdges) {
    // Left half opaque white, right half fully transparent black: the blended edge must stay
    // white, or cut-out products get a dark fringe.
    Pixels p = solid(64, 64, 4, kWhite);
    paint(p, 32, 0, 32, 64, Colour{0, 0, 0, 0});
    const Pixels fitted = fit_within(p, 16);
    ASSERT_EQ(fitted.channels, 4);
    bool saw_edge = false;
    for (int x = 0; x < 16; ++x) {
        const Colour c = pixel(fitted, x, 8);
        saw_edge = saw_edge || (c[3] > 0 && c[3] < 255);
        if (c[3] > 0) {
            EXPECT_GE(c[0], 245) << "x " << x << " alpha " << int(c[3]);
        }
    }
    EXPECT_TRUE(saw_edge);
}

// ---- Decoding straight at the size kept ----

// A photo-like picture: soft gradients under a diagonal weave of coloured bands, as on the
// textiles and pottery of the sample fair.
Pixels woven(int width, int height) {
    Pixels p = solid(width, height, 3, kWhite);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            uint8_t* px = &p.data[(static_cast<size_t>(y) * width + x) * 3];
            const bool thread = ((x + y) / 12) % 2 == 0;
            px[0] = static_cast<uint8_t>(60 + 150 * x / width);
            px[1] = static_cast<uint8_t>(thread ? 40 : 180);
            px[2] = static_cast<uint8_t>(60 + 150 * y / height);
        }
    }
    return p;
}

// Mean of |a - b| over every channel of two images of one size.
double mean_difference(const Pixels& a, const Pixels& b) {
    double sum = 0;
    for (size_t i = 0; i < a.data.size(); ++i)
        sum += std::abs(int(a.data[i]) - int(b.data[i]));
    return sum / static_cast<double>(a.data.size());
}

TEST(ImageDecodeToFit, LargeJpegLooksAsIfDecodedWholeThenScaled) {
    // 5/8 of 2048 is exactly 1280; 1600 is decoded at 7/8, then scaled.
    for (const auto& [width, height] : {std::pair{2048, 1536}, std::pair{1600, 1200}}) {
        const std::string jpeg = stb_jpeg(woven(width, height), 90);
        const Pixels whole = fit_within(decode_image(jpeg), kDisplaySide);
        const Pixels direct = decode_to_fit(jpeg, kDisplaySide);
        ASSERT_EQ(direct.width, whole.width) << width;
        ASSERT_EQ(direct.height, whole.height) << width;
        EXPECT_LT(mean_difference(direct, whole), 6.0) << width << " x " << height;
    }
}

TEST(ImageDecodeToFit, KeepsTheOrientationAndNeverEnlarges) {
    const std::string turned = with_exif(stb_jpeg(solid(3000, 2000, 3, kRed), 80), 6);
    const Pixels portrait = decode_to_fit(turned, kThumbSide);
    EXPECT_EQ(portrait.width, 320);
    EXPECT_EQ(portrait.height, 480);
    EXPECT_EQ(colour_name(pixel(portrait, 160, 240)), "red");
    const Pixels small = decode_to_fit(stb_jpeg(two_corner_photo()), kDisplaySide);
    EXPECT_EQ(small.width, 64);
    EXPECT_EQ(small.height, 48);
}

TEST(ImageDecodeToFit, RefusesWhatDecodeImageRefuses) {
    const std::string jpeg = stb_jpeg(woven(1600, 1200), 90);
    EXPECT_NE(
        error_of([&] { decode_to_fit(jpeg.substr(0, jpeg.size() / 2), 480); }).find("damaged"),
        std::string::npos);
    ImageLimits limits;
    limits.max_side = 1000;
    EXPECT_NE(error_of([&] { decode_to_fit(jpeg, 480, limits); }).find("1000 pixels"),
              std::string::npos);
}

// ---- Encoding and renditions ----

TEST(ImageEncode, PngIsLossless) {
    Pixels p = noise(30, 20);
    const std::string png = encode_png(p);
    ASSERT_TRUE(png.starts_with("\x89PNG"));
    int w = 0, h = 0, n = 0;
    unsigned char* back = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &w, &h, &n, 3);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(std::vector<uint8_t>(back, back + 30 * 20 * 3), p.data);
    stbi_image_free(back);
}

TEST(ImageEncode, JpegIsAsFaithfulAsStbAtTheSameQuality) {
    const Pixels photo = woven(640, 480);
    const std::string jpeg = encode_jpeg(photo, 85);
    ASSERT_TRUE(jpeg.starts_with("\xFF\xD8\xFF"));
    const Pixels back = decode_image(jpeg);
    ASSERT_EQ(back.width, 640);
    ASSERT_EQ(back.height, 480);
    const double stb_error = mean_difference(decode_image(stb_jpeg(photo, 85)), photo);
    EXPECT_LE(mean_difference(back, photo), stb_error * 1.1);
    EXPECT_LT(jpeg.size(), photo.data.size() / 4); // and it is compressed
}

TEST(ImageRenditions, PhonePhotoBecomesDisplayAndThumb) {
    Pixels photo = solid(3000, 2000, 3, kRed);
    paint(photo, 1500, 0, 1500, 2000, kBlue);
    const Renditions r = make_renditions(stb_jpeg(photo, 90));
    EXPECT_EQ(r.extension, "jpg");
    EXPECT_EQ(r.display.width, 1280);
    EXPECT_EQ(r.display.height, 853);
    EXPECT_EQ(r.thumb.width, 480);
    EXPECT_EQ(r.thumb.height, 320);
    EXPECT_EQ(colour_name(pixel(r.display, 100, 400)), "red");
    EXPECT_EQ(colour_name(pixel(r.display, 1180, 400)), "blue");
    // The bytes are the JPEGs the kiosk will load.
    for (const auto& [bytes, w, h] :
         {std::tuple{r.display_bytes, 1280, 853}, std::tuple{r.thumb_bytes, 480, 320}}) {
        ASSERT_TRUE(bytes.starts_with("\xFF\xD8\xFF"));
        const ImageInfo info = probe_image(bytes);
        EXPECT_EQ(info.width, w);
        EXPECT_EQ(info.height, h);
        EXPECT_EQ(info.channels, 3);
    }
}

TEST(ImageRenditions, PortraitPhoneShotComesOutPortrait) {
    const Renditions r = make_renditions(with_exif(stb_jpeg(solid(3000, 2000, 3, kRed), 80), 6));
    EXPECT_EQ(r.display.width, 853);
    EXPECT_EQ(r.display.height, 1280);
    EXPECT_EQ(r.thumb.width, 320);
    EXPECT_EQ(r.thumb.height, 480);
    EXPECT_EQ(probe_image(r.display_bytes).orientation, 1); // already turned: no EXIF kept
}

TEST(ImageRenditions, SmallPhotoIsNotEnlarged) {
    const Renditions r = make_renditions(stb_jpeg(two_corner_photo()));
    EXPECT_EQ(r.display.width, 64);
    EXPECT_EQ(r.thumb.width, 64);
    EXPECT_EQ(r.thumb.height, 48);
}

TEST(ImageRenditions, TransparentPngStaysPng) {
    Pixels p = solid(2000, 1000, 4, Colour{20, 200, 20, 255});
    paint(p, 1000, 0, 1000, 1000, Colour{220, 20, 20, 100});
    const Renditions r = make_renditions(stb_png(p));
    EXPECT_EQ(r.extension, "png");
    EXPECT_EQ(r.display.channels, 4);
    EXPECT_EQ(r.display.width, 1280);
    EXPECT_EQ(r.display.height, 640);
    EXPECT_EQ(r.thumb.channels, 4);
    for (const std::string& bytes : {r.display_bytes, r.thumb_bytes}) {
        ASSERT_TRUE(bytes.starts_with("\x89PNG"));
        const Pixels back = decode_image(bytes);
        ASSERT_EQ(back.channels, 4);
        EXPECT_NEAR(pixel(back, back.width * 3 / 4, back.height / 2)[3], 100, 1);
        EXPECT_EQ(pixel(back, back.width / 4, back.height / 2)[3], 255);
    }
}

TEST(ImageRenditions, OpaquePngBecomesJpeg) {
    const Renditions r = make_renditions(stb_png(solid(100, 80, 4, kWhite)));
    EXPECT_EQ(r.extension, "jpg");
    EXPECT_TRUE(r.display_bytes.starts_with("\xFF\xD8\xFF"));
}

} // namespace
} // namespace vitrine
