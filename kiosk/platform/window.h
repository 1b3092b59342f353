// The kiosk's window on a real display: SDL video and events, one window, one renderer.
// It owns SDL's initialisation while it lives (SDL_Quit when it goes): make one, on the main
// thread, and destroy every texture before it.
#pragma once

#include <SDL.h>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace vitrine::kiosk {

// There is no display to open a window on (no X or Wayland session, or SDL cannot reach it).
// The message is one line for the person starting the kiosk: what is wrong and what to run.
class DisplayUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct WindowOptions {
    // Fullscreen on the desktop's current mode, cursor hidden, unless windowed (for
    // development and the end-to-end test).
    bool windowed = false;
    // The window's size when windowed, in screen coordinates; fullscreen takes the screen as it
    // is and ignores it.
    int width = 1920;
    int height = 1080;
};

struct PixelSize {
    int width = 0;
    int height = 0;
};

class KioskWindow {
public:
    // Throws DisplayUnavailable when there is no display (also when SDL would fall back to its
    // offscreen or dummy driver, unless SDL_VIDEODRIVER names it), RenderError
    // (imgui_sdl_renderer.h) when not even the software renderer can draw on the window.
    explicit KioskWindow(const WindowOptions& options);
    ~KioskWindow();
    KioskWindow(const KioskWindow&) = delete;
    KioskWindow& operator=(const KioskWindow&) = delete;

    SDL_Window* window() const { return window_.get(); }
    SDL_Renderer* renderer() const { return renderer_.get(); }
    // False when the accelerated renderer failed and SDL's software renderer draws instead.
    bool accelerated() const { return accelerated_; }
    // SDL's name for the renderer in use ("opengl", "software", ...), for the log.
    const char* renderer_name() const;

    // Replaces `events` with the pending events, first blocking until one arrives or the timeout
    // passes (nullopt: waits for ever, so an untouched kiosk uses no CPU; 0: does not block).
    // Another thread wakes it with SDL_PushEvent (a photo has arrived, say).
    void wait_events(std::vector<SDL_Event>& events, std::optional<double> timeout_s);

    // The drawable size in pixels, which is the window's size times the display's scale.
    PixelSize size() const;
    void present();

private:
    // SDL_Init in its constructor (throwing DisplayUnavailable), SDL_Quit in its destructor.
    struct SdlVideo {
        SdlVideo();
        ~SdlVideo();
        SdlVideo(const SdlVideo&) = delete;
        SdlVideo& operator=(const SdlVideo&) = delete;
    };
    struct WindowDeleter {
        void operator()(SDL_Window* window) const { SDL_DestroyWindow(window); }
    };
    struct RendererDeleter {
        void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
    };

    // Declared in the order they are made: destroyed renderer first, SDL_Quit last, also when
    // the constructor throws half-way.
    SdlVideo sdl_;
    std::unique_ptr<SDL_Window, WindowDeleter> window_;
    std::unique_ptr<SDL_Renderer, RendererDeleter> renderer_;
    bool accelerated_ = false;
};

} // namespace vitrine::kiosk
