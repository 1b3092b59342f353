// Dear ImGui (1.86) renderer backend for SDL_Renderer, through SDL_RenderGeometryRaw (SDL 2.0.18+;
// we build on 2.26). Debian's libimgui.a ships no SDL_Renderer backend, so this one is ours, in
// the shape of ImGui's own backends.
//
// Implemented:
//  [X] ImTextureID is an SDL_Texture* (make_texture() makes one from RGBA pixels).
//  [X] Large meshes (64k+ vertices) with 16-bit indices: ImDrawCmd::VtxOffset and IdxOffset
//      (sets ImGuiBackendFlags_RendererHasVtxOffset).
//  [X] Clip rects, scaled by ImDrawData::FramebufferScale.
//  [X] ImDrawData::FramebufferScale and DisplayPos for vertices as well: scaled into a scratch
//      buffer, only when they are not 1 and (0, 0) (the usual case costs no copy). When the
//      caller set SDL_RenderSetScale itself, SDL scales everything and we leave it alone.
//  [X] User callbacks, and ImDrawCallback_ResetRenderState.
//  [X] Alpha blending (SDL_BLENDMODE_BLEND, straight alpha, as ImGui emits).
//  [X] The font atlas as an RGBA32 static texture with linear scaling, made from ImGui's Alpha8
//      pixels, re-uploadable after the atlas is rebuilt (a new scale, new glyphs).
//  [X] The SDL_Renderer's viewport, clip rect and draw blend mode are restored after a frame.
// Missing:
//  [ ] Multi-viewports (the kiosk has one window).
//  [ ] Per-draw texture filtering: a texture's scale mode is chosen when it is made.
//  [ ] Textures other than SDL_Texture* (no ImTextureID indirection).
//
// Threads: everything here runs on the thread that owns the SDL_Renderer.
#pragma once

#include <SDL.h>
#include <imgui.h>
#include <memory>
#include <span>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace vitrine::kiosk {

// SDL could not make a renderer, a surface or a texture. The message carries SDL_GetError().
class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TextureDeleter {
    void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
};
// Owns a texture; destroy it before the SDL_Renderer that made it.
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;

inline ImTextureID texture_id(SDL_Texture* texture) {
    return static_cast<ImTextureID>(texture);
}

// A static RGBA32 texture (bytes R, G, B, A; straight alpha) with alpha blending. `pitch` is the
// bytes from one row to the next (0: width * 4); `rgba` must hold height rows. Linear scaling
// suits photos; nearest keeps pixel art and test patterns exact. Throws RenderError.
TexturePtr make_texture(SDL_Renderer* renderer, int width, int height,
                        std::span<const uint8_t> rgba, int pitch = 0,
                        SDL_ScaleMode scale_mode = SDL_ScaleModeLinear);

class ImGuiSdlRenderer {
public:
    // Registers as the renderer backend of the ImGui context that owns `io` (backend name and
    // flags). Does not own `renderer`: destroy this before the SDL_Renderer and before the
    // ImGui context.
    ImGuiSdlRenderer(SDL_Renderer* renderer, ImGuiIO& io);
    ~ImGuiSdlRenderer();
    ImGuiSdlRenderer(const ImGuiSdlRenderer&) = delete;
    ImGuiSdlRenderer& operator=(const ImGuiSdlRenderer&) = delete;

    // Builds the atlas if needed, uploads it, and sets it as the atlas's texture id (the previous
    // font texture is destroyed). Call again after changing fonts or the scale and rebuilding.
    // The atlas's CPU copy of the pixels is then freed: the texture holds them, and the kiosk
    // would otherwise keep the atlas twice. Never makes an RGBA copy of the whole atlas.
    // Throws RenderError.
    void upload_fonts(ImFontAtlas& atlas);

    // Draws a frame's draw data onto the renderer's current target. Does not clear or present.
    // False when SDL refused a draw call (SDL_GetError() says why); the rest is still drawn.
    bool render(const ImDrawData* draw_data);

    SDL_Renderer* sdl_renderer() const { return renderer_; }
    SDL_Texture* font_texture() const { return font_texture_.get(); }

private:
    struct Positions;
    void setup_render_state();
    // Draws one command whose triangles reach far off the screen; see the .cpp.
    bool draw_cut(const ImDrawCmd& cmd, const ImDrawIdx* indices, const Positions& positions,
                  ImVec2 screen, ImVec4 clip);

    SDL_Renderer* renderer_;
    ImGuiIO* io_;
    TexturePtr font_texture_;
    std::vector<float> scaled_xy_;    // scratch for scaled vertex positions, kept between frames
    std::vector<ImDrawVert> clipped_; // scratch for triangles cut to their clip rectangle
    std::vector<int> clipped_indices_;
    std::unordered_map<int, int> remap_; // a list's vertex index -> its index in clipped_
};

} // namespace vitrine::kiosk
