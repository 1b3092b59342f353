#include "ui/visit_pin.h"

#include <algorithm>

namespace vitrine::kiosk {

bool visit_pin(Ui& ui, VisitSession& session, const Exhibitor& maker, Rect r) {
    bool added = session.visit.contains(maker.id);
    const std::string& label = ui.tr(added ? "visit.pin_added" : "visit.pin_add");
    // Added reads at a glance: the pin turns solid terracotta, as on the top bar's count.
    if (!ui.button("visit-pin", r, label, icon::marker, added ? palette::terracotta : palette::sand,
                   added ? palette::off_white : palette::terracotta))
        return false;
    if (added) {
        session.visit.remove(maker.id);
        return true;
    }
    Visit::Added result = session.visit.add({maker.id, ui.in_lang(maker.name), maker.stand});
    session.notice_key = std::string(Visit::message_key(result));
    session.notice_until = ui.now + VisitSession::kNoticeSeconds;
    return true;
}

// A portrait bar has no room for the words beside the home, back and language buttons: the pin
// and its count say it there.
static bool compact(const Ui& ui) {
    return ui.portrait();
}

float visit_pin_width(Ui& ui) {
    float a = ui.measure(ui.tr("visit.pin_add"), TextSize::body, true).x;
    float b = ui.measure(ui.tr("visit.pin_added"), TextSize::body, true).x;
    return std::max(a, b) + ui.m.u(110);
}

float visit_bar_button_width(Ui& ui, float height) {
    if (compact(ui))
        return height * 1.6f;
    return ui.measure(ui.tr("visit.title"), TextSize::caption, true).x + height * 1.7f;
}

bool visit_bar_button(Ui& ui, const VisitSession& session, Rect r) {
    const Metrics& m = ui.m;
    bool any = !session.visit.empty();
    const std::string& label = ui.tr("visit.title");
    bool tapped = ui.button("visit", r, compact(ui) ? std::string_view() : label, icon::marker,
                            any ? palette::terracotta : palette::sand,
                            any ? palette::off_white : palette::ink, TextSize::caption);
    if (compact(ui))
        ui.record(label, r, true); // still tapped by its name in scenarios
    // The count as a badge on the end corner, drawn over the button.
    std::string count = std::to_string(session.visit.size());
    float d = m.u(34);
    Rect badge = ui.flip(r, r.w - d * 0.75f, r.y - d * 0.25f, d, d);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(badge.centre(), d / 2, any ? palette::ink : palette::ink_soft);
    ui.text(dl, count, badge, TextSize::caption, palette::off_white, Align::centre, true);
    return tapped;
}

void draw_visit_notice(Ui& ui, const VisitSession& session) {
    if (!session.notice_ends_in(ui.now))
        return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Metrics& m = ui.m;
    const std::string& text = ui.tr(session.notice_key);
    float pad = m.u(28);
    float w = std::min(ui.screen.w - 2 * m.margin(), ui.measure(text, TextSize::body).x + 2 * pad);
    float h = ui.paragraph_height(text, w - 2 * pad, TextSize::body, 3) + 2 * pad;
    Rect card{ui.screen.x + (ui.screen.w - w) / 2, ui.screen.y + ui.screen.h - m.margin() - h, w,
              h};
    dl->AddRectFilled(card.min(), card.max(), palette::terracotta, m.radius());
    ImGui::PushClipRect(ui.screen.min(), ui.screen.max(), false);
    ui.paragraph(dl, text, card.inset(pad), TextSize::body, palette::off_white, Align::centre, 3);
    ImGui::PopClipRect();
}

} // namespace vitrine::kiosk
