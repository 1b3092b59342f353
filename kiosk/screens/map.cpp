#include "screens/map.h"

#include "input/touch_input.h"
#include "screens/cards.h"
#include "ui/fonts.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vitrine::kiosk {

namespace {

// The stand or facility under a point of the plan, forgiving a finger's width around it.
struct Hit {
    const Stand* stand = nullptr;
    const Facility* facility = nullptr;
};

double distance_to(const vitrine::PlanRect& r, vitrine::Point p) {
    double dx = std::max({r.x - p.x, 0.0, p.x - (r.x + r.width)});
    double dy = std::max({r.y - p.y, 0.0, p.y - (r.y + r.depth)});
    return std::hypot(dx, dy);
}

Hit hit_at(const FloorPlan& plan, vitrine::Point p, double tolerance) {
    Hit hit;
    double best = tolerance;
    for (const Stand& s : plan.stands)
        if (double d = distance_to(s.rect, p); d <= best)
            best = d, hit = {&s, nullptr};
    for (const Facility& f : plan.facilities)
        if (double d = distance_to(f.rect, p); d <= best)
            best = d, hit = {nullptr, &f};
    return hit;
}

// The background of a tappable row of the panel: pressed, chosen (ringed in `ring`) or at rest.
void row_back(const Ui& ui, ImDrawList* dl, Rect r, bool active, bool pressed, ImU32 ring) {
    const Metrics& m = ui.m;
    ImU32 fill = active    ? palette::off_white
                 : pressed ? palette::sand_deep
                           : palette::rgb(0xFCF8F2, 120);
    dl->AddRectFilled(r.min(), r.max(), fill, m.radius());
    if (active)
        dl->AddRect(r.min(), r.max(), ring, m.radius(), 0, m.u(3));
}

std::string facility_name(const Ui& ui, const Facility& f) {
    return f.name.empty() ? ui.tr("facility." + std::string(facility_kind_key(f.kind)))
                          : ui.in_lang(f.name);
}

} // namespace

void MapScreen::reset() {
    *this = MapScreen();
}

void MapScreen::open(Ui& ui, const Route& route) {
    shown_ = route.target;
    stand_.clear();
    facility_.clear();
    sector_.clear();
    walk_.reset();
    no_way_ = false;
    zoom_ = 1;
    centre_ = ui.catalog->plan.bounds().centre();
    const KioskSpot* here = this_kiosk(ui);
    turns_ = here ? quarter_turns_for(here->facing_degrees) : 0;

    if (const SectorId* s = route.as<SectorId>())
        sector_ = s->id;
    if (const StandId* s = route.as<StandId>())
        stand_ = s->id;
    if (const FacilityId* f = route.as<FacilityId>())
        facility_ = f->id;
    if (stand_.empty() && facility_.empty())
        return;
    no_way_ = true;
    if (!ui.wayfinder || !here)
        return;
    auto from = ui.wayfinder->place(Place::Kind::kiosk, here->id);
    auto to = stand_.empty() ? ui.wayfinder->place(Place::Kind::facility, facility_)
                             : ui.wayfinder->place(Place::Kind::stand, stand_);
    if (from && to)
        walk_ = ui.wayfinder->route(*from, *to);
    no_way_ = !walk_;
}

// The map less the column of controls on its end side: the whole hall fits there, never under
// a button.
Rect MapScreen::plan_area(const Ui&, Rect box) const {
    return box; // the zoom buttons sit beside the plan, never over a stand
}

void MapScreen::show_facility(Ui& ui, const Navigator& nav, const std::string& id) {
    // The way there, on this same screen: the route on the stack stays, the chosen sector too.
    std::string keep = sector_;
    open(ui, {ScreenKind::map, FacilityId{id}});
    sector_ = keep;
    shown_ = nav.current().target;
}

PlanView MapScreen::view_for(const Ui& ui, Rect box) const {
    return PlanView{plan_area(ui, box), fit_ppm_ * zoom_, centre_, turns_, box};
}

void MapScreen::clamp(const Ui& ui) {
    vitrine::PlanRect b = ui.catalog->plan.bounds();
    // Never lost: the zoom stays between the whole hall and a stand filling a good part of the
    // screen, and the view moves no further than the hall's edge (plus a margin) can come in.
    // Zoomed in all the way, the view still spans about 16 m, a few stands and the aisle
    // between them: enough to know where one is.
    float max_ppm = std::min(ui.m.u(120), std::min(area_.x, area_.y) / 16.0f);
    float max_zoom = std::max(1.0f, max_ppm / std::max(fit_ppm_, 1e-3f));
    zoom_ = std::clamp(zoom_, 1.0f, max_zoom);
    double ppm = fit_ppm_ * zoom_;
    double half_w = area_.x / 2 / ppm, half_h = area_.y / 2 / ppm;
    if (turns_ % 2 != 0)
        std::swap(half_w, half_h);
    double margin = ui.m.u(36) / ppm;
    auto bound = [&](double& c, double lo, double extent, double half) {
        if (extent + 2 * margin <= 2 * half)
            c = lo + extent / 2; // all of it fits: keep it in the middle
        else
            c = std::clamp(c, lo - margin + half, lo + extent + margin - half);
    };
    bound(centre_.x, b.x, b.width, half_w);
    bound(centre_.y, b.y, b.depth, half_h);
}

void MapScreen::handle_gestures(Ui& ui, Navigator& nav, Rect box, const PlanView& view,
                                const Rect controls[3]) {
    TouchInput& input = ui.input();
    // Two fingers: zoom about the point between them, which stays under the fingers.
    if (auto pinch = input.pinch(); pinch && box.contains(pinch->centre())) {
        if (!pinching_) {
            pinching_ = true;
            pinch_zoom_ = zoom_;
            pinch_anchor_ = view.to_plan(pinch->centre());
        }
        zoom_ = pinch_zoom_ * pinch->scale();
        clamp(ui);
        PlanView now = view_for(ui, box);
        vitrine::Point under = now.to_plan(pinch->centre());
        centre_.x += pinch_anchor_.x - under.x;
        centre_.y += pinch_anchor_.y - under.y;
        clamp(ui);
        return;
    }
    pinching_ = false;
    // One finger dragging: the hall follows it.
    ImVec2 d = input.scroll_delta();
    if (box.contains(input.gesture_origin()) && (d.x != 0 || d.y != 0)) {
        ImVec2 c = view.view.centre();
        centre_ = view.to_plan(ImVec2(c.x - d.x, c.y - d.y));
        vitrine::Point wanted = centre_;
        clamp(ui);
        if (wanted.x != centre_.x || wanted.y != centre_.y)
            input.stop_inertia(); // at the edge: no fling pushing against it
    }
    // A tap on a stand opens its exhibitor; on a facility, shows the way there.
    ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMouseReleased(0) || !box.contains(io.MousePos))
        return;
    for (int i = 0; i < 3; ++i)
        if (controls[i].contains(io.MousePos))
            return;
    Hit hit = hit_at(ui.catalog->plan, view.to_plan(io.MousePos), ui.m.u(12) / view.ppm);
    if (hit.stand) {
        if (const Exhibitor* e = ui.catalog->exhibitor_at_stand(hit.stand->id))
            nav.go({ScreenKind::exhibitor, ExhibitorId{e->id}});
    } else if (hit.facility) {
        show_facility(ui, nav, hit.facility->id);
    }
}

void MapScreen::draw_controls(Ui& ui, const Rect controls[3]) {
    const char* glyphs[] = {icon::plus, icon::minus, icon::recentre};
    const char* labels[] = {"map.zoom_in", "map.zoom_out", "map.recentre"};
    for (int i = 0; i < 3; ++i) {
        if (!ui.button(labels[i], controls[i], {}, glyphs[i], palette::off_white, palette::ink,
                       TextSize::title))
            continue;
        if (i == 0)
            zoom_ *= 1.5f;
        else if (i == 1)
            zoom_ /= 1.5f;
        else
            zoom_ = 1, centre_ = ui.catalog->plan.bounds().centre();
        clamp(ui);
    }
    // The buttons have no visible words: name them for the runner and the checks.
    for (int i = 0; i < 3; ++i)
        ui.record(ui.tr(labels[i]), controls[i], true);
}

void MapScreen::draw(Ui& ui, Navigator& nav, const Route& route, Rect area) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());
    bool portrait = ui.portrait();
    float panel_w = m.u(560);
    // In portrait the map takes the height the hall needs at the page's width, within limits.
    vitrine::PlanRect hall = plan.bounds();
    double aspect = hall.width > 0 ? hall.depth / hall.width : 0.6;
    if (this_kiosk(ui) && quarter_turns_for(this_kiosk(ui)->facing_degrees) % 2 != 0)
        aspect = hall.depth > 0 ? hall.width / hall.depth : 0.6;
    float tall = std::clamp(static_cast<float>(aspect) * page.w + m.u(150) + m.target(),
                            page.h * 0.4f, page.h * 0.66f);
    Rect box =
        portrait ? page.top(tall) : ui.flip(page, 0, page.y, page.w - panel_w - m.gap(), page.h);
    Rect panel = portrait ? Rect{page.x, box.y + box.h + m.gap(), page.w, page.h - box.h - m.gap()}
                          : ui.flip(page, page.w - panel_w, page.y, panel_w, page.h);
    // The zoom buttons beside the plan: a column at its end side in landscape, a row under it
    // in portrait, where the width is what the hall lacks.
    float t = m.target();
    Rect controls[3];
    if (portrait) {
        Rect row{box.x, box.y + box.h - t, box.w, t};
        box.h -= t + m.u(16);
        for (int i = 0; i < 3; ++i)
            controls[i] = ui.flip(row, row.w - static_cast<float>(3 - i) * (t + m.u(12)) + m.u(12),
                                  row.y, t, t);
    } else {
        Rect column = box;
        box = ui.flip(column, 0, column.y, column.w - t - m.u(16), column.h);
        for (int i = 0; i < 3; ++i)
            controls[i] = ui.flip(
                column, column.w - t,
                column.y + column.h - static_cast<float>(3 - i) * (t + m.u(12)) + m.u(12), t, t);
    }
    float margin = m.u(36);

    bool fresh = shown_ != route.target;
    if (fresh)
        open(ui, route);
    PlanView probe{plan_area(ui, box), 1, centre_, turns_, box};
    fit_ppm_ = probe.fit(plan.bounds(), margin);
    area_ = ImVec2(probe.view.w, probe.view.h);
    if (fresh && walk_) {
        // Frame the walk, a little closer than the whole hall when it is short.
        double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
        for (const vitrine::Point& p : walk_->points)
            x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x),
            y1 = std::max(y1, p.y);
        vitrine::PlanRect span{x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8};
        zoom_ = std::min(probe.fit(span, margin) / fit_ppm_, 1.6f);
        centre_ = span.centre();
        clamp(ui);
    }

    handle_gestures(ui, nav, box, view_for(ui, box), controls);
    // The buttons act before the plan is drawn, so a zoom shows in the same frame.
    draw_controls(ui, controls);
    PlanView view = view_for(ui, box);

    ui.shadow(dl, box, m.radius());
    dl->AddRectFilled(box.min(), box.max(), palette::sand_deep, m.radius());
    ImGui::PushClipRect(box.min(), box.max(), true);
    PlanMarks marks;
    marks.stand = stand_;
    marks.facility = facility_;
    marks.sector = sector_;
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDown[0] && box.contains(io.MousePos) && !ui.input().dragging()) {
        Hit hit = hit_at(plan, view.to_plan(io.MousePos), m.u(12) / view.ppm);
        if (hit.stand)
            marks.pressed_stand = hit.stand->id;
    }
    draw_plan(ui, dl, view, marks);
    if (walk_)
        draw_walk(ui, dl, view, *walk_);
    if (const KioskSpot* here = this_kiosk(ui))
        draw_here(ui, dl, view, *here, true);
    ImGui::PopClipRect();

    draw_panel(ui, nav, dl, panel);
}

void MapScreen::draw_panel(Ui& ui, Navigator& nav, ImDrawList* dl, Rect panel) {
    const Metrics& m = ui.m;
    bool portrait = ui.portrait();
    // Two columns side by side under a portrait map; one column beside a landscape map.
    float col_w = portrait ? (panel.w - m.gap()) / 2 : panel.w;
    Rect first = ui.flip(panel, 0, panel.y, col_w, panel.h);
    Rect second = portrait ? ui.flip(panel, col_w + m.gap(), panel.y, col_w, panel.h) : first;
    panel_scroll_.begin(ui, panel, panel_content_);
    first.y -= panel_scroll_.offset();
    second.y -= panel_scroll_.offset();
    float y = first.y;
    if (!stand_.empty() || !facility_.empty())
        y = draw_destination(ui, nav, dl, {first.x, y, first.w, 0});
    y = draw_legend(ui, dl, {first.x, y, first.w, 0});
    float y2 = portrait ? second.y : y + m.u(24);
    float after = draw_places(ui, nav, dl, {second.x, y2, second.w, 0});
    panel_content_ = std::max(y, after) + panel_scroll_.offset() - panel.y;
    panel_scroll_.end();
}

// The way to the destination, in a card; returns where the next part starts.
float MapScreen::draw_destination(Ui& ui, Navigator& nav, ImDrawList* dl, Rect at) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    float y = at.y;
    Rect card{at.x, y, at.w, 0};
    std::string heading;
    std::string name;
    const Exhibitor* e = stand_.empty() ? nullptr : c.exhibitor_at_stand(stand_);
    if (!stand_.empty()) {
        heading = ui.i18n().format(ui.lang, "map.way_to", "stand", stand_);
        if (e)
            name = ui.in_lang(e->name);
    } else {
        for (const Facility& f : c.plan.facilities)
            if (f.id == facility_)
                heading = facility_name(ui, f);
    }
    float h = m.u(32) + m.u(48) + (name.empty() ? 0 : m.u(44)) + m.u(52) +
              (e ? m.target() + m.u(20) : 0) + m.u(24);
    card.h = h;
    ui.shadow(dl, card, m.radius());
    dl->AddRectFilled(card.min(), card.max(), palette::off_white, m.radius());
    Rect edge = ui.flip(card, 0, card.y, m.u(10), card.h);
    dl->AddRectFilled(edge.min(), edge.max(), kRouteColor, m.radius(),
                      ui.rtl() ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
    Rect inner{card.x + m.u(36), card.y + m.u(24), card.w - m.u(60), 0};
    float cy = inner.y;
    ui.text(dl, heading, {inner.x, cy, inner.w, m.u(48)}, TextSize::title, palette::ink,
            Align::start, true);
    cy += m.u(52);
    if (!name.empty()) {
        ui.text(dl, name, {inner.x, cy, inner.w, m.u(40)}, TextSize::body, palette::ink_soft);
        cy += m.u(44);
    }
    if (walk_) {
        std::string line = walk_summary(ui, *walk_);
        ui.text(dl, line, {inner.x, cy, inner.w, m.u(44)}, TextSize::body, kRouteColor,
                Align::start, true);
    } else if (no_way_) {
        ui.text(dl, ui.tr("map.no_route"), {inner.x, cy, inner.w, m.u(44)}, TextSize::body,
                palette::terracotta);
    }
    cy += m.u(56);
    if (e && ui.button("map-open-exhibitor", {inner.x, cy, inner.w, m.target()},
                       ui.tr("map.open_exhibitor"), icon::users, kRouteColor, palette::off_white))
        nav.go({ScreenKind::exhibitor, ExhibitorId{e->id}});
    y += card.h + m.u(32);
    return y;
}

// Sectors: a colour each; a tap shows where its stands are. Returns where the next part starts.
float MapScreen::draw_legend(Ui& ui, ImDrawList* dl, Rect first) {
    const Metrics& m = ui.m;
    float y = first.y;
    ui.text(dl, ui.tr("map.sectors"), {first.x, y, first.w, m.u(44)}, TextSize::title, palette::ink,
            Align::start, true);
    y += m.u(56);
    for (const Sector& s : ui.catalog->sectors) {
        if (!s.is_sector())
            continue;
        Rect row{first.x, y, first.w, m.target()};
        bool active = sector_ == s.id;
        bool pressed = false;
        if (ui.hit("legend-" + s.id, row, ui.in_lang(s.name), &pressed))
            sector_ = active ? std::string() : s.id;
        row_back(ui, dl, row, active, pressed, sector_color(s.color));
        Rect swatch = ui.flip(row, m.u(18), row.y + m.u(18), m.u(36), m.u(36));
        dl->AddRectFilled(swatch.min(), swatch.max(), sector_color(s.color), m.u(6));
        Rect label = ui.flip(row, m.u(72), row.y, row.w - m.u(90), row.h);
        ui.text(dl, ui.in_lang(s.name), label, TextSize::body, palette::ink, Align::start, active);
        ui.text(
            dl,
            ui.i18n().format(ui.lang, "sectors.exhibitors", "n", std::to_string(s.exhibitor_count)),
            label, TextSize::caption, palette::ink_soft, Align::end);
        y += m.target() + m.u(8);
    }
    return y;
}

// The places of the hall: tap one to see the way to the nearest. Returns where the panel ends.
float MapScreen::draw_places(Ui& ui, Navigator& nav, ImDrawList* dl, Rect second) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    bool portrait = ui.portrait();
    float y2 = second.y;
    ui.text(dl, ui.tr("map.places"), {second.x, y2, second.w, m.u(44)}, TextSize::title,
            palette::ink, Align::start, true);
    y2 += m.u(56);
    struct Entry {
        const char* glyph;
        ImU32 color;
        std::string label;
        std::string facility; // tap: the way there
    };
    std::vector<Entry> entries;
    std::set<FacilityKind> kinds;
    for (const Facility& f : c.plan.facilities)
        if (kinds.insert(f.kind).second)
            entries.push_back({facility_icon(f.kind), kFacilityFill, facility_name(ui, f), f.id});
    std::set<DoorKind> doors;
    for (const Door& d : c.plan.doors)
        if (doors.insert(d.kind).second)
            entries.push_back({door_icon(d.kind),
                               door_color(d.kind),
                               ui.tr("door." + std::string(door_kind_key(d.kind))),
                               {}});
    int cols = portrait ? 1 : 2;
    float cell_w = (second.w - m.u(12) * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries[i];
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        float row_y = y2 + static_cast<float>(i / static_cast<size_t>(cols)) * m.u(80);
        Rect cell = ui.flip(second, col * (cell_w + m.u(12)), row_y, cell_w, m.target());
        bool pressed = false;
        if (!entry.facility.empty() &&
            ui.hit("place-" + entry.facility, cell, entry.label, &pressed))
            show_facility(ui, nav, entry.facility);
        bool active = !entry.facility.empty() && entry.facility == facility_;
        row_back(ui, dl, cell, active, pressed, kRouteColor);
        Rect badge = ui.flip(cell, m.u(14), cell.y + m.u(14), m.u(44), m.u(44));
        dl->AddRectFilled(badge.min(), badge.max(), entry.color, m.u(22));
        ImFont* f = ui.font(TextSize::caption, true);
        ImVec2 isz = f->CalcTextSizeA(m.u(24), FLT_MAX, 0, entry.glyph);
        dl->AddText(f, m.u(24),
                    ImVec2(std::floor(badge.centre().x - isz.x / 2),
                           std::floor(badge.centre().y - isz.y / 2)),
                    palette::off_white, entry.glyph);
        // Two short lines where one is not enough ("Accueil et information").
        Rect label = ui.flip(cell, m.u(72), cell.y, cell.w - m.u(80), cell.h);
        float h = ui.paragraph_height(entry.label, label.w, TextSize::caption, 2, active);
        ui.paragraph(dl, entry.label, {label.x, cell.y + (cell.h - h) / 2, label.w, 0},
                     TextSize::caption, palette::ink, Align::start, 2, active);
    }
    float after = y2 + static_cast<float>((entries.size() + static_cast<size_t>(cols) - 1) /
                                          static_cast<size_t>(cols)) *
                           m.u(80);
    // How to use the map, last.
    after += m.u(12);
    after += ui.paragraph(dl, ui.tr("map.tap_stand"), {second.x, after, second.w, 0},
                          TextSize::caption, palette::ink_soft);
    return after;
}

std::vector<Target> MapScreen::every_target(const Catalog* catalog) const {
    if (!catalog)
        return {};
    // The hall, each sector's stands, and the way to every stand and facility.
    std::vector<Target> targets{Target{}};
    for (const Sector& s : catalog->sectors)
        if (s.is_sector())
            targets.push_back(SectorId{s.id});
    for (const Exhibitor& e : catalog->exhibitors)
        targets.push_back(StandId{e.stand});
    for (const Facility& f : catalog->plan.facilities)
        targets.push_back(FacilityId{f.id});
    return targets;
}

std::unique_ptr<Screen> make_map_screen() {
    return std::make_unique<MapScreen>();
}

} // namespace vitrine::kiosk
