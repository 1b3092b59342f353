// Images of the headless render checks: PNG files, comparison with a tolerance, contact sheets.
#include "platform/image.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace vitrine::kiosk {
namespace {

using test::TempDir;

// Every pixel different, alpha included, so that a channel mix-up cannot go unseen.
Image gradient(int width, int height) {
    Image image(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.set(
                x, y,
                {uint8_t(x * 37), uint8_t(y * 53), uint8_t(x * y * 11), uint8_t(255 - x - y)});
    return image;
}

TEST(Image, FillsAndAddressesPixels) {
    Image image(3, 2, {1, 2, 3, 4});
    EXPECT_EQ(image.rgba.size(), 3u * 2u * 4u);
    EXPECT_EQ(image.at(2, 1), (Rgba{1, 2, 3, 4}));
    image.set(2, 1, {9, 8, 7, 6});
    EXPECT_EQ(image.rgba[(1 * 3 + 2) * 4], 9);
    EXPECT_EQ(image.rgba[(1 * 3 + 2) * 4 + 3], 6);
    EXPECT_TRUE(Image(0, 5).empty());
    EXPECT_EQ(Image(0, 5).pixel_count(), 0u);
}

TEST(Png, RoundTripsEveryByteIncludingAlpha) {
    TempDir dir;
    const Image original = gradient(7, 5);
    write_png(original, dir / "shot.png");
    const std::optional<Image> back = read_png(dir / "shot.png");
    ASSERT_TRUE(back);
    EXPECT_TRUE(*back == original);
}

TEST(Png, ReadingGivesNothingForMissingOrBrokenFiles) {
    TempDir dir;
    EXPECT_FALSE(read_png(dir / "missing.png"));
    test::write_file(dir / "text.png", "not a picture");
    EXPECT_FALSE(read_png(dir / "text.png"));
    test::write_file(dir / "empty.png", "");
    EXPECT_FALSE(read_png(dir / "empty.png"));

    write_png(gradient(40, 40), dir / "whole.png");
    const std::string bytes = test::read_file(dir / "whole.png");
    test::write_file(dir / "truncated.png", bytes.substr(0, bytes.size() / 2));
    EXPECT_FALSE(read_png(dir / "truncated.png"));
}

TEST(Png, WritingFailsLoudly) {
    TempDir dir;
    EXPECT_THROW(write_png(Image{}, dir / "empty.png"), ImageFileError);
    EXPECT_THROW(write_png(gradient(2, 2), dir / "no-such-folder" / "x.png"), ImageFileError);
}

TEST(Compare, IdenticalImagesMatchWithAFadedGreyDiff) {
    const Image image = gradient(6, 4);
    const ImageDiff diff = compare(image, image);
    EXPECT_TRUE(diff.matches());
    EXPECT_EQ(diff.differing_pixels, 0u);
    EXPECT_EQ(diff.max_delta, 0);
    ASSERT_EQ(diff.diff.width, 6);
    ASSERT_EQ(diff.diff.height, 4);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 6; ++x) {
            const Rgba d = diff.diff.at(x, y);
            EXPECT_EQ(d.r, d.g);
            EXPECT_EQ(d.g, d.b);
            EXPECT_GE(d.r, 170) << "faded, so that differences stand out";
            EXPECT_EQ(d.a, 255);
        }
}

TEST(Compare, ToleranceIsTheLargestChannelDifferenceAllowed) {
    const Image expected(5, 5, {100, 100, 100, 255});
    Image actual = expected;
    actual.set(1, 2, {100, 103, 100, 255}); // 3 off in green
    actual.set(4, 4, {98, 100, 100, 255});  // 2 off in red

    const ImageDiff within = compare(actual, expected, 3);
    EXPECT_TRUE(within.matches());
    EXPECT_EQ(within.max_delta, 3) << "max_delta reports tolerated differences too";

    const ImageDiff beyond = compare(actual, expected, 2);
    EXPECT_EQ(beyond.differing_pixels, 1u);
    EXPECT_EQ(beyond.max_delta, 3);
    constexpr Rgba kMagenta{255, 0, 255, 255};
    EXPECT_EQ(beyond.diff.at(1, 2), kMagenta);
    EXPECT_NE(beyond.diff.at(4, 4), kMagenta);
    EXPECT_NE(beyond.diff.at(0, 0), kMagenta);

    EXPECT_EQ(compare(actual, expected, 0).differing_pixels, 2u);
}

TEST(Compare, AlphaCountsLikeAnyChannel) {
    const Image expected(2, 2, {10, 20, 30, 255});
    Image actual = expected;
    actual.set(0, 0, {10, 20, 30, 0});
    const ImageDiff diff = compare(actual, expected, 8);
    EXPECT_EQ(diff.differing_pixels, 1u);
    EXPECT_EQ(diff.max_delta, 255);
}

TEST(Compare, DifferentSizesAreATotalMismatch) {
    const ImageDiff diff = compare(Image(4, 3), Image(3, 5), 255);
    EXPECT_FALSE(diff.matches());
    EXPECT_EQ(diff.max_delta, 255);
    EXPECT_EQ(diff.diff.width, 4);
    EXPECT_EQ(diff.diff.height, 5);
    EXPECT_EQ(diff.differing_pixels, 20u);
    EXPECT_TRUE(diff.diff == Image(4, 5, {255, 0, 255, 255}));

    EXPECT_FALSE(compare(Image{}, Image(2, 2)).matches()) << "a missing shot is not a match";
}

void expect_near(Rgba actual, Rgba expected) {
    EXPECT_NEAR(actual.r, expected.r, 1);
    EXPECT_NEAR(actual.g, expected.g, 1);
    EXPECT_NEAR(actual.b, expected.b, 1);
    EXPECT_NEAR(actual.a, expected.a, 1);
}

TEST(ContactSheet, LaysShotsOutInOrderRowByRow) {
    const std::vector<Rgba> colours{{200, 0, 0, 255},
                                    {0, 200, 0, 255},
                                    {0, 0, 200, 255},
                                    {200, 200, 0, 255},
                                    {0, 200, 200, 255}};
    std::vector<std::pair<std::string, Image>> shots;
    for (size_t i = 0; i < colours.size(); ++i) {
        // The fifth is portrait: its row grows to fit it.
        const bool portrait = i == 4;
        shots.emplace_back("shot" + std::to_string(i),
                           Image(portrait ? 100 : 200, portrait ? 200 : 100, colours[i]));
    }
    constexpr int kThumb = 50, kGap = kContactSheetGap;
    const Image sheet = contact_sheet(shots, 3, kThumb);

    // 3 columns; rows of 25 (landscape thumbnails) and 100 (the portrait one) pixels.
    EXPECT_EQ(sheet.width, kGap + 3 * (kThumb + kGap));
    EXPECT_EQ(sheet.height, kGap + 25 + kGap + 100 + kGap);
    const int row_y[2] = {kGap, kGap + 25 + kGap};
    for (int i = 0; i < 5; ++i) {
        SCOPED_TRACE(i);
        const int x = kGap + (i % 3) * (kThumb + kGap);
        const int y = row_y[i / 3];
        const int h = i == 4 ? 100 : 25;
        expect_near(sheet.at(x, y), colours[size_t(i)]);
        expect_near(sheet.at(x + kThumb - 1, y + h - 1), colours[size_t(i)]);
        EXPECT_EQ(sheet.at(x + kThumb, y), kContactSheetBackground);
        EXPECT_EQ(sheet.at(x, y + h), kContactSheetBackground);
    }
    EXPECT_EQ(sheet.at(0, 0), kContactSheetBackground);
    // The sixth cell is empty.
    EXPECT_EQ(sheet.at(kGap + 2 * (kThumb + kGap) + 10, row_y[1] + 10), kContactSheetBackground);
}

TEST(ContactSheet, FewerShotsThanColumnsMakeANarrowerSheet) {
    std::vector<std::pair<std::string, Image>> shots;
    shots.emplace_back("one", Image(1920, 1080, {10, 10, 10, 255}));
    shots.emplace_back("two", Image(1080, 1920, {20, 20, 20, 255}));
    const Image sheet = contact_sheet(shots, 6, 240);
    EXPECT_EQ(sheet.width, kContactSheetGap + 2 * (240 + kContactSheetGap));
    EXPECT_EQ(sheet.height, kContactSheetGap + 426 + kContactSheetGap);

    EXPECT_TRUE(contact_sheet({}, 4, 240).empty());
}

} // namespace
} // namespace vitrine::kiosk
