#include "ui/keyboard.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace vitrine::kiosk {
namespace {

// Font Awesome 4's long-arrow-right (F178): backspace points to where the text starts, which is
// the right in Arabic. fonts.h has only the left-pointing one.
constexpr const char* kBackspaceRtl = "\xef\x85\xb8";

enum class KeyKind { character, space, backspace, clear, next_layout };

struct Key {
    KeyKind kind = KeyKind::character;
    std::string_view text; // what a character key types, and its label
    float units = 1;       // width in key widths, the gaps it spans included
};

using Row = std::vector<Key>;

// Every layout's rows are at most this many key widths, so keys are the same size in all of
// them and switching layout does not make the keyboard jump.
constexpr float kRowUnits = 12;
constexpr int kRows = 5;

Row characters(std::initializer_list<std::string_view> keys) {
    Row row;
    for (std::string_view k : keys)
        row.push_back({KeyKind::character, k, 1});
    return row;
}

std::array<Row, kRows> rows_of(KeyboardLayout layout) {
    Row digits = characters({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"});
    // On an Arabic PC keyboard ذ sits left of 1: there, with a narrower backspace to make room.
    if (layout == KeyboardLayout::arabic)
        digits.insert(digits.begin(), {KeyKind::character, "ذ", 1});
    digits.push_back({KeyKind::backspace, {}, layout == KeyboardLayout::arabic ? 1.0f : 2.0f});
    Row bottom{{KeyKind::next_layout, {}, 2}};
    switch (layout) {
    case KeyboardLayout::azerty:
        bottom.push_back({KeyKind::space, {}, 6});
        bottom.push_back({KeyKind::clear, {}, 2});
        return {digits, characters({"a", "z", "e", "r", "t", "y", "u", "i", "o", "p"}),
                characters({"q", "s", "d", "f", "g", "h", "j", "k", "l", "m"}),
                characters({"w", "x", "c", "v", "b", "n", "é", "è", "à", "ç", "'"}), bottom};
    case KeyboardLayout::qwerty:
        bottom.push_back({KeyKind::space, {}, 6});
        bottom.push_back({KeyKind::clear, {}, 2});
        return {digits, characters({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"}),
                characters({"a", "s", "d", "f", "g", "h", "j", "k", "l"}),
                characters({"z", "x", "c", "v", "b", "n", "m", "'"}), bottom};
    case KeyboardLayout::tifinagh:
        // IRCAM's layout (the Moroccan standard, on AZERTY's keys); the emphatic letters it
        // puts on shift get keys of their own after ⵏ, as AZERTY's accents do here.
        bottom.push_back({KeyKind::space, {}, 6});
        bottom.push_back({KeyKind::clear, {}, 2});
        return {digits, characters({"ⴰ", "ⵣ", "ⴻ", "ⵔ", "ⵜ", "ⵢ", "ⵓ", "ⵉ", "ⵄ", "ⵃ", "ⵯ"}),
                characters({"ⵇ", "ⵙ", "ⴷ", "ⴼ", "ⴳ", "ⵀ", "ⵊ", "ⴽ", "ⵍ", "ⵎ"}),
                characters({"ⵡ", "ⵅ", "ⵛ", "ⵖ", "ⴱ", "ⵏ", "ⵥ", "ⵕ", "ⵟ", "ⵚ", "ⴹ"}), bottom};
    case KeyboardLayout::arabic:
        // The Arabic 101 layout of PCs, key for key on the Latin keys (ض on Q, ش on A).
        // The hamza forms of alef have no key of their own on a physical keyboard (they are
        // shifted): here they sit by the space bar, where a first-time visitor sees them.
        for (std::string_view k : {"أ", "إ", "آ"})
            bottom.push_back({KeyKind::character, k, 1});
        bottom.push_back({KeyKind::space, {}, 5});
        bottom.push_back({KeyKind::clear, {}, 2});
        return {digits, characters({"ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"}),
                characters({"ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط"}),
                characters({"ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ"}), bottom};
    }
    return {};
}

// Named by the language it types, in that language: a visitor knows "English", not "QWERTY".
const char* layout_name_key(KeyboardLayout layout) {
    switch (layout) {
    case KeyboardLayout::azerty:
        return "kb.layout_french";
    case KeyboardLayout::arabic:
        return "kb.layout_arabic";
    case KeyboardLayout::qwerty:
        return "kb.layout_english";
    case KeyboardLayout::tifinagh:
        return "kb.layout_tifinagh";
    }
    return "kb.layout_french";
}

// The visitor's own layout first, then the others: one tap from French reaches Arabic letters
// and one tap from Arabic reaches AZERTY, the two scripts of Moroccan signs.
KeyboardLayout layout_after(KeyboardLayout current, Lang lang) {
    KeyboardLayout first = default_layout(lang);
    std::vector<KeyboardLayout> order{first};
    for (KeyboardLayout l : {KeyboardLayout::azerty, KeyboardLayout::arabic, KeyboardLayout::qwerty,
                             KeyboardLayout::tifinagh})
        if (l != first)
            order.push_back(l);
    auto it = std::find(order.begin(), order.end(), current);
    if (it == order.end())
        return first;
    return order[static_cast<size_t>(it - order.begin() + 1) % order.size()];
}

struct KeyLooks {
    ImU32 fill, ink;
    const char* glyph = nullptr;
    std::string label; // recorded for the runner, and shown unless the key is too narrow
    TextSize size = TextSize::title;
};

KeyLooks looks_of(Ui& ui, const Key& key, KeyboardLayout layout) {
    switch (key.kind) {
    case KeyKind::character:
        return {palette::off_white, palette::ink, nullptr, std::string(key.text), TextSize::title};
    case KeyKind::space:
        return {palette::off_white, palette::ink_soft, nullptr, ui.tr("keyboard.space"),
                TextSize::caption};
    case KeyKind::backspace:
        return {palette::sand, palette::ink,
                layout == KeyboardLayout::arabic ? kBackspaceRtl : icon::backspace,
                ui.tr("keyboard.backspace"), TextSize::caption};
    case KeyKind::clear:
        return {palette::sand, palette::ink, nullptr, ui.tr("keyboard.clear"), TextSize::caption};
    case KeyKind::next_layout:
        // In the Majorelle blue of the kiosk's actions, so the way to other letters is found.
        return {palette::majorelle, palette::off_white, icon::globe,
                ui.tr(layout_name_key(layout_after(layout, ui.lang))), TextSize::caption};
    }
    return {palette::off_white, palette::ink, nullptr, {}, TextSize::title};
}

bool draw_key(Ui& ui, const std::string& id, Rect r, const KeyLooks& k) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool pressed = false;
    bool tapped = ui.hit(id, r, k.label, &pressed);
    float rounding = m.u(12);
    // Keys sit on a thin shadow and sink into it when pressed: the visitor sees the touch in
    // the very frame it lands, before the text changes.
    Rect body =
        pressed ? Rect{r.x, r.y + m.u(3), r.w, r.h - m.u(3)} : Rect{r.x, r.y, r.w, r.h - m.u(3)};
    if (!pressed)
        dl->AddRectFilled(ImVec2(r.x, r.y + m.u(3)), r.max(), palette::rgb(0x5A3A1A, 60), rounding);
    dl->AddRectFilled(body.min(), body.max(), k.fill, rounding);
    if (pressed)
        dl->AddRectFilled(body.min(), body.max(), palette::rgb(0x2B2118, 60), rounding);

    if (!k.glyph) {
        ui.text(dl, k.label, body.inset(m.u(6)), k.size, k.ink, Align::centre);
        return tapped;
    }
    // Icon and label as one centred group; the label gives way when the key is too narrow.
    ImFont* f = ui.font(k.size);
    float icon_w = f->FontSize * 1.2f;
    float gap = m.u(10);
    float label_w = ui.measure(k.label, k.size).x;
    bool with_label = icon_w + gap + label_w <= body.w - m.u(16);
    float total = with_label ? icon_w + gap + label_w : icon_w;
    Rect group{body.x + (body.w - total) / 2, body.y, total, body.h};
    Rect icon_box = ui.flip(group, 0, body.y, icon_w, body.h);
    ImVec2 isz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, k.glyph);
    dl->AddText(f, f->FontSize,
                ImVec2(std::floor(icon_box.x + (icon_w - isz.x) / 2),
                       std::floor(icon_box.y + (body.h - isz.y) / 2)),
                k.ink, k.glyph);
    if (with_label)
        ui.text(dl, k.label, ui.flip(group, icon_w + gap, body.y, label_w, body.h), k.size, k.ink,
                Align::centre);
    return tapped;
}

float key_gap(const Metrics& m) {
    return m.u(10);
}
float panel_pad(const Metrics& m) {
    return m.u(16);
}

} // namespace

KeyboardLayout default_layout(Lang lang) {
    switch (lang) {
    case Lang::ar:
        return KeyboardLayout::arabic;
    case Lang::en:
        return KeyboardLayout::qwerty;
    case Lang::zgh:
        return KeyboardLayout::tifinagh;
    case Lang::fr:
        return KeyboardLayout::azerty;
    }
    return KeyboardLayout::azerty;
}

void erase_last_code_point(std::string& text) {
    if (text.empty())
        return;
    size_t at = text.size() - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) // continuation bytes
        --at;
    text.erase(at);
}

float OnScreenKeyboard::min_height(const Metrics& m) {
    return kRows * m.u(64) + (kRows - 1) * key_gap(m) + 2 * panel_pad(m);
}

float OnScreenKeyboard::min_width(const Metrics& m) {
    return kRowUnits * m.u(64) + (kRowUnits - 1) * key_gap(m) + 2 * panel_pad(m);
}

bool OnScreenKeyboard::draw(Ui& ui, Rect area, std::string& text) {
    if (!synced_ || ui.lang != lang_) {
        lang_ = ui.lang;
        layout_ = default_layout(lang_);
        synced_ = true;
    }
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(area.min(), area.max(), palette::sand_deep);
    dl->AddLine(area.min(), ImVec2(area.x + area.w, area.y), palette::rgb(0x5A3A1A, 40), m.u(2));

    // Keys as wide as the narrowest row allows, but not wider than a hand needs: on a wide
    // landscape screen the keyboard stays a keyboard, centred, rather than a long bar.
    float gap = key_gap(m);
    Rect inner = area.inset(panel_pad(m));
    float unit = std::min(m.u(120), (inner.w + gap) / kRowUnits - gap);
    float key_h = std::min(m.u(100), (inner.h - (kRows - 1) * gap) / kRows);
    float block_h = kRows * key_h + (kRows - 1) * gap;
    float y = inner.y + (inner.h - block_h) / 2;

    // Every layout runs left to right, even in Arabic: Arabic keyboards put ض on Q and the
    // digits 1 to 0 as on any PC, and that is the order visitors' fingers know. (So not
    // ui.flip, which follows the language.)
    const std::array<Row, kRows> rows = rows_of(layout_);
    bool changed = false;
    KeyboardLayout next = layout_;
    for (size_t ri = 0; ri < rows.size(); ++ri) {
        const Row& row = rows[ri];
        float units = 0;
        for (const Key& k : row)
            units += k.units;
        float row_w = units * unit + (units - 1) * gap;
        float x = (inner.w - row_w) / 2; // from the row's start edge
        for (size_t ki = 0; ki < row.size(); ++ki) {
            const Key& key = row[ki];
            float w = key.units * unit + (key.units - 1) * gap;
            float left = inner.x + x;
            x += w + gap;
            std::string id = "kb-" + std::to_string(static_cast<int>(layout_)) + "-" +
                             std::to_string(ri) + "-" + std::to_string(ki);
            if (!draw_key(ui, id, {left, y, w, key_h}, looks_of(ui, key, layout_)))
                continue;
            switch (key.kind) {
            case KeyKind::character:
                if (text.size() + key.text.size() <= max_bytes) {
                    text += key.text;
                    changed = true;
                }
                break;
            case KeyKind::space:
                // A leading or doubled space would change nothing in the search, yet cost the
                // visitor an invisible backspace.
                if (!text.empty() && text.back() != ' ' && text.size() < max_bytes) {
                    text += ' ';
                    changed = true;
                }
                break;
            case KeyKind::backspace:
                if (!text.empty()) {
                    erase_last_code_point(text);
                    changed = true;
                }
                break;
            case KeyKind::clear:
                if (!text.empty()) {
                    text.clear();
                    changed = true;
                }
                break;
            case KeyKind::next_layout:
                next = layout_after(layout_, ui.lang);
                break;
            }
        }
        y += key_h + gap;
    }
    layout_ = next; // after the loop: the rows drawn this frame belong to one layout
    return changed;
}

} // namespace vitrine::kiosk
