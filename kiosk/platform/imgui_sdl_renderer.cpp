#include "platform/imgui_sdl_renderer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <string>

#if !SDL_VERSION_ATLEAST(2, 0, 18)
#error "SDL_RenderGeometryRaw with SDL_Color vertex colours needs SDL 2.0.18 or later"
#endif

namespace vitrine::kiosk {

// ImGui packs a vertex colour as IM_COL32: R in the low byte. Read as bytes on a little-endian
// machine that is R, G, B, A, which is SDL_Color, so colours are handed to SDL in place.
static_assert(std::endian::native == std::endian::little,
              "ImDrawVert::col is read as SDL_Color in place, which holds on little-endian only");
static_assert(sizeof(ImDrawVert::col) == sizeof(SDL_Color));

TexturePtr make_texture(SDL_Renderer* renderer, int width, int height,
                        std::span<const uint8_t> rgba, int pitch, SDL_ScaleMode scale_mode) {
    if (width <= 0 || height <= 0)
        throw RenderError("cannot make a " + std::to_string(width) + "x" + std::to_string(height) +
                          " texture");
    if (pitch == 0)
        pitch = width * 4;
    if (pitch < width * 4 || rgba.size() < size_t(height - 1) * size_t(pitch) + size_t(width) * 4)
        throw RenderError("texture pixels shorter than " + std::to_string(width) + "x" +
                          std::to_string(height) + " RGBA");
    TexturePtr texture(SDL_CreateTexture(renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC,
                                         width, height));
    if (!texture)
        throw RenderError(std::string("cannot make a texture: ") + SDL_GetError());
    if (SDL_UpdateTexture(texture.get(), nullptr, rgba.data(), pitch) != 0)
        throw RenderError(std::string("cannot fill a texture: ") + SDL_GetError());
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(texture.get(), scale_mode);
    return texture;
}

ImGuiSdlRenderer::ImGuiSdlRenderer(SDL_Renderer* renderer, ImGuiIO& io)
    : renderer_(renderer), io_(&io) {
    IM_ASSERT(renderer && "ImGuiSdlRenderer needs an SDL_Renderer: create it first");
    IM_ASSERT(io.BackendRendererUserData == nullptr &&
              "This ImGui context already has a renderer backend: destroy that one first");
    io.BackendRendererUserData = this;
    io.BackendRendererName = "vitrine_sdl_renderer";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

ImGuiSdlRenderer::~ImGuiSdlRenderer() {
    // Leave no dangling texture id behind for a frame drawn after us.
    if (font_texture_ && io_->Fonts->TexID == texture_id(font_texture_.get()))
        io_->Fonts->SetTexID(nullptr);
    if (io_->BackendRendererUserData == this) {
        io_->BackendRendererUserData = nullptr;
        io_->BackendRendererName = nullptr;
        io_->BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
    }
}

void ImGuiSdlRenderer::upload_fonts(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    if (!pixels)
        throw RenderError("the font atlas could not be built (a font file missing or unreadable?)");
    TexturePtr texture =
        make_texture(renderer_, width, height, {pixels, size_t(width) * size_t(height) * 4}, 0,
                     SDL_ScaleModeLinear);
    atlas.SetTexID(texture_id(texture.get()));
    font_texture_ = std::move(texture);
    atlas.ClearTexData();
}

void ImGuiSdlRenderer::setup_render_state() {
    // A callback or the caller may have left any of these; ImGui's output assumes none.
    SDL_RenderSetViewport(renderer_, nullptr);
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

bool ImGuiSdlRenderer::render(const ImDrawData* draw_data) {
    if (!draw_data || !draw_data->Valid || draw_data->CmdListsCount == 0)
        return true;

    // With SDL_RenderSetScale set by the caller, SDL scales positions and clip rects itself;
    // scaling them here as well would apply it twice.
    float sdl_scale_x = 1.0f, sdl_scale_y = 1.0f;
    SDL_RenderGetScale(renderer_, &sdl_scale_x, &sdl_scale_y);
    const bool sdl_scales = sdl_scale_x != 1.0f || sdl_scale_y != 1.0f;
    const ImVec2 scale = sdl_scales ? ImVec2(1.0f, 1.0f) : draw_data->FramebufferScale;
    const ImVec2 origin = draw_data->DisplayPos; // (0, 0) unless multi-viewport
    const float fb_width = draw_data->DisplaySize.x * scale.x;
    const float fb_height = draw_data->DisplaySize.y * scale.y;
    if (fb_width <= 0.0f || fb_height <= 0.0f)
        return true;
    const bool transform =
        scale.x != 1.0f || scale.y != 1.0f || origin.x != 0.0f || origin.y != 0.0f;

    SDL_Rect old_viewport{}, old_clip{};
    SDL_RenderGetViewport(renderer_, &old_viewport);
    const bool old_clip_enabled = SDL_RenderIsClipEnabled(renderer_) == SDL_TRUE;
    SDL_RenderGetClipRect(renderer_, &old_clip);
    SDL_BlendMode old_blend = SDL_BLENDMODE_NONE;
    SDL_GetRenderDrawBlendMode(renderer_, &old_blend);

    bool ok = true;
    setup_render_state();
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        const ImDrawVert* vertices = list->VtxBuffer.Data;
        const ImDrawIdx* indices = list->IdxBuffer.Data;

        int xy_stride = int(sizeof(ImDrawVert));
        if (transform) {
            scaled_xy_.resize(size_t(list->VtxBuffer.Size) * 2);
            for (int i = 0; i < list->VtxBuffer.Size; ++i) {
                scaled_xy_[size_t(i) * 2] = (vertices[i].pos.x - origin.x) * scale.x;
                scaled_xy_[size_t(i) * 2 + 1] = (vertices[i].pos.y - origin.y) * scale.y;
            }
            xy_stride = int(2 * sizeof(float));
        }

        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState)
                    setup_render_state();
                else
                    cmd.UserCallback(list, &cmd);
                continue;
            }
            if (cmd.ElemCount == 0)
                continue;

            // Both edges rounded the same way, so that neighbouring clip rects neither overlap
            // nor leave a gap at fractional scales.
            const float x0 = std::max(0.0f, std::round((cmd.ClipRect.x - origin.x) * scale.x));
            const float y0 = std::max(0.0f, std::round((cmd.ClipRect.y - origin.y) * scale.y));
            const float x1 = std::min(fb_width, std::round((cmd.ClipRect.z - origin.x) * scale.x));
            const float y1 = std::min(fb_height, std::round((cmd.ClipRect.w - origin.y) * scale.y));
            if (x1 <= x0 || y1 <= y0)
                continue;
            const SDL_Rect clip{int(x0), int(y0), int(x1 - x0), int(y1 - y0)};
            SDL_RenderSetClipRect(renderer_, &clip);

            const ImDrawVert* first = vertices + cmd.VtxOffset;
            const float* xy =
                transform ? scaled_xy_.data() + size_t(cmd.VtxOffset) * 2 : &first->pos.x;
            const auto* colours = reinterpret_cast<const SDL_Color*>(&first->col);
            if (SDL_RenderGeometryRaw(
                    renderer_, static_cast<SDL_Texture*>(cmd.GetTexID()), xy, xy_stride, colours,
                    int(sizeof(ImDrawVert)), &first->uv.x, int(sizeof(ImDrawVert)),
                    list->VtxBuffer.Size - int(cmd.VtxOffset), indices + cmd.IdxOffset,
                    int(cmd.ElemCount), int(sizeof(ImDrawIdx))) != 0)
                ok = false;
        }
    }

    SDL_RenderSetViewport(renderer_, &old_viewport);
    SDL_RenderSetClipRect(renderer_, old_clip_enabled ? &old_clip : nullptr);
    SDL_SetRenderDrawBlendMode(renderer_, old_blend);
    return ok;
}

} // namespace vitrine::kiosk
