// The hall seen from above, drawn as vectors from the pack's floor plan: shared by the map
// screen and the exhibitor's small map. A PlanView maps metres on the plan to pixels on the
// screen; draw_plan() draws the hall, aisles, stands in their sector's colour with their
// numbers, doors, facilities and "you are here"; draw_walk() draws a route over it.
//
// The plan turns by quarter turns so that what the visitor faces at the kiosk is up on the
// screen (a "you are here" map that matches the room is read without mental rotation). Text
// never turns and keeps its size whatever the zoom: labels that no longer fit their stand are
// left out rather than shrunk.
#pragma once

#include "ui/ui.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/wayfinding.h"

#include <string>

namespace vitrine::kiosk {

struct PlanView {
    Rect view;             // on the screen, in pixels: the plan's centre is drawn at its middle
    float ppm = 1;         // pixels per metre
    vitrine::Point centre; // the plan's point at the middle of `view`
    int quarter_turns = 0; // clockwise turns of the plan on the screen, 0..3
    Rect clip = {};        // what is visible (the whole map, controls included); empty: view

    ImVec2 to_screen(vitrine::Point p) const;
    vitrine::Point to_plan(ImVec2 s) const;
    // The pixels-per-metre that shows all of `bounds` inside `view` less `margin` pixels.
    float fit(const vitrine::PlanRect& bounds, float margin) const;
    const Rect& visible() const { return clip.w > 0 ? clip : view; }
};

// This kiosk's spot on the plan (Ui::kiosk_id), else the plan's first kiosk; null without one.
const KioskSpot* this_kiosk(const Ui& ui);

// Quarter turns that put the visitor's forward direction up, for a kiosk whose screen looks
// towards `facing_degrees` (0 = north, up the plan): the visitor faces the other way.
int quarter_turns_for(double facing_degrees);

// What to stress on the plan.
struct PlanMarks {
    std::string stand;         // highlighted with a ring (the destination)
    std::string facility;      // likewise
    std::string sector;        // its stands stay bright, the others fade; empty: all bright
    std::string pressed_stand; // under the finger
    const KioskSpot* here = nullptr;
    bool labels = true;   // stand numbers where they fit
    bool record = true;   // stands and places are items the runner can tap by name
    bool compact = false; // a small map: smaller door badges and "you are here"
};

// The colour of the stand's exhibitor's sector; sand for a free stand.
ImU32 stand_color(const Catalog& catalog, const Stand& stand, uint32_t* rgb = nullptr);

void draw_plan(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks);
// The walk as a thick line with arrows showing the way, from the start to the end.
void draw_walk(Ui& ui, ImDrawList* dl, const PlanView& view, const vitrine::Walk& walk,
               bool compact = false);
// "You are here": a dot and, when `label` is set, a tag naming it.
void draw_here(Ui& ui, ImDrawList* dl, const PlanView& view, const KioskSpot& here, bool label,
               bool compact = false);

// "120 m · about 3 min on foot", in the visitor's language.
std::string walk_summary(const Ui& ui, const vitrine::Walk& walk);

// The icon of a facility or a door.
const char* facility_icon(FacilityKind kind);
const char* door_icon(DoorKind kind);
// Colours of the map's non-sector marks, shared with the legend.
ImU32 door_color(DoorKind kind);
inline constexpr ImU32 kFacilityFill = palette::rgb(0x4B5563);
inline constexpr ImU32 kRouteColor = palette::rgb(0x2E4DA7);
inline constexpr ImU32 kHereColor = palette::rgb(0xC0392B);

} // namespace vitrine::kiosk
