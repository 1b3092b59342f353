#include "platform/window.h"

#include "platform/imgui_sdl_renderer.h"

#include <climits>
#include <cmath>
#include <string>
#include <string_view>

namespace vitrine::kiosk {

namespace {

// One line, since it is what someone starting the kiosk on a machine with no session sees.
std::string no_display_message(std::string_view why) {
    std::string message = "no display available (" + std::string(why) + ")";
    for (char& c : message)
        if (c == '\n' || c == '\r')
            c = ' ';
    return message +
           ": run it under a virtual display with `xvfb-run -s \"-screen 0 1920x1080x24\" "
           "vitrine --windowed`, or render without a display with `vitrine --headless`";
}

// When no real driver starts, SDL falls back on its own to drivers that draw nowhere: the kiosk
// would then run for ever on a screen nobody sees. They stay usable when asked for by name
// (SDL_VIDEODRIVER=dummy in tests).
bool draws_nowhere(std::string_view driver) {
    return driver == "offscreen" || driver == "dummy";
}

} // namespace

KioskWindow::SdlVideo::SdlVideo() {
    // Our input layer reads fingers and the mouse separately; SDL's synthesised duplicates would
    // turn every tap into two.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    // A kiosk that dims, or minimises when a notification steals focus, shows visitors a desktop.
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        const std::string message = no_display_message(SDL_GetError());
        SDL_Quit();
        throw DisplayUnavailable(message);
    }
    const char* driver = SDL_GetCurrentVideoDriver();
    const char* requested = SDL_GetHint(SDL_HINT_VIDEODRIVER); // also reads the environment
    if (driver && draws_nowhere(driver) && !(requested && *requested)) {
        const std::string message = no_display_message(
            std::string("no X, Wayland or KMS display; SDL fell back to ") + driver);
        SDL_Quit();
        throw DisplayUnavailable(message);
    }
    SDL_DisableScreenSaver();
}

KioskWindow::SdlVideo::~SdlVideo() {
    SDL_Quit();
}

KioskWindow::KioskWindow(const WindowOptions& options) {
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= options.windowed ? SDL_WINDOW_SHOWN : SDL_WINDOW_FULLSCREEN_DESKTOP;
    int width = options.width, height = options.height;
    SDL_DisplayMode desktop{};
    // Full screen at the screen's own size from the start: a compositor such as cage may show
    // the first frame before it tells the window its size.
    if (!options.windowed && SDL_GetDesktopDisplayMode(0, &desktop) == 0 && desktop.w > 0)
        width = desktop.w, height = desktop.h;
    window_.reset(SDL_CreateWindow("Vitrine", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width,
                                   height, flags));
    if (!window_)
        throw DisplayUnavailable(
            no_display_message(std::string("cannot open a window: ") + SDL_GetError()));

    renderer_.reset(SDL_CreateRenderer(window_.get(), -1,
                                       SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC));
    accelerated_ = renderer_ != nullptr;
    if (!renderer_) {
        // No GPU driver (a virtual display, a bare board): SDL's software renderer still draws
        // the catalogue, only with more CPU a frame.
        renderer_.reset(SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_SOFTWARE));
        if (!renderer_)
            throw RenderError(std::string("cannot draw on the window: ") + SDL_GetError());
    }
    if (!options.windowed)
        SDL_ShowCursor(SDL_DISABLE); // fingers need no pointer, and a parked one looks broken
}

KioskWindow::~KioskWindow() = default;

const char* KioskWindow::renderer_name() const {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer_.get(), &info) != 0 || !info.name)
        return "unknown";
    return info.name; // a string literal of SDL's, valid for the process
}

void KioskWindow::wait_events(std::vector<SDL_Event>& events, std::optional<double> timeout_s) {
    events.clear();
    SDL_Event event;
    int got = 0;
    if (!timeout_s) {
        got = SDL_WaitEvent(&event);
    } else {
        // Rounded up, so that a wait of a fraction of a millisecond does not become a busy poll.
        const double ms = std::ceil(*timeout_s * 1000.0);
        if (!(ms > 0.0)) // also NaN
            got = SDL_PollEvent(&event);
        else
            got = SDL_WaitEventTimeout(&event, ms >= double(INT_MAX) ? INT_MAX : int(ms));
    }
    if (got == 1)
        events.push_back(event);
    while (SDL_PollEvent(&event) == 1)
        events.push_back(event);
}

PixelSize KioskWindow::size() const {
    // The window's, not the renderer's output size: on Wayland the renderer learns of a resize
    // only at its next present, so a kiosk made full screen would lay out its first frames for
    // the size it asked for rather than the screen's.
    PixelSize size;
    SDL_GetWindowSizeInPixels(window_.get(), &size.width, &size.height);
    return size;
}

void KioskWindow::present() {
    SDL_RenderPresent(renderer_.get());
}

} // namespace vitrine::kiosk
