// The photo cache never ends the kiosk and never leaves a photo waiting for ever: whatever goes
// wrong, that photo is a placeholder, the reason is logged, and the visitor sees the catalogue.
#include "platform/headless_target.h"
#include "test_support.h"
#include "ui/photo_cache.h"

#include <gtest/gtest.h>
#include <new>

namespace vitrine::kiosk {
namespace {

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
