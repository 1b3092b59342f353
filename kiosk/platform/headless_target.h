// A render target with no display and no GPU: SDL's software renderer drawing into a surface in
// memory. It needs no SDL_Init, no X server and no GL, so headless checks and benchmarks run
// anywhere, and the same draw commands give the same bytes on every run.
//
// Threads: one thread at a time; the renderer is SDL's, with SDL's rules.
#pragma once

#include "platform/image.h"

#include <SDL.h>
#include <memory>

namespace vitrine::kiosk {

class HeadlessTarget {
public:
    // Throws RenderError (imgui_sdl_renderer.h) when SDL cannot make the surface or renderer.
    HeadlessTarget(int width, int height);
    ~HeadlessTarget();
    HeadlessTarget(const HeadlessTarget&) = delete;
    HeadlessTarget& operator=(const HeadlessTarget&) = delete;

    // Owned by this target; textures made with it must go before it does.
    SDL_Renderer* renderer() const { return renderer_; }
    int width() const { return surface_->w; }
    int height() const { return surface_->h; }

    // Fills the whole target, ignoring any clip rect: start every frame with it, since the
    // software renderer keeps the previous frame's pixels.
    void clear(Rgba colour);
    // The pixels drawn so far, as RGBA8 (pending draw commands are flushed first).
    Image snapshot() const;

private:
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

} // namespace vitrine::kiosk
