// The soft shadow under a card as one pre-rendered picture in the font atlas, drawn as a
// nine-slice: four corners at their size, four edges stretched, and no middle, which the card
// covers. It replaces three stacked translucent rounded rectangles over the card's whole area,
// which cost the software renderer and llvmpipe three layers of blending per card and ImGui
// three rounded paths per card per frame; being in the atlas, it draws in the same batch as the
// text, with no texture switch.
//
// Threads: the thread that builds the fonts and draws the frame.
#pragma once

#include <imgui.h>

namespace vitrine::kiosk {

class ShadowSprite {
public:
    // The stack the sprite is made from, drawn as shapes: what a card too small for the sprite
    // gets, and what the sprite is checked against. `step` is the spread of one layer.
    static void draw_stacked(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, float step);

    // Before the atlas is built: reserves the sprite's pixels for cards with these corners.
    void reserve(ImFontAtlas& atlas, float rounding, float step);
    // After it is built: paints them. Without both, draw() draws the stack.
    void paint(ImFontAtlas& atlas);

    // The shadow of a card at [min, max] whose corners are `rounding`, drawn over what is there
    // and under the card that must follow (the sprite has no middle).
    void draw(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, float step) const;

private:
    int rect_ = -1; // the atlas's custom rectangle, -1 before reserve()
    bool painted_ = false;
    float rounding_ = 0, step_ = 0;
    int card_ = 0;     // the side of the square card the picture is made for, odd
    int margin_ = 0;   // how far the shadow reaches beyond that card, on every side
    ImVec2 uv0_, uv1_; // the picture's corners in the atlas
};

} // namespace vitrine::kiosk
