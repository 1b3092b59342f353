// The map of the hall: stands in their sector's colour, facilities, doors and "you are here";
// drag to pan, pinch or + / − to zoom, a button to see the whole hall again; tap a stand to meet
// its exhibitor. Opened for a stand or a facility, it draws the way there from this kiosk.
#pragma once

#include "screens/screen.h"
#include "ui/plan_view.h"
#include "vitrine/catalog/wayfinding.h"

#include <optional>

namespace vitrine::kiosk {

class MapScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::vector<Target> every_target(const Catalog* catalog) const override;
    std::string title(Ui& ui, const Route&) override { return ui.tr("map.title"); }

private:
    void open(Ui& ui, const Route& route);
    void show_facility(Ui& ui, const Navigator& nav, const std::string& id);
    PlanView view_for(const Ui& ui, Rect box) const;
    Rect plan_area(const Ui& ui, Rect box) const;
    void handle_gestures(Ui& ui, Navigator& nav, Rect box, const PlanView& view,
                         const Rect controls[3]);
    void draw_panel(Ui& ui, Navigator& nav, ImDrawList* dl, Rect panel);
    float draw_destination(Ui& ui, Navigator& nav, ImDrawList* dl, Rect at);
    float draw_legend(Ui& ui, ImDrawList* dl, Rect first);
    float draw_places(Ui& ui, Navigator& nav, ImDrawList* dl, Rect second);
    void draw_controls(Ui& ui, const Rect controls[3]);
    void clamp(const Ui& ui);

    std::optional<Target> shown_; // what the view was set up for
    std::string stand_, facility_, sector_;
    std::optional<vitrine::Walk> walk_;
    ScrollArea panel_scroll_;
    float panel_content_ = 0; // the panel's height last frame, so it scrolls when it overflows
    bool no_way_ = false;     // a destination was asked for and no walk reaches it

    // The view: the hall's point at the middle of the map and the zoom over "whole hall".
    vitrine::Point centre_;
    float zoom_ = 1;
    float fit_ppm_ = 1; // pixels per metre showing the whole hall, from the last frame
    ImVec2 area_{1, 1}; // the size of the map's plan area in pixels, from the last frame
    int turns_ = 0;
    // A pinch in progress: the zoom when it started and the plan point under the fingers.
    bool pinching_ = false;
    float pinch_zoom_ = 1;
    vitrine::Point pinch_anchor_;
};

} // namespace vitrine::kiosk
