// A screen of the kiosk: a struct owning its state, drawing itself into the area below the
// top bar. Every screen is listed once, in nav/screens.h; make_screens() makes one of each.
// Screens live on the UI thread and are not thread-safe.
#pragma once

#include "nav/navigator.h"
#include "ui/ui.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vitrine::kiosk {

class Screen {
public:
    virtual ~Screen() = default;
    // Draws the screen for this route. Called every frame the app draws; `nav` is where a tap
    // takes the visitor.
    virtual void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) = 0;
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
    // A screen the kiosk rests on between visitors (attract, no catalogue): no idle countdown,
    // and the layout check opens it alone rather than over home.
    virtual bool resting() const { return false; }
    // Every target a visitor can open this screen on, for the layout check to draw each one;
    // `catalog` is null when none is installed. By default the screen alone, with a catalogue.
    // What the visitor searched here and whether it found something, for the statistics,
    // counted when they leave the screen; nullopt when nothing was searched.
    virtual std::optional<std::pair<std::string, bool>> searched() const { return std::nullopt; }
    virtual std::vector<Target> every_target(const Catalog* catalog) const {
        if (!catalog)
            return {};
        return {Target{}};
    }
};

// One of each screen of nav/screens.h, each defined in its own file under screens/.
#define VITRINE_SCREEN_FACTORY(kind, name) std::unique_ptr<Screen> make_##kind##_screen();
VITRINE_KIOSK_SCREENS(VITRINE_SCREEN_FACTORY)
#undef VITRINE_SCREEN_FACTORY

// Every screen of the table, by kind.
std::map<ScreenKind, std::unique_ptr<Screen>> make_screens();

} // namespace vitrine::kiosk
