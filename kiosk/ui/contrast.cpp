#include "ui/contrast.h"

#include <algorithm>
#include <cmath>

namespace vitrine::kiosk {
namespace {

double channel(unsigned value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

bool inside(ImVec2 p, ImVec2 a, ImVec2 b, ImVec2 c) {
    auto side = [](ImVec2 p, ImVec2 q, ImVec2 r) {
        return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    };
    float d1 = side(a, b, p), d2 = side(b, c, p), d3 = side(c, a, p);
    bool negative = d1 < 0 || d2 < 0 || d3 < 0;
    bool positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
}

// `top` with its alpha over the opaque `below`.
ImU32 over(ImU32 top, ImU32 below) {
    unsigned a = (top >> IM_COL32_A_SHIFT) & 0xFF;
    auto mix = [&](int shift) {
        unsigned t = (top >> shift) & 0xFF, b = (below >> shift) & 0xFF;
        return ((t * a + b * (255 - a) + 127) / 255) << shift;
    };
    return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

} // namespace

double relative_luminance(ImU32 color) {
    return 0.2126 * channel((color >> IM_COL32_R_SHIFT) & 0xFF) +
           0.7152 * channel((color >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((color >> IM_COL32_B_SHIFT) & 0xFF);
}

double contrast_ratio(ImU32 a, ImU32 b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double required_contrast(float px_at_1080p, bool bold) {
    // WCAG's 18 pt and 14 pt bold, at 96 px to the inch; a little slack for float sizes.
    bool large = px_at_1080p >= 23.9f || (bold && px_at_1080p >= 18.6f);
    return large ? 3.0 : 4.5;
}

std::optional<ImU32> background_under(const ImDrawList& dl, ImVec2 point, ImTextureID font_texture,
                                      ImVec2 white_uv, ImU32 clear) {
    // Split into channels (fills drawn behind texts after them), the buffers do not yet say
    // what ends up under the text.
    if (dl._Splitter._Count > 1)
        return std::nullopt;
    // Off any diagonal: a point on the edge two triangles of one rectangle share would count a
    // translucent rectangle twice.
    point = ImVec2(point.x + 0.0137f, point.y + 0.0291f);
    // Translucent layers met on the way down, topmost first, blended once the floor is found.
    ImU32 layers[16];
    int count = 0;
    ImU32 floor = clear | IM_COL32_A_MASK;
    for (int ci = dl.CmdBuffer.Size - 1; ci >= 0 && count < 16; --ci) {
        const ImDrawCmd& cmd = dl.CmdBuffer[ci];
        if (cmd.UserCallback || cmd.ElemCount == 0)
            continue;
        const ImVec4& clip = cmd.ClipRect;
        if (point.x < clip.x || point.y < clip.y || point.x >= clip.z || point.y >= clip.w)
            continue;
        bool found_floor = false;
        for (int e = static_cast<int>(cmd.ElemCount) - 3; e >= 0; e -= 3) {
            const ImDrawIdx* idx = dl.IdxBuffer.Data + cmd.IdxOffset + e;
            const ImDrawVert& a = dl.VtxBuffer[cmd.VtxOffset + idx[0]];
            const ImDrawVert& b = dl.VtxBuffer[cmd.VtxOffset + idx[1]];
            const ImDrawVert& c = dl.VtxBuffer[cmd.VtxOffset + idx[2]];
            if (!inside(point, a.pos, b.pos, c.pos))
                continue;
            bool solid = cmd.TextureId == font_texture && a.uv.x == white_uv.x &&
                         a.uv.y == white_uv.y && b.uv.x == white_uv.x && c.uv.x == white_uv.x;
            if (!solid) {
                if (cmd.TextureId != font_texture)
                    return std::nullopt; // a photo
                continue;                // a glyph drawn before: text is not a background
            }
            // An antialiased edge fades to nothing: not what lies under the middle of a text.
            unsigned alpha = std::min({a.col >> IM_COL32_A_SHIFT, b.col >> IM_COL32_A_SHIFT,
                                       c.col >> IM_COL32_A_SHIFT}) &
                             0xFF;
            if (alpha == 0)
                continue;
            if (alpha == 255) {
                floor = a.col;
                found_floor = true;
                break;
            }
            layers[count++] = a.col;
            if (count == 16)
                break;
        }
        if (found_floor)
            break;
    }
    ImU32 colour = floor;
    for (int i = count - 1; i >= 0; --i)
        colour = over(layers[i], colour);
    return colour;
}

} // namespace vitrine::kiosk
