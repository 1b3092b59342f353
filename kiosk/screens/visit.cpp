#include "screens/visit.h"

#include "screens/cards.h"
#include "ui/plan_view.h"
#include "ui/visit_pin.h"

#include <algorithm>
#include <cstdint>

namespace vitrine::kiosk {

void VisitScreen::reset() {
    planned_for_.clear();
    planned_.reset();
    qr_ = {};
    scroll_.reset();
}

void VisitScreen::refresh(Ui& ui) {
    const Visit& visit = ui.visit->visit;
    std::string key = std::to_string(reinterpret_cast<uintptr_t>(ui.catalog)) + "/" +
                      std::string(lang_code(ui.lang));
    for (const VisitStop& s : visit.stops())
        key += "/" + s.exhibitor;
    if (key == planned_for_)
        return;
    planned_for_ = key;
    planned_.reset();
    qr_ = {};
    const KioskSpot* here = this_kiosk(ui);
    if (visit.empty() || !ui.wayfinder || !here)
        return;
    auto from = ui.wayfinder->place(Place::Kind::kiosk, here->id);
    if (from)
        planned_ = plan_visit(*ui.wayfinder, *from, visit);
    if (!planned_)
        return;
    // The names as the visitor reads them now, whatever language they were pinned in.
    for (VisitStop& stop : planned_->order)
        if (const Exhibitor* e = ui.catalog->exhibitor(stop.exhibitor))
            stop.name = ui.in_lang(e->name);
    VisitTextLabels labels;
    labels.title = ui.tr("visit.qr_title");
    labels.stand = ui.tr("visit.qr_stand");
    labels.stands = ui.tr("visit.qr_stands");
    labels.exit = ui.tr("visit.qr_exit");
    labels.metres = ui.tr("visit.qr_metres");
    labels.minutes = ui.tr("visit.qr_minutes");
    // Version 13 holds the longest visit (kVisitQrMaxBytes): the code keeps one size, drawn
    // large enough for a phone at arm's length, however many stops it carries.
    qr_ = QrCode::encode(visit_qr_text(*planned_, labels), 13);
}

void VisitScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    if (!ui.visit || ui.visit->visit.empty()) {
        draw_empty(ui, nav, area);
        return;
    }
    refresh(ui);
    const Metrics& m = ui.m;
    Rect page = area.inset(m.margin());
    float qr_h = m.u(300);
    if (ui.portrait()) {
        Rect map = page.top(page.h * 0.36f);
        draw_map(ui, map);
        Rect list{page.x, map.y + map.h + m.gap(), page.w, page.h - map.h - 2 * m.gap() - qr_h};
        draw_stops(ui, nav, list);
        draw_qr(ui, {page.x, page.y + page.h - qr_h, page.w, qr_h});
        return;
    }
    float map_w = page.w * 0.56f;
    draw_map(ui, ui.flip(page, 0, page.y, map_w, page.h));
    Rect side = ui.flip(page, map_w + m.u(40), page.y, page.w - map_w - m.u(40), page.h);
    draw_stops(ui, nav, {side.x, side.y, side.w, side.h - qr_h - m.gap()});
    draw_qr(ui, {side.x, side.y + side.h - qr_h, side.w, qr_h});
}

// Nothing pinned yet: what the page is for and how to fill it, and a way to the makers.
void VisitScreen::draw_empty(Ui& ui, Navigator& nav, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = std::min(area.w - 2 * m.margin(), m.u(900));
    Rect col{area.x + (area.w - w) / 2, area.y + area.h * 0.16f, w, 0};
    ImFont* f = ui.fonts().display;
    ImVec2 isz = f->CalcTextSizeA(f->FontSize * 1.5f, FLT_MAX, 0, icon::marker);
    dl->AddText(f, f->FontSize * 1.5f, ImVec2(col.x + (w - isz.x) / 2, col.y), palette::terracotta,
                icon::marker);
    float y = col.y + isz.y + m.u(32);
    y += ui.paragraph(dl, ui.tr("visit.empty_title"), {col.x, y, w, 0}, TextSize::title,
                      palette::ink, Align::centre, 2, true);
    y += m.u(20);
    y += ui.paragraph(dl, ui.tr("visit.empty_hint"), {col.x, y, w, 0}, TextSize::body,
                      palette::ink_soft, Align::centre, 4);
    y += m.u(48);
    float bw = std::min(w, ui.measure(ui.tr("visit.browse"), TextSize::body, true).x + m.u(140));
    if (ui.button("visit-browse", {col.x + (w - bw) / 2, y, bw, m.target()}, ui.tr("visit.browse"),
                  icon::stands, palette::terracotta, palette::off_white))
        nav.go({ScreenKind::stands, {}});
}

// The hall with the walk and a numbered badge on each stop, in walking order.
void VisitScreen::draw_map(Ui& ui, Rect r) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.shadow(dl, r, m.radius());
    dl->AddRectFilled(r.min(), r.max(), palette::sand_deep, m.radius());
    PlanView view{r, 1, plan.bounds().centre(), 0};
    const KioskSpot* here = this_kiosk(ui);
    view.quarter_turns = here ? quarter_turns_for(here->facing_degrees) : 0;
    view.ppm = view.fit(plan.bounds(), m.u(28));
    PlanMarks marks;
    marks.labels = false;
    marks.record = false;
    marks.here = here;
    ImGui::PushClipRect(r.min(), r.max(), true);
    draw_plan(ui, dl, view, marks);
    if (planned_)
        draw_walk(ui, dl, view, planned_->route);
    if (here)
        draw_here(ui, dl, view, *here, false);
    if (planned_) {
        const auto& stops = planned_->route.stops;
        float d = m.u(44);
        for (size_t i = 1; i + 1 < stops.size(); ++i) {
            ImVec2 c = view.to_screen(stops[i].at);
            dl->AddCircleFilled(c, d / 2 + m.u(3), palette::off_white);
            dl->AddCircleFilled(c, d / 2, palette::terracotta);
            ui.text(dl, std::to_string(i), {c.x - d / 2, c.y - d / 2, d, d}, TextSize::caption,
                    palette::off_white, Align::centre, true);
        }
    }
    ImGui::PopClipRect();
}

// The walk's length and time, then each stop with its number, maker, stand and "remove".
void VisitScreen::draw_stops(Ui& ui, Navigator& nav, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Visit& visit = ui.visit->visit;
    std::string count = ui.i18n().format(ui.lang, "visit.count", "n", std::to_string(visit.size()));
    ui.text_fit(dl, count, r.top(m.u(56)), TextSize::title, palette::ink, Align::start, true);
    std::string walk = planned_ ? walk_summary(ui, planned_->route) : ui.tr("visit.no_tour");
    ui.text_fit(dl, walk, {r.x, r.y + m.u(56), r.w, m.u(40)}, TextSize::body, palette::ink_soft);
    Rect list = r.cut_top(m.u(112));
    // Walking order when there is a tour, else the order they were pinned.
    const std::vector<VisitStop>& stops = planned_ ? planned_->order : visit.stops();
    float row = m.target() + m.u(16);
    scroll_.begin(ui, list, row * static_cast<float>(stops.size()));
    std::string remove;
    for (size_t i = 0; i < stops.size(); ++i) {
        float y = list.y + row * static_cast<float>(i) - scroll_.offset();
        if (!scroll_.visible(row * static_cast<float>(i), row))
            continue;
        const VisitStop& s = stops[i];
        Rect line{list.x, y, list.w, m.target()};
        dl->AddRectFilled(line.min(), line.max(), palette::off_white, m.radius());
        float d = m.u(48);
        Rect num = ui.flip(line, m.u(14), y + (m.target() - d) / 2, d, d);
        dl->AddCircleFilled(num.centre(), d / 2, palette::terracotta);
        ui.text(dl, std::to_string(i + 1), num, TextSize::caption, palette::off_white,
                Align::centre, true);
        float rw = std::max(m.target() * 2.2f,
                            ui.measure(ui.tr("visit.remove"), TextSize::caption, true).x + m.u(90));
        float name_x = m.u(14) + d + m.u(18);
        Rect name = ui.flip(line, name_x, y, line.w - name_x - rw - m.u(12), m.target());
        std::string shown = stand_label(ui, s.stand) + " · " + s.name;
        if (ui.hit("visit-stop-" + s.exhibitor, name, s.name))
            nav.go({ScreenKind::exhibitor, ExhibitorId{s.exhibitor}});
        ui.text_fit(dl, shown, name, TextSize::body, palette::ink, Align::start, true);
        if (ui.button("visit-remove-" + s.exhibitor, ui.flip(line, line.w - rw, y, rw, m.target()),
                      ui.tr("visit.remove"), icon::close, palette::sand, palette::ink,
                      TextSize::caption))
            remove = s.exhibitor;
    }
    scroll_.end();
    if (!remove.empty())
        ui.visit->visit.remove(remove);
}

// The visit to take away: its QR code and what to do with it.
void VisitScreen::draw_qr(Ui& ui, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.min(), r.max(), palette::off_white, m.radius());
    Rect inner = r.inset(m.u(20));
    if (qr_.size == 0) {
        ui.paragraph(dl, ui.tr("visit.no_tour"), inner, TextSize::body, palette::ink_soft,
                     Align::start, 3);
        return;
    }
    float side = inner.h;
    qr_.draw(dl, ui.flip(inner, 0, inner.y, side, side));
    Rect text = ui.flip(inner, side + m.u(28), inner.y + m.u(20), inner.w - side - m.u(28), 0);
    float h = ui.paragraph(dl, ui.tr("visit.scan"), text, TextSize::title, palette::ink,
                           Align::start, 3, true);
    text.y += h + m.u(12);
    ui.paragraph(dl, ui.tr("visit.scan_hint"), text, TextSize::caption, palette::ink_soft,
                 Align::start, 4);
}

std::unique_ptr<Screen> make_visit_screen() {
    return std::make_unique<VisitScreen>();
}

} // namespace vitrine::kiosk
