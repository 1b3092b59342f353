// Per-frame timestamps for the scrolling benchmark (bench/run-scroll): when VITRINE_FRAME_LOG
// names a file, the window loop writes one line per presented frame and one per input event,
//   frame <seconds>
//   input <seconds> <SDL event type>
// with seconds on the kiosk's steady clock, so that frame intervals and the delay from a touch
// to the frame that shows it can be read from outside. Off (and free) when the variable is unset.
//
// Threads: used from the thread that runs the window loop only.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace vitrine::kiosk {

class FrameLog {
public:
    FrameLog() = default; // off
    // Opens `path` for writing (truncating it); off, with a line on stderr, when it cannot.
    explicit FrameLog(const std::filesystem::path& path);
    // From VITRINE_FRAME_LOG; off when it is unset or empty.
    static FrameLog from_environment();

    bool on() const { return file_ != nullptr; }
    void frame(double seconds);
    void input(double seconds, uint32_t event_type);

private:
    struct Closer {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    // Buffered by stdio and flushed once a frame: the benchmark stops the kiosk with a signal.
    std::unique_ptr<std::FILE, Closer> file_;
};

} // namespace vitrine::kiosk
