// The scrolling benchmark reads the kiosk's frame log: one line per presented frame and one per
// input event, in the order they happened, and nothing at all when it was not asked for.
#include "platform/frame_log.h"
#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace vitrine::kiosk {
namespace {

std::vector<std::string> lines_of(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

TEST(FrameLogTest, WritesOneLinePerFrameAndPerInputInOrder) {
    test::TempDir dir;
    const auto path = dir.path() / "frames.log";
    {
        FrameLog log(path);
        ASSERT_TRUE(log.on());
        log.input(1.0, 1024);
        log.frame(1.004);
        log.input(1.008, 1024);
        log.input(1.0125, 1025);
        log.frame(1.020);
        // Readable before the kiosk stops: the benchmark ends it with a signal.
        EXPECT_EQ(lines_of(path).size(), 5u);
    }
    EXPECT_EQ(lines_of(path), (std::vector<std::string>{"input 1.000000 1024", "frame 1.004000",
                                                        "input 1.008000 1024",
                                                        "input 1.012500 1025", "frame 1.020000"}));
}

TEST(FrameLogTest, OffUnlessAsked) {
    ::unsetenv("VITRINE_FRAME_LOG");
    FrameLog log = FrameLog::from_environment();
    EXPECT_FALSE(log.on());
    log.frame(1.0); // costs nothing and writes nowhere
}

TEST(FrameLogTest, FollowsTheEnvironment) {
    test::TempDir dir;
    const auto path = dir.path() / "env.log";
    ::setenv("VITRINE_FRAME_LOG", path.c_str(), 1);
    FrameLog log = FrameLog::from_environment();
    ::unsetenv("VITRINE_FRAME_LOG");
    ASSERT_TRUE(log.on());
    log.frame(2.5);
    EXPECT_EQ(lines_of(path), std::vector<std::string>{"frame 2.500000"});
}

TEST(FrameLogTest, AnUnwritablePathLeavesItOffRatherThanStopping) {
    test::TempDir dir;
    FrameLog log(dir.path() / "no-such-dir" / "frames.log");
    EXPECT_FALSE(log.on());
    log.frame(1.0);
}

} // namespace
} // namespace vitrine::kiosk
