#include "ui/shadow.h"

#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace vitrine::kiosk {

namespace {

constexpr int kLayers = 3;
constexpr float kSampleAt = 0.5f; // pixel centres, as OpenGL samples them
constexpr float kLayerAlpha = 10.0f / 255.0f;
constexpr ImU32 kShadowColour = palette::rgb(0x5A3A1A, 255);

struct Layer {
    float x0, y0, x1, y1, rounding;
};

// Layer i (1 = the closest) of a card at [min, max]: wider by 0.3 of its spread on each side,
// lower by 0.6 at the top and by the whole spread at the bottom, its corners rounder.
Layer layer(int i, ImVec2 min, ImVec2 max, float rounding, float step) {
    const float d = step * static_cast<float>(i);
    return {min.x - d * 0.3f, min.y + d * 0.6f, max.x + d * 0.3f, max.y + d, rounding + d};
}

// How much of the pixel centred at (px, py) a rounded rectangle covers, with the one-pixel
// soft edge of ImGui's anti-aliased fills.
float coverage(const Layer& l, float px, float py) {
    const float hx = (l.x1 - l.x0) * 0.5f, hy = (l.y1 - l.y0) * 0.5f;
    const float r = std::min({l.rounding, hx, hy});
    const float qx = std::abs(px - (l.x0 + hx)) - (hx - r);
    const float qy = std::abs(py - (l.y0 + hy)) - (hy - r);
    const float outside = std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f));
    const float distance = outside + std::min(std::max(qx, qy), 0.0f) - r;
    return std::clamp(0.5f - distance, 0.0f, 1.0f);
}

} // namespace

void ShadowSprite::draw_stacked(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding,
                                float step) {
    for (int i = kLayers; i >= 1; --i) {
        const Layer l = layer(i, min, max, rounding, step);
        dl->AddRectFilled(ImVec2(l.x0, l.y0), ImVec2(l.x1, l.y1), palette::rgb(0x5A3A1A, 10),
                          l.rounding);
    }
}

void ShadowSprite::reserve(ImFontAtlas& atlas, float rounding, float step) {
    rounding_ = rounding;
    step_ = step;
    // Large enough that the middle row and column lie where every layer's edge is straight.
    card_ = 2 * static_cast<int>(std::ceil(rounding + 6 * step)) + 9;
    margin_ = static_cast<int>(std::ceil(kLayers * step)) + 2;
    const int side = card_ + 2 * margin_;
    rect_ = atlas.AddCustomRectRegular(side, side);
    painted_ = false;
}

void ShadowSprite::paint(ImFontAtlas& atlas) {
    const ImFontAtlasCustomRect* rect = rect_ >= 0 ? atlas.GetCustomRectByIndex(rect_) : nullptr;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!rect || !rect->IsPacked() || !pixels)
        return;
    const ImVec2 min(static_cast<float>(margin_), static_cast<float>(margin_));
    const ImVec2 max(min.x + static_cast<float>(card_), min.y + static_cast<float>(card_));
    for (int y = 0; y < rect->Height; ++y)
        for (int x = 0; x < rect->Width; ++x) {
            // The layers blended one over the other, as the stack draws them.
            float clear = 1.0f;
            for (int i = 1; i <= kLayers; ++i)
                clear *= 1.0f - kLayerAlpha * coverage(layer(i, min, max, rounding_, step_),
                                                       static_cast<float>(x) + kSampleAt,
                                                       static_cast<float>(y) + kSampleAt);
            pixels[size_t(rect->Y + y) * size_t(width) + size_t(rect->X + x)] =
                static_cast<unsigned char>(std::lround((1.0f - clear) * 255.0f));
        }
    atlas.CalcCustomRectUV(rect, &uv0_, &uv1_);
    painted_ = true;
}

void ShadowSprite::draw(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, float step) const {
    const float side = static_cast<float>(card_);
    if (!painted_ || rounding != rounding_ || step != step_ || max.x - min.x < side ||
        max.y - min.y < side) {
        draw_stacked(dl, min, max, rounding, step);
        return;
    }
    // Three columns and rows of the picture: the first and last `half` texels at their size,
    // and the middle texel stretched between them.
    const float m = static_cast<float>(margin_);
    const float half = static_cast<float>((card_ + 2 * margin_ - 1) / 2);
    const float texel_u = (uv1_.x - uv0_.x) / (side + 2 * m);
    const float texel_v = (uv1_.y - uv0_.y) / (side + 2 * m);
    const float xs[4] = {min.x - m, min.x - m + half, max.x + m - half, max.x + m};
    const float ys[4] = {min.y - m, min.y - m + half, max.y + m - half, max.y + m};
    // The middle column and row are one texel each, stretched: a quad that samples a span of
    // the texture rather than a line, so that SDL's software renderer blits it.
    const float u_in[4] = {uv0_.x, uv0_.x + texel_u * half, uv0_.x + texel_u * (half + 1), uv1_.x};
    const float v_in[4] = {uv0_.y, uv0_.y + texel_v * half, uv0_.y + texel_v * (half + 1), uv1_.y};
    // The atlas is the draw list's texture already, unless a photo left another: then this
    // starts a command of its own.
    dl->PushTextureID(ImGui::GetIO().Fonts->TexID);
    dl->PrimReserve(8 * 6, 8 * 4);
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col) {
            if (row == 1 && col == 1)
                continue; // under the card
            dl->PrimRectUV(ImVec2(xs[col], ys[row]), ImVec2(xs[col + 1], ys[row + 1]),
                           ImVec2(u_in[col], v_in[row]), ImVec2(u_in[col + 1], v_in[row + 1]),
                           kShadowColour);
        }
    dl->PopTextureID();
}

} // namespace vitrine::kiosk
