#include "platform/headless_target.h"

#include "platform/imgui_sdl_renderer.h"

#include <string>

namespace vitrine::kiosk {

// SDL's software blitters are tuned for ARGB8888 destinations: a 1080p frame renders about 15%
// faster on it than on RGBA32 (33 vs 39 ms measured), and frames outnumber snapshots, which pay
// the byte swap instead (1.6 ms).
constexpr Uint32 kSurfaceFormat = SDL_PIXELFORMAT_ARGB8888;

HeadlessTarget::HeadlessTarget(int width, int height) {
    if (width <= 0 || height <= 0)
        throw RenderError("cannot render headless at " + std::to_string(width) + "x" +
                          std::to_string(height));
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, kSurfaceFormat);
    if (!surface_)
        throw RenderError(std::string("cannot make a surface to render on: ") + SDL_GetError());
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    if (!renderer_) {
        const std::string error = SDL_GetError();
        SDL_FreeSurface(surface_);
        throw RenderError("cannot make a software renderer: " + error);
    }
}

HeadlessTarget::~HeadlessTarget() {
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
}

void HeadlessTarget::clear(Rgba colour) {
    SDL_SetRenderDrawColor(renderer_, colour.r, colour.g, colour.b, colour.a);
    SDL_RenderClear(renderer_);
}

Image HeadlessTarget::snapshot() const {
    // SDL queues draw commands; only a flush makes them reach the surface.
    SDL_RenderFlush(renderer_);
    Image image;
    image.width = surface_->w;
    image.height = surface_->h;
    image.rgba.resize(image.pixel_count() * 4);
    SDL_LockSurface(surface_);
    SDL_ConvertPixels(image.width, image.height, kSurfaceFormat, surface_->pixels, surface_->pitch,
                      SDL_PIXELFORMAT_RGBA32, image.rgba.data(), image.width * 4);
    SDL_UnlockSurface(surface_);
    return image;
}

} // namespace vitrine::kiosk
