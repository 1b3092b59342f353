#include "platform/imgui_sdl_renderer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <string>
#include <unordered_map>

#if !SDL_VERSION_ATLEAST(2, 0, 18)
#error "SDL_RenderGeometryRaw with SDL_Color vertex colours needs SDL 2.0.18 or later"
#endif

namespace vitrine::kiosk {

// ImGui packs a vertex colour as IM_COL32: R in the low byte. Read as bytes on a little-endian
// machine that is R, G, B, A, which is SDL_Color, so colours are handed to SDL in place.
static_assert(std::endian::native == std::endian::little,
              "ImDrawVert::col is read as SDL_Color in place, which holds on little-endian only");
static_assert(sizeof(ImDrawVert::col) == sizeof(SDL_Color));

namespace {

// SDL's software rasteriser works in fixed point and overflows on vertices far outside the
// framebuffer (a zoomed map easily puts them there), drawing garbage or crashing. Triangles
// with a vertex beyond this margin are cut to their clip rectangle first; all others, and so
// every approved image, go through untouched.
constexpr float kSafeMargin = 256.0f;

ImDrawVert lerp(const ImDrawVert& a, const ImDrawVert& b, float t) {
    ImDrawVert v;
    v.pos = ImVec2(a.pos.x + (b.pos.x - a.pos.x) * t, a.pos.y + (b.pos.y - a.pos.y) * t);
    v.uv = ImVec2(a.uv.x + (b.uv.x - a.uv.x) * t, a.uv.y + (b.uv.y - a.uv.y) * t);
    ImU32 col = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        float ca = static_cast<float>((a.col >> shift) & 0xFF);
        float cb = static_cast<float>((b.col >> shift) & 0xFF);
        col |= static_cast<ImU32>(std::lround(ca + (cb - ca) * t)) << shift;
    }
    v.col = col;
    return v;
}

// Sutherland–Hodgman against one edge of an axis-aligned rectangle.
template <typename Inside, typename Cross>
void clip_edge(std::vector<ImDrawVert>& poly, std::vector<ImDrawVert>& out, Inside inside,
               Cross cross) {
    out.clear();
    for (size_t i = 0; i < poly.size(); ++i) {
        const ImDrawVert& a = poly[i];
        const ImDrawVert& b = poly[(i + 1) % poly.size()];
        bool in_a = inside(a), in_b = inside(b);
        if (in_a)
            out.push_back(a);
        if (in_a != in_b)
            out.push_back(lerp(a, b, cross(a, b)));
    }
    poly.swap(out);
}

// Appends the part of triangle (a, b, c) inside [x0, x1] x [y0, y1] as a fan of triangles.
void clip_triangle(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, float x0,
                   float y0, float x1, float y1, std::vector<ImDrawVert>& vertices,
                   std::vector<int>& indices) {
    std::vector<ImDrawVert> poly{a, b, c}, scratch;
    auto along_x = [](float x) {
        return [x](const ImDrawVert& p, const ImDrawVert& q) {
            return (x - p.pos.x) / (q.pos.x - p.pos.x);
        };
    };
    auto along_y = [](float y) {
        return [y](const ImDrawVert& p, const ImDrawVert& q) {
            return (y - p.pos.y) / (q.pos.y - p.pos.y);
        };
    };
    clip_edge(
        poly, scratch, [&](const ImDrawVert& v) { return v.pos.x >= x0; }, along_x(x0));
    clip_edge(
        poly, scratch, [&](const ImDrawVert& v) { return v.pos.x <= x1; }, along_x(x1));
    clip_edge(
        poly, scratch, [&](const ImDrawVert& v) { return v.pos.y >= y0; }, along_y(y0));
    clip_edge(
        poly, scratch, [&](const ImDrawVert& v) { return v.pos.y <= y1; }, along_y(y1));
    if (poly.size() < 3)
        return;
    int base = static_cast<int>(vertices.size());
    vertices.insert(vertices.end(), poly.begin(), poly.end());
    for (int i = 1; i + 1 < static_cast<int>(poly.size()); ++i) {
        indices.push_back(base);
        indices.push_back(base + i);
        indices.push_back(base + i + 1);
    }
}

} // namespace

// Where a list's vertices land on the framebuffer: in place, or scaled into a scratch array.
struct ImGuiSdlRenderer::Positions {
    const ImDrawVert* vertices;
    const float* scaled_xy; // null: positions are the vertices' own

    ImVec2 operator()(int i) const {
        return scaled_xy ? ImVec2(scaled_xy[size_t(i) * 2], scaled_xy[size_t(i) * 2 + 1])
                         : vertices[i].pos;
    }
    bool far_off(int i, ImVec2 screen) const {
        const ImVec2 p = (*this)(i);
        return !(p.x >= -kSafeMargin && p.x <= screen.x + kSafeMargin && p.y >= -kSafeMargin &&
                 p.y <= screen.y + kSafeMargin);
    }
};

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
    unsigned char* alpha = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    if (!alpha || width <= 0 || height <= 0)
        throw RenderError("the font atlas could not be built (a font file missing or unreadable?)");
    TexturePtr texture(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32,
                                         SDL_TEXTUREACCESS_STATIC, width, height));
    if (!texture)
        throw RenderError(std::string("cannot make the font texture: ") + SDL_GetError());
    // SDL_Renderer has no alpha-only texture: glyphs are white with their coverage as alpha,
    // as ImGui's GetTexDataAsRGBA32 makes them. Converted a band of rows at a time, since a
    // whole RGBA copy of the atlas would live only to be copied into the texture.
    constexpr int kBandRows = 64;
    std::vector<ImU32> band(size_t(width) * kBandRows);
    for (int y = 0; y < height; y += kBandRows) {
        const int rows = std::min(kBandRows, height - y);
        const unsigned char* src = alpha + size_t(y) * size_t(width);
        for (size_t i = 0, n = size_t(width) * size_t(rows); i < n; ++i)
            band[i] = IM_COL32(255, 255, 255, src[i]);
        const SDL_Rect rect{0, y, width, rows};
        if (SDL_UpdateTexture(texture.get(), &rect, band.data(), width * 4) != 0)
            throw RenderError(std::string("cannot fill the font texture: ") + SDL_GetError());
    }
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(texture.get(), SDL_ScaleModeLinear);
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
        const Positions positions{vertices, transform ? scaled_xy_.data() : nullptr};
        const ImVec2 screen(fb_width, fb_height);

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

            // Decided per command, from the vertices it draws: one shape far off the screen
            // must not change how the rest of the screen is drawn.
            const ImDrawIdx* cmd_indices = indices + cmd.IdxOffset;
            const bool far_out =
                std::any_of(cmd_indices, cmd_indices + cmd.ElemCount, [&](ImDrawIdx i) {
                    return positions.far_off(int(cmd.VtxOffset) + int(i), screen);
                });
            if (far_out) {
                if (!draw_cut(cmd, cmd_indices, positions, screen, ImVec4(x0, y0, x1, y1)))
                    ok = false;
                continue;
            }
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

bool ImGuiSdlRenderer::draw_cut(const ImDrawCmd& cmd, const ImDrawIdx* indices,
                                const Positions& positions, ImVec2 screen, ImVec4 clip) {
    // Only the triangles that reach far out are cut (to the clip rectangle, one pixel wider so
    // that their edges rasterise exactly as before). Every other triangle keeps its indices, so
    // two triangles that shared an edge still do: SDL's software renderer copies such a pair
    // (a glyph, a photo) texel-exactly, where separate triangles lose their last texel row.
    clipped_.clear();
    clipped_indices_.clear();
    remap_.clear();
    for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
        int index[3];
        bool cut = false;
        for (int k = 0; k < 3; ++k) {
            index[k] = int(cmd.VtxOffset) + int(indices[e + unsigned(k)]);
            cut = cut || positions.far_off(index[k], screen);
        }
        if (!cut) {
            for (int i : index) {
                auto [slot, added] = remap_.try_emplace(i, int(clipped_.size()));
                if (added) {
                    clipped_.push_back(positions.vertices[i]);
                    clipped_.back().pos = positions(i);
                }
                clipped_indices_.push_back(slot->second);
            }
            continue;
        }
        ImDrawVert tri[3];
        for (int k = 0; k < 3; ++k) {
            tri[k] = positions.vertices[index[k]];
            tri[k].pos = positions(index[k]);
        }
        clip_triangle(tri[0], tri[1], tri[2], clip.x - 1, clip.y - 1, clip.z + 1, clip.w + 1,
                      clipped_, clipped_indices_);
    }
    if (clipped_indices_.empty())
        return true;
    return SDL_RenderGeometryRaw(
               renderer_, static_cast<SDL_Texture*>(cmd.GetTexID()), &clipped_[0].pos.x,
               int(sizeof(ImDrawVert)), reinterpret_cast<const SDL_Color*>(&clipped_[0].col),
               int(sizeof(ImDrawVert)), &clipped_[0].uv.x, int(sizeof(ImDrawVert)),
               int(clipped_.size()), clipped_indices_.data(), int(clipped_indices_.size()),
               int(sizeof(int))) == 0;
}

} // namespace vitrine::kiosk
