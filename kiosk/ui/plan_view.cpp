#include "ui/plan_view.h"

#include "ui/fonts.h"

#include <algorithm>
#include <cmath>

namespace vitrine::kiosk {

namespace {

ImVec2 turn(ImVec2 d, int quarter_turns) {
    // Clockwise on the screen, where y points down: right becomes down.
    switch (((quarter_turns % 4) + 4) % 4) {
    case 1:
        return {-d.y, d.x};
    case 2:
        return {-d.x, -d.y};
    case 3:
        return {d.y, -d.x};
    default:
        return d;
    }
}

// The screen rectangle covering a plan rectangle, whatever the turn.
Rect screen_rect(const PlanView& view, const vitrine::PlanRect& r) {
    ImVec2 a = view.to_screen({r.x, r.y});
    ImVec2 b = view.to_screen({r.x + r.width, r.y + r.depth});
    float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    return {x0, y0, std::abs(a.x - b.x), std::abs(a.y - b.y)};
}

bool on_screen(const Rect& r, const Rect& view) {
    return r.x + r.w >= view.x && r.x <= view.x + view.w && r.y + r.h >= view.y &&
           r.y <= view.y + view.h;
}

// Fills a simple polygon, convex or not, by ear clipping: halls are often L- or U-shaped and
// ImGui 1.86 fills convex polygons only.
void fill_polygon(ImDrawList* dl, std::vector<ImVec2> pts, ImU32 color) {
    auto cross = [](ImVec2 a, ImVec2 b, ImVec2 c) {
        return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    };
    float area = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        const ImVec2& a = pts[i];
        const ImVec2& b = pts[(i + 1) % pts.size()];
        area += a.x * b.y - b.x * a.y;
    }
    if (area < 0)
        std::reverse(pts.begin(), pts.end());
    auto inside = [&](ImVec2 p, ImVec2 a, ImVec2 b, ImVec2 c) {
        return cross(a, b, p) > 0 && cross(b, c, p) > 0 && cross(c, a, p) > 0;
    };
    size_t guard = pts.size() * pts.size() + 8;
    while (pts.size() >= 3 && guard-- > 0) {
        bool clipped = false;
        for (size_t i = 0; i < pts.size(); ++i) {
            ImVec2 a = pts[(i + pts.size() - 1) % pts.size()], b = pts[i],
                   c = pts[(i + 1) % pts.size()];
            if (cross(a, b, c) <= 0)
                continue;
            bool ear = true;
            for (const ImVec2& p : pts)
                if (inside(p, a, b, c)) {
                    ear = false;
                    break;
                }
            if (!ear)
                continue;
            dl->AddTriangleFilled(a, b, c, color);
            pts.erase(pts.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
            break;
        }
        if (!clipped)
            break; // not a simple polygon: leave the rest unfilled rather than loop
    }
}

// A short text in a rounded tag centred above `anchor`.
void tag(Ui& ui, ImDrawList* dl, std::string_view text, ImVec2 anchor, ImU32 fill, ImU32 ink,
         bool below = false) {
    const Metrics& m = ui.m;
    ImVec2 size = ui.measure(text, TextSize::caption, true);
    float y = below ? anchor.y + m.u(6) : anchor.y - m.u(44);
    Rect r{anchor.x - size.x / 2 - m.u(14), y, size.x + m.u(28), m.u(38)};
    dl->AddRectFilled(r.min(), r.max(), fill, m.u(19));
    if (below)
        dl->AddTriangleFilled(ImVec2(anchor.x, anchor.y - m.u(2)),
                              ImVec2(anchor.x + m.u(8), r.y + 1),
                              ImVec2(anchor.x - m.u(8), r.y + 1), fill);
    else
        dl->AddTriangleFilled(ImVec2(anchor.x - m.u(8), r.y + r.h - 1),
                              ImVec2(anchor.x + m.u(8), r.y + r.h - 1),
                              ImVec2(anchor.x, r.y + r.h + m.u(8)), fill);
    ui.text(dl, text, r, TextSize::caption, ink, Align::centre, true);
}

void icon_at(Ui& ui, ImDrawList* dl, const char* glyph, ImVec2 centre, float size, ImU32 color) {
    ImFont* f = ui.font(TextSize::caption, true);
    ImVec2 extent = f->CalcTextSizeA(size, FLT_MAX, 0, glyph);
    dl->AddText(f, size,
                ImVec2(std::floor(centre.x - extent.x / 2), std::floor(centre.y - extent.y / 2)),
                color, glyph);
}

} // namespace

ImVec2 PlanView::to_screen(vitrine::Point p) const {
    ImVec2 d(static_cast<float>(p.x - centre.x) * ppm, static_cast<float>(p.y - centre.y) * ppm);
    ImVec2 t = turn(d, quarter_turns);
    ImVec2 c = view.centre();
    return {c.x + t.x, c.y + t.y};
}

vitrine::Point PlanView::to_plan(ImVec2 s) const {
    ImVec2 c = view.centre();
    ImVec2 d = turn(ImVec2((s.x - c.x) / ppm, (s.y - c.y) / ppm), -quarter_turns);
    return {centre.x + d.x, centre.y + d.y};
}

float PlanView::fit(const vitrine::PlanRect& bounds, float margin) const {
    double w = bounds.width, h = bounds.depth;
    if (quarter_turns % 2 != 0)
        std::swap(w, h);
    if (w <= 0 || h <= 0)
        return 1;
    return static_cast<float>(std::min((view.w - 2 * margin) / w, (view.h - 2 * margin) / h));
}

const KioskSpot* this_kiosk(const Ui& ui) {
    const FloorPlan& plan = ui.catalog->plan;
    for (const KioskSpot& k : plan.kiosks)
        if (k.id == ui.kiosk_id)
            return &k;
    return plan.kiosks.empty() ? nullptr : &plan.kiosks.front();
}

int quarter_turns_for(double facing_degrees) {
    double forward = facing_degrees + 180; // the visitor looks at the screen
    int turns = static_cast<int>(std::lround(-forward / 90.0));
    return ((turns % 4) + 4) % 4;
}

ImU32 stand_color(const Catalog& catalog, const Stand& stand, uint32_t* rgb) {
    const Exhibitor* e = catalog.exhibitor_at_stand(stand.id);
    const Sector* s = e ? catalog.sector(e->sector) : nullptr;
    if (rgb)
        *rgb = s ? s->color : 0xE8D9C2;
    return s ? sector_color(s->color) : palette::sand_deep;
}

std::string walk_summary(const Ui& ui, const vitrine::Walk& walk) {
    int minutes = std::max(1, static_cast<int>(std::ceil(walk.seconds / 60.0)));
    int metres = static_cast<int>(std::lround(walk.metres));
    return ui.i18n().format(ui.lang, "map.distance", "m", std::to_string(metres)) + " · " +
           ui.i18n().format(ui.lang, "map.walk_time", "min", std::to_string(minutes));
}

const char* facility_icon(FacilityKind kind) {
    switch (kind) {
    case FacilityKind::toilets:
        return icon::toilets;
    case FacilityKind::prayer_room:
        return icon::prayer;
    case FacilityKind::cafe:
        return icon::coffee;
    case FacilityKind::first_aid:
        return icon::first_aid;
    case FacilityKind::information:
        return icon::info;
    case FacilityKind::other:
        break;
    }
    return icon::marker;
}

const char* door_icon(DoorKind kind) {
    switch (kind) {
    case DoorKind::entrance:
    case DoorKind::entrance_exit:
        return icon::entrance;
    case DoorKind::exit:
        return icon::exit;
    case DoorKind::emergency_exit:
        return icon::emergency;
    }
    return icon::entrance;
}

ImU32 door_color(DoorKind kind) {
    switch (kind) {
    case DoorKind::entrance:
    case DoorKind::entrance_exit:
        return palette::zellige;
    case DoorKind::exit:
        return palette::majorelle;
    case DoorKind::emergency_exit:
        return palette::rgb(0xC0392B);
    }
    return palette::zellige;
}

namespace {

void draw_floor(Ui& ui, ImDrawList* dl, const PlanView& view) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    // The hall's floor and walls.
    std::vector<ImVec2> outline;
    outline.reserve(plan.outline.size());
    for (const vitrine::Point& p : plan.outline)
        outline.push_back(view.to_screen(p));
    bool rectangular = outline.size() == 4 && outline[0].x == outline[3].x &&
                       outline[1].x == outline[2].x && outline[0].y == outline[1].y &&
                       outline[2].y == outline[3].y;
    if (rectangular)
        dl->AddRectFilled(
            ImVec2(std::min(outline[0].x, outline[2].x), std::min(outline[0].y, outline[2].y)),
            ImVec2(std::max(outline[0].x, outline[2].x), std::max(outline[0].y, outline[2].y)),
            palette::off_white);
    else
        fill_polygon(dl, outline, palette::off_white);
    // The aisles, a shade lighter than the stands' floor, as wide as they are.
    for (const Aisle& aisle : plan.aisles) {
        std::vector<ImVec2> line;
        for (const vitrine::Point& p : aisle.points)
            line.push_back(view.to_screen(p));
        dl->AddPolyline(line.data(), static_cast<int>(line.size()), palette::rgb(0xF7EEDF), 0,
                        static_cast<float>(aisle.width) * view.ppm);
    }
    if (outline.size() >= 2)
        dl->AddPolyline(outline.data(), static_cast<int>(outline.size()), palette::ink_soft,
                        ImDrawFlags_Closed, m.u(4));
}

void draw_stands(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    const FloorPlan& plan = c.plan;
    // Stands, in their sector's colour; the chosen sector's stay bright.
    ImFont* label_font = ui.font(TextSize::caption, true);
    for (const Stand& stand : plan.stands) {
        Rect r = screen_rect(view, stand.rect);
        if (!on_screen(r, view.visible()))
            continue;
        uint32_t rgb = 0;
        ImU32 fill = stand_color(c, stand, &rgb);
        const Exhibitor* e = c.exhibitor_at_stand(stand.id);
        bool faded = !marks.sector.empty() && (!e || e->sector != marks.sector);
        if (faded)
            fill = (fill & 0x00FFFFFF) | (static_cast<ImU32>(60) << IM_COL32_A_SHIFT);
        float inset = std::min(m.u(2), r.w / 8);
        Rect body = r.inset(inset);
        float rounding = std::min(m.u(5), body.w / 4);
        dl->AddRectFilled(body.min(), body.max(), fill, rounding);
        if (marks.pressed_stand == stand.id)
            dl->AddRectFilled(body.min(), body.max(), palette::rgb(0x000000, 60), rounding);
        // The open side, where the visitor walks in: a light edge.
        vitrine::Point a, b;
        const vitrine::PlanRect& s = stand.rect;
        switch (stand.opening) {
        case Side::north:
            a = {s.x, s.y}, b = {s.x + s.width, s.y};
            break;
        case Side::south:
            a = {s.x, s.y + s.depth}, b = {s.x + s.width, s.y + s.depth};
            break;
        case Side::west:
            a = {s.x, s.y}, b = {s.x, s.y + s.depth};
            break;
        case Side::east:
            a = {s.x + s.width, s.y}, b = {s.x + s.width, s.y + s.depth};
            break;
        }
        ImVec2 sa = view.to_screen(a), sb = view.to_screen(b);
        ImVec2 mid((sa.x + sb.x) / 2, (sa.y + sb.y) / 2);
        float shrink = 0.3f;
        dl->AddLine(ImVec2(sa.x + (mid.x - sa.x) * shrink * 2, sa.y + (mid.y - sa.y) * shrink * 2),
                    ImVec2(sb.x + (mid.x - sb.x) * shrink * 2, sb.y + (mid.y - sb.y) * shrink * 2),
                    palette::rgb(0xFFFFFF, faded ? 90 : 200), std::max(1.0f, m.u(4)));
        if (marks.labels) {
            ImVec2 extent =
                label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, 0, stand.id.c_str());
            if (extent.x + m.u(6) <= body.w && label_font->FontSize <= body.h) {
                ImU32 ink = rgb ? text_on(rgb) : palette::ink;
                if (faded)
                    ink = (ink & 0x00FFFFFF) | (static_cast<ImU32>(110) << IM_COL32_A_SHIFT);
                // Zoomed in, a stand has room for its maker's name under its number.
                float line = label_font->FontSize * 1.2f;
                std::string maker =
                    e && body.h >= 2.4f * line && body.w >= m.u(120)
                        ? ui.fitted(ui.in_lang(e->name), body.w - m.u(12), TextSize::caption)
                        : std::string();
                if (maker.empty() || maker == "…") {
                    ui.text(dl, stand.id, body, TextSize::caption, ink, Align::centre, true, true);
                } else {
                    float top = body.y + (body.h - 2 * line) / 2;
                    ui.text(dl, stand.id, {body.x, top, body.w, line}, TextSize::caption, ink,
                            Align::centre, true, true);
                    ui.text(dl, maker, {body.x + m.u(6), top + line, body.w - m.u(12), line},
                            TextSize::caption, ink, Align::centre);
                }
            }
        }
        if (marks.record)
            ui.record(stand.id, r, true); // the runner taps a stand by its number
    }
}

void draw_facilities(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    // Facilities: a slate block with the kind's icon.
    for (const Facility& f : plan.facilities) {
        Rect r = screen_rect(view, f.rect);
        if (!on_screen(r, view.visible()))
            continue;
        Rect body = r.inset(std::min(m.u(2), r.w / 8));
        dl->AddRectFilled(body.min(), body.max(), kFacilityFill, std::min(m.u(5), body.w / 4));
        float size = std::min({body.w, body.h, m.u(34)}) * 0.8f;
        if (size >= m.u(12))
            icon_at(ui, dl, facility_icon(f.kind), body.centre(), size, palette::off_white);
        std::string name = f.name.empty()
                               ? ui.tr("facility." + std::string(facility_kind_key(f.kind)))
                               : ui.in_lang(f.name);
        if (marks.record)
            ui.record(name, r, true);
    }
}

void draw_doors(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    // Doors: a coloured bar in the wall and a badge just inside.
    ImVec2 hall_centre = view.to_screen(plan.bounds().centre());
    for (const Door& door : plan.doors) {
        // The wall the door is in: the nearest edge of the outline.
        size_t best = 0;
        double best_d = 1e18;
        for (size_t i = 0; i < plan.outline.size(); ++i) {
            const vitrine::Point& p = plan.outline[i];
            const vitrine::Point& q = plan.outline[(i + 1) % plan.outline.size()];
            double dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
            double t =
                len2 > 0
                    ? std::clamp(((door.at.x - p.x) * dx + (door.at.y - p.y) * dy) / len2, 0.0, 1.0)
                    : 0;
            double ex = p.x + t * dx - door.at.x, ey = p.y + t * dy - door.at.y;
            if (ex * ex + ey * ey < best_d)
                best_d = ex * ex + ey * ey, best = i;
        }
        if (plan.outline.size() < 2)
            continue;
        const vitrine::Point& p = plan.outline[best];
        const vitrine::Point& q = plan.outline[(best + 1) % plan.outline.size()];
        double len = std::hypot(q.x - p.x, q.y - p.y);
        double ux = len > 0 ? (q.x - p.x) / len : 1, uy = len > 0 ? (q.y - p.y) / len : 0;
        double half = door.width / 2;
        ImVec2 a = view.to_screen({door.at.x - ux * half, door.at.y - uy * half});
        ImVec2 b = view.to_screen({door.at.x + ux * half, door.at.y + uy * half});
        ImU32 color = door_color(door.kind);
        dl->AddLine(a, b, color, marks.compact ? m.u(6) : m.u(10));
        ImVec2 at = view.to_screen(door.at);
        float dx = hall_centre.x - at.x, dy = hall_centre.y - at.y;
        float d = std::max(1.0f, std::sqrt(dx * dx + dy * dy));
        if (marks.compact)
            continue; // the bar in the wall is enough on a small map
        float r = m.u(20);
        ImVec2 badge(at.x + dx / d * (r + m.u(10)), at.y + dy / d * (r + m.u(10)));
        dl->AddCircleFilled(badge, r, color, 24);
        icon_at(ui, dl, door_icon(door.kind), badge, m.u(22), palette::off_white);
        std::string name = door.name.empty()
                               ? ui.tr("door." + std::string(door_kind_key(door.kind)))
                               : ui.in_lang(door.name);
        if (marks.record)
            ui.record(name, {badge.x - r, badge.y - r, 2 * r, 2 * r}, false);
    }
}

void draw_destination(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    // The destination: a ring around it and its number always shown.
    auto ring = [&](const vitrine::PlanRect& target, const std::string& label) {
        Rect r = screen_rect(view, target);
        float grow = m.u(6);
        dl->AddRect(ImVec2(r.x - grow, r.y - grow), ImVec2(r.x + r.w + grow, r.y + r.h + grow),
                    kRouteColor, m.u(8), 0, m.u(5));
        // A stand that shows its own number needs no bubble, which would cover its neighbour's;
        // a small one gets the bubble above it, or below when the top of the map would cut it.
        ImVec2 number = ui.measure(label, TextSize::caption, true);
        bool shows_number = marks.labels &&
                            number.x + m.u(6) <= r.w - 2 * std::min(m.u(2), r.w / 8) &&
                            ui.font(TextSize::caption, true)->FontSize <= r.h;
        if (label.empty() || shows_number)
            return;
        bool below = r.y - grow - m.u(52) < view.visible().y;
        tag(ui, dl, label, ImVec2(r.x + r.w / 2, below ? r.y + r.h + grow : r.y - grow),
            kRouteColor, palette::off_white, below);
    };
    if (!marks.stand.empty())
        if (const Stand* s = plan.stand(marks.stand))
            ring(s->rect, s->id);
    if (!marks.facility.empty())
        for (const Facility& f : plan.facilities)
            if (f.id == marks.facility)
                ring(f.rect, {});
}

} // namespace

void draw_plan(Ui& ui, ImDrawList* dl, const PlanView& view, const PlanMarks& marks) {
    // The plan is mostly axis-aligned rectangles and lines: drawn without anti-aliased fringes,
    // each is one quad, which a software rasteriser fills as a rectangle, many times faster than
    // triangles with soft edges. The walk and the marks keep their soft edges.
    ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~(ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill);
    draw_floor(ui, dl, view);
    draw_stands(ui, dl, view, marks);
    draw_facilities(ui, dl, view, marks);
    dl->Flags = flags;
    draw_doors(ui, dl, view, marks);
    draw_destination(ui, dl, view, marks);
    if (marks.here)
        draw_here(ui, dl, view, *marks.here, marks.labels, marks.compact);
}

void draw_walk(Ui& ui, ImDrawList* dl, const PlanView& view, const vitrine::Walk& walk,
               bool compact) {
    const Metrics& m = ui.m;
    if (walk.points.size() < 2)
        return;
    std::vector<ImVec2> pts;
    for (const vitrine::Point& p : walk.points)
        pts.push_back(view.to_screen(p));
    float width = compact ? m.u(5) : m.u(9);
    ImU32 halo = palette::rgb(0xFFFFFF, 220);
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), halo, 0, width + m.u(6));
    for (const ImVec2& p : pts)
        dl->AddCircleFilled(p, (width + m.u(6)) / 2, halo, 16);
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), kRouteColor, 0, width);
    for (const ImVec2& p : pts)
        dl->AddCircleFilled(p, width / 2, kRouteColor, 16); // round joins
    // White arrowheads along the line, wider than it, so that the way to walk
    // reads at a glance, as on a printed plan.
    float spacing = compact ? m.u(56) : m.u(96), carry = spacing / 2;
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        ImVec2 a = pts[i], b = pts[i + 1];
        float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
        if (len < 1)
            continue;
        float ux = dx / len, uy = dy / len;
        float t = carry;
        for (; t < len; t += spacing) {
            ImVec2 c(a.x + ux * t, a.y + uy * t);
            float ahead = width * 1.5f, half = width * 1.3f;
            ImVec2 tip(c.x + ux * ahead, c.y + uy * ahead);
            ImVec2 l(c.x - ux * ahead * 0.6f - uy * half, c.y - uy * ahead * 0.6f + ux * half);
            ImVec2 r(c.x - ux * ahead * 0.6f + uy * half, c.y - uy * ahead * 0.6f - ux * half);
            dl->AddTriangleFilled(l, tip, r, palette::off_white);
            dl->AddTriangle(l, tip, r, kRouteColor, m.u(2));
        }
        carry = t - len;
    }
    dl->AddCircleFilled(pts.back(), width * 0.9f, kRouteColor, 20);
    dl->AddCircleFilled(pts.back(), width * 0.4f, palette::off_white, 16);
}

void draw_here(Ui& ui, ImDrawList* dl, const PlanView& view, const KioskSpot& here, bool label,
               bool compact) {
    const Metrics& m = ui.m;
    ImVec2 at = view.to_screen(here.at);
    float k = compact ? 0.6f : 1.0f;
    dl->AddCircleFilled(at, m.u(22) * k, palette::rgb(0xC0392B, 50), 32);
    dl->AddCircleFilled(at, m.u(13) * k, palette::off_white, 24);
    dl->AddCircleFilled(at, m.u(9) * k, kHereColor, 24);
    if (label)
        tag(ui, dl, ui.tr("map.you_are_here"), ImVec2(at.x, at.y - m.u(16)), kHereColor,
            palette::off_white);
}

} // namespace vitrine::kiosk
