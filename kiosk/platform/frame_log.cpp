#include "platform/frame_log.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace vitrine::kiosk {

FrameLog::FrameLog(const std::filesystem::path& path) : file_(std::fopen(path.c_str(), "w")) {
    if (!file_)
        std::fprintf(stderr, "VITRINE_FRAME_LOG: cannot write %s (%s); no frame times logged\n",
                     path.c_str(), std::strerror(errno));
}

FrameLog FrameLog::from_environment() {
    const char* path = std::getenv("VITRINE_FRAME_LOG");
    if (!path || !*path)
        return FrameLog();
    return FrameLog(path);
}

void FrameLog::frame(double seconds) {
    if (!file_)
        return;
    std::fprintf(file_.get(), "frame %.6f\n", seconds);
    // Once per frame rather than per line: the benchmark stops the kiosk with a signal.
    std::fflush(file_.get());
}

void FrameLog::input(double seconds, uint32_t event_type) {
    if (file_)
        std::fprintf(file_.get(), "input %.6f %u\n", seconds, event_type);
}

} // namespace vitrine::kiosk
