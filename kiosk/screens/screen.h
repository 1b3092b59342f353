// A screen of the kiosk: a struct owning its state, drawing itself into the area below the
// top bar. The list of every screen is in app/screens.cpp.
#pragma once

#include "app/navigator.h"
#include "ui/ui.h"

#include <optional>
#include <string>

namespace vitrine::kiosk {

class Screen {
public:
    virtual ~Screen() = default;
    // Draws the screen for this route. Called every frame the app draws.
    virtual void draw(Ui& ui, const Route& route, Rect area) = 0;
    // Forgets everything a visitor did here (scroll, filters, typed text).
    virtual void reset() {}
    // The title shown in the top bar; empty for none.
    virtual std::string title(Ui&, const Route&) { return {}; }
    // Whether the top bar is shown (the attract screen has none).
    virtual bool chrome() const { return true; }
    // True while the screen animates on its own (a cross-fade), so the app keeps drawing.
    virtual bool animating(const Ui&) const { return false; }
    // Seconds until the screen needs a frame by itself (the next slide); nullopt for never.
    // Between those, a kiosk nobody touches sleeps.
    virtual std::optional<double> wake_in(const Ui&) const { return std::nullopt; }
};

} // namespace vitrine::kiosk
