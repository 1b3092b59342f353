// The photo pipeline's workers: a photo's own problem is a message about that photo; anything
// else that goes wrong in a worker (the disk is full, memory runs out, a callback fails) stops
// the others and reaches the caller as a StoreError, never std::terminate.
#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/photo_pipeline.h"

#include <atomic>
#include <filesystem>
#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::test;

namespace {

class PhotoPipeline : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(dir.path(), {.exhibitors = 4, .products_per_exhibitor = 4});
        source = open_pack(dir.path());
        Diagnostics read;
        contents = read_pack(*source, read);
        ASSERT_TRUE(contents) << dump(read);
        options.work = PhotoPipelineOptions::Work::render;
        options.threads = 4;
    }

    // Runs the pipeline with a store that fails with `failure` at its `nth` call, from whichever
    // worker gets there; returns what the caller caught.
    template <typename Failure> std::string fail_at(int nth, Failure failure) {
        std::atomic<int> calls{0};
        options.store = [&](const std::string& hash, const Renditions&) {
            if (++calls == nth)
                failure();
            return Photo{hash, 1, 1, 1, 1, "d", "t"};
        };
        try {
            process_photos(*source, *contents, diags, options);
        } catch (const StoreError& e) {
            return e.what();
        }
        ADD_FAILURE() << "no StoreError reached the caller";
        return {};
    }

    TempDir dir;
    std::unique_ptr<PackSource> source;
    std::optional<PackContents> contents;
    PhotoPipelineOptions options;
    Diagnostics diags;
};

} // namespace

TEST_F(PhotoPipeline, AFullDiskInAWorkerReachesTheCaller) {
    std::string message =
        fail_at(5, [] { throw StoreError("cannot write media/ab/cd.jpg: File too large"); });
    EXPECT_NE(message.find("File too large"), std::string::npos) << message;
    EXPECT_NE(message.find("the installed catalogue is unchanged"), std::string::npos) << message;
    EXPECT_NE(message.find("photos/p-"), std::string::npos) << message; // which photo
}

TEST_F(PhotoPipeline, AFilesystemErrorInAWorkerReachesTheCaller) {
    std::string message = fail_at(3, [] {
        throw std::filesystem::filesystem_error(
            "cannot create directories", std::make_error_code(std::errc::no_space_on_device));
    });
    EXPECT_NE(message.find("cannot create directories"), std::string::npos) << message;
}

TEST_F(PhotoPipeline, RunningOutOfMemoryWhileStoringReachesTheCaller) {
    std::string message = fail_at(2, [] { throw std::bad_alloc(); });
    EXPECT_NE(message.find("not enough memory"), std::string::npos) << message;
}

TEST_F(PhotoPipeline, AFailingProgressCallbackReachesTheCaller) {
    options.store = [](const std::string& hash, const Renditions&) {
        return Photo{hash, 1, 1, 1, 1, "d", "t"};
    };
    options.progress = [](size_t done, size_t) {
        if (done == 3)
            throw std::runtime_error("the banner is gone");
    };
    EXPECT_THROW(process_photos(*source, *contents, diags, options), StoreError);
}

TEST_F(PhotoPipeline, APhotosOwnProblemIsAMessageAboutIt) {
    write_file(dir / "photos/p-2-1.jpg", "not a photo");
    options.store = [](const std::string& hash, const Renditions&) {
        return Photo{hash, 1, 1, 1, 1, "d", "t"};
    };
    process_photos(*source, *contents, diags, options);
    EXPECT_EQ(diags.error_count(), 1u) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "photos/p-2-1.jpg", 0, ""));
}
