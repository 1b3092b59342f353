#include "ui/pin_pad.h"

#include "ui/theme.h"

namespace vitrine::kiosk {
namespace {

constexpr float kKeyW = 136, kKeyH = 96, kGap = 18, kDots = 72;

} // namespace

float PinPad::height(const Metrics& m) {
    return m.u(kDots + 4 * kKeyH + 4 * kGap);
}

bool PinPad::draw(Ui& ui, Rect area, bool enabled) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = m.u(3 * kKeyW + 2 * kGap);
    Rect pad{area.x + (area.w - w) / 2, area.y, w, height(m)};

    // One dot per digit typed, never the digit: someone may be looking over the shoulder.
    float r = m.u(12), step = m.u(40);
    size_t shown = std::max<size_t>(entered_.size(), 4);
    float x = pad.centre().x - step * static_cast<float>(shown - 1) / 2;
    for (size_t i = 0; i < shown; ++i) {
        ImVec2 c(x + step * static_cast<float>(i), pad.y + m.u(kDots / 2 - 6));
        if (i < entered_.size())
            dl->AddCircleFilled(c, r, palette::ink);
        else
            dl->AddCircle(c, r, palette::ink_soft, 0, m.u(2));
    }

    // Telephone order: 1 2 3 on top, then "take back", 0, OK under the 7 8 9.
    static const char* const keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""};
    bool confirmed = false;
    ImU32 fill = enabled ? palette::off_white : palette::sand_deep;
    ImU32 ink = enabled ? palette::ink : palette::ink_soft;
    for (int i = 0; i < 12; ++i) {
        int col = i % 3, row = i / 3;
        Rect key = ui.flip(pad, m.u(static_cast<float>(col) * (kKeyW + kGap)),
                           pad.y + m.u(kDots + static_cast<float>(row) * (kKeyH + kGap)),
                           m.u(kKeyW), m.u(kKeyH));
        bool tapped = false;
        if (i == 9)
            tapped = ui.button("pin-back", key, ui.tr("admin.pin_erase"), nullptr, fill, ink,
                               TextSize::caption);
        else if (i == 11)
            tapped = ui.button("pin-ok", key, ui.tr("admin.pin_ok"), nullptr,
                               enabled ? palette::zellige : palette::sand_deep,
                               enabled ? palette::off_white : palette::ink_soft, TextSize::body);
        else
            tapped = ui.button(std::string("pin-") + keys[i], key, keys[i], nullptr, fill, ink,
                               TextSize::title);
        if (!tapped || !enabled)
            continue;
        if (i == 9) {
            if (!entered_.empty())
                entered_.pop_back();
        } else if (i == 11) {
            confirmed = !entered_.empty();
        } else if (entered_.size() < kMaxDigits) {
            entered_ += keys[i];
        }
    }
    return confirmed;
}

} // namespace vitrine::kiosk
