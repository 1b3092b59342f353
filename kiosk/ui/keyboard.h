// The on-screen keyboard: the kiosk has no physical one, and a visitor standing at the screen
// types with one finger. Big keys, a pressed state at once, no shift, no long press: search
// forgives case and accents, so lower case and a few accented letters are all it needs.
//
// Layouts: French AZERTY (with é è à ç and an apostrophe), Arabic 101 as on Arabic PCs (every
// letter, ذ left of 1), English QWERTY, Tifinagh in IRCAM's layout; each with a digits row,
// space, backspace, clear and a key, named by language, that switches layout.
//
// Every key records its label for the headless runner, which types by tapping keys by label: a
// character key's label is exactly what it types (lower case); the others are translated
// (keyboard.space, keyboard.backspace, keyboard.clear, kb.layout_*).
//
// Owned by the screen that shows it; UI thread only.
#pragma once

#include "ui/ui.h"

#include <string>
#include <string_view>

namespace vitrine::kiosk {

enum class KeyboardLayout { azerty, arabic, qwerty, tifinagh };

// The layout a visitor reading `lang` expects: Arabic letters for Arabic, AZERTY for French,
// QWERTY for English, Tifinagh for Amazigh.
KeyboardLayout default_layout(Lang lang);

// Removes the last UTF-8 code point of `text` (one letter, or one half of "لا"); nothing when
// it is empty.
void erase_last_code_point(std::string& text);

class OnScreenKeyboard {
public:
    // Draws the keyboard filling `area` and applies this frame's tap to `text`; true when the
    // text changed. Follows the language: the layout is reset to default_layout() whenever
    // ui.lang differs from the last frame's.
    bool draw(Ui& ui, Rect area, std::string& text);

    // The height under which keys would be smaller than a touch target (64 px at 1080p).
    static float min_height(const Metrics& m);
    // Likewise the width under which keys would be narrower than a touch target.
    static float min_width(const Metrics& m);

    KeyboardLayout layout() const { return layout_; }
    // Kept until the language changes or reset().
    void set_layout(KeyboardLayout layout) { layout_ = layout; }
    // A new visitor: back to the language's layout on the next draw.
    void reset() { synced_ = false; }

    // Text longer than this (bytes) takes no more characters: the field shows one line, and a
    // child drumming on the keys should not grow it without end.
    size_t max_bytes = 96;

private:
    KeyboardLayout layout_ = KeyboardLayout::azerty;
    Lang lang_ = Lang::fr;
    bool synced_ = false; // layout_ follows lang_
};

} // namespace vitrine::kiosk
