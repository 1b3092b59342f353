// Photos arrive without the frame ever waiting: a placeholder first, then the picture once
// decoded; a damaged file stays a placeholder without being read again every frame; the least
// recently shown photos go first when the budget is full, never one the last frame drew.
// And the cache never ends the kiosk nor leaves a photo waiting for ever: whatever goes
// wrong, that photo is a placeholder, the reason is logged, and the visitor sees the catalogue.
#include "platform/headless_target.h"
#include "platform/image.h"
#include "test_support.h"
#include "ui/photo_cache.h"

#include <gtest/gtest.h>
#include <new>

namespace vitrine::kiosk {
namespace {

constexpr size_t kPhotoBytes = 64 * 64 * 4;

class Photos : public ::testing::Test {
protected:
    std::filesystem::path photo(const std::string& name) {
        std::filesystem::path file = dir_ / (name + ".png");
        write_png(Image(64, 64, Rgba{200, 100, 50, 255}), file);
        return file;
    }
    // What a frame does: pump arrivals, then draw (get) what the screen shows.
    bool next_frame() { return cache_.pump(target_.renderer()); }

    vitrine::test::TempDir dir_;
    HeadlessTarget target_{64, 64}; // outlives the cache, which holds its textures
    PhotoCache cache_{kPhotoBytes * 3 / 2};
};

TEST_F(Photos, APhotoShowsOnceDecodedWithoutTheFrameWaiting) {
    auto file = photo("tapis");
    EXPECT_EQ(cache_.get(file), nullptr); // a placeholder this frame
    cache_.wait_decoded();
    EXPECT_TRUE(next_frame()); // it arrived: the screen needs a new frame
    SDL_Texture* texture = cache_.get(file);
    ASSERT_NE(texture, nullptr);
    int w = 0, h = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, &w, &h);
    EXPECT_EQ(w, 64);
    EXPECT_EQ(h, 64);
    EXPECT_FALSE(cache_.loading());
    EXPECT_EQ(cache_.bytes(), kPhotoBytes);
}

TEST_F(Photos, ADamagedFileStaysAPlaceholderAndIsNotReadAgain) {
    auto file = dir_ / "broken.jpg";
    vitrine::test::write_file(file, "not a photo");
    EXPECT_EQ(cache_.get(file), nullptr);
    cache_.wait_decoded();
    next_frame();
    EXPECT_EQ(cache_.get(file), nullptr);
    EXPECT_FALSE(cache_.loading()); // not queued again
    EXPECT_EQ(cache_.get(dir_ / "missing.jpg"), nullptr);
    cache_.wait_decoded();
    next_frame();
    EXPECT_EQ(cache_.uploads(), 0u);
}

TEST_F(Photos, APrefetchedPhotoIsThereWhenDrawnAndAsksForNoFrame) {
    auto file = photo("next-slide");
    cache_.prefetch(file);
    cache_.wait_decoded();
    EXPECT_FALSE(next_frame()); // nothing on screen was waiting for it
    EXPECT_NE(cache_.get(file), nullptr);
}

TEST_F(Photos, TheLeastRecentlyShownGoesFirstWhenTheBudgetIsFull) {
    auto old_one = photo("old"), new_one = photo("new");
    cache_.get(old_one);
    cache_.wait_decoded();
    next_frame();
    ASSERT_NE(cache_.get(old_one), nullptr);
    next_frame(); // a screen without it
    cache_.get(new_one);
    cache_.wait_decoded();
    next_frame(); // two photos do not fit in one and a half
    EXPECT_LE(cache_.bytes(), kPhotoBytes * 3 / 2);
    EXPECT_NE(cache_.get(new_one), nullptr);
    EXPECT_EQ(cache_.get(old_one), nullptr); // loaded again when shown again
}

TEST_F(Photos, APhotoTheLastFrameDrewIsNeverTakenFromUnderIt) {
    auto a = photo("a"), b = photo("b");
    cache_.get(a);
    cache_.get(b);
    cache_.wait_decoded();
    next_frame();
    // Both on screen in the same frame: over budget, and both stay until the screen changes.
    ASSERT_NE(cache_.get(a), nullptr);
    ASSERT_NE(cache_.get(b), nullptr);
    next_frame();
    EXPECT_NE(cache_.get(a), nullptr);
    EXPECT_NE(cache_.get(b), nullptr);
}

TEST_F(Photos, ClearDropsEveryTexture) {
    auto file = photo("tapis");
    cache_.get(file);
    cache_.wait_decoded();
    next_frame();
    cache_.clear();
    EXPECT_EQ(cache_.bytes(), 0u);
    EXPECT_EQ(cache_.get(file), nullptr);
}

class PhotoCacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        Pixels p;
        p.width = 32;
        p.height = 24;
        p.data.assign(static_cast<size_t>(p.width * p.height * 3), 180);
        test::write_file(file, encode_jpeg(p, 90));
    }
    test::TempDir dir;
    std::filesystem::path file = dir / "display.jpg";
};

TEST_F(PhotoCacheTest, ADecodedPhotoBecomesATexture) {
    HeadlessTarget target(64, 64);
    PhotoCache cache;
    EXPECT_EQ(cache.get(file), nullptr); // a placeholder while it loads
    cache.wait_decoded();
    EXPECT_TRUE(cache.pump(target.renderer()));
    EXPECT_NE(cache.get(file), nullptr);
    EXPECT_FALSE(cache.failed(file));
    cache.clear(); // textures go before their renderer
}

TEST_F(PhotoCacheTest, AnyExceptionOfTheDecoderOnlyMakesAPlaceholder) {
    PhotoCache cache(48u << 20, [](std::string_view) -> Pixels { throw std::bad_alloc(); });
    testing::internal::CaptureStderr();
    EXPECT_EQ(cache.get(file), nullptr);
    cache.wait_decoded();
    std::string log = testing::internal::GetCapturedStderr();
    EXPECT_NE(log.find(file.string()), std::string::npos) << log;
    EXPECT_NE(log.find("bad_alloc"), std::string::npos) << log;
    HeadlessTarget target(64, 64);
    cache.pump(target.renderer());
    EXPECT_TRUE(cache.failed(file));
    EXPECT_EQ(cache.get(file), nullptr);
    EXPECT_FALSE(cache.loading()); // not decoded again every frame
}

TEST_F(PhotoCacheTest, ATextureTheRendererCannotMakeIsMarkedFailedAndLogged) {
    PhotoCache cache;
    EXPECT_EQ(cache.get(file), nullptr);
    cache.wait_decoded();
    testing::internal::CaptureStderr();
    // No renderer: SDL_CreateTexture fails, as it does when video memory runs out.
    EXPECT_TRUE(cache.pump(nullptr));
    std::string log = testing::internal::GetCapturedStderr();
    EXPECT_NE(log.find(file.string()), std::string::npos) << log;
    EXPECT_NE(log.find("no texture"), std::string::npos) << log;
    EXPECT_TRUE(cache.failed(file));
    EXPECT_EQ(cache.get(file), nullptr);
    EXPECT_FALSE(cache.loading()); // tried again later, not at every frame
}

TEST_F(PhotoCacheTest, AMissingRenditionIsAPlaceholderForGood) {
    PhotoCache cache;
    testing::internal::CaptureStderr();
    EXPECT_EQ(cache.get(dir / "gone.jpg"), nullptr);
    cache.wait_decoded();
    std::string log = testing::internal::GetCapturedStderr();
    EXPECT_NE(log.find("gone.jpg"), std::string::npos) << log;
    HeadlessTarget target(64, 64);
    cache.pump(target.renderer());
    EXPECT_TRUE(cache.failed(dir / "gone.jpg"));
}

} // namespace
} // namespace vitrine::kiosk
