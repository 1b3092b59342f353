// "Ma visite" on screen: the visitor's shortlist as the kiosk holds it for one visit, the pin
// that adds a maker to it from an exhibitor or product page, the top bar's button with its
// count, and the kind word shown when a maker cannot be added (the eleventh). The session is
// owned by the App, cleared at the idle reset, and used on the UI thread only.
#pragma once

#include "ui/ui.h"
#include "vitrine/catalog/visit.h"

#include <optional>
#include <string>

namespace vitrine::kiosk {

struct VisitSession {
    Visit visit;
    std::string notice_key; // a refusal to show (Visit::message_key), empty for none
    double notice_until = 0;

    static constexpr double kNoticeSeconds = 4;
    void clear() { *this = {}; }
    // Seconds until the notice goes, for the app's sleep; nullopt without one.
    std::optional<double> notice_ends_in(double now) const {
        if (notice_key.empty() || now >= notice_until)
            return std::nullopt;
        return notice_until - now;
    }
};

// The pin of a maker: "Add to my visit", or "In my visit" once added (a tap takes it off
// again). Adds or removes on a tap; a refusal sets the session's notice. True on a tap.
bool visit_pin(Ui& ui, VisitSession& session, const Exhibitor& maker, Rect r);
// Wide enough for either of its labels, so that it does not change size when tapped.
float visit_pin_width(Ui& ui);

// The top bar's "Ma visite" with the number of makers chosen; true on a tap. Its width for a
// bar of this height, so that the bar can place it.
float visit_bar_button_width(Ui& ui, float height);
bool visit_bar_button(Ui& ui, const VisitSession& session, Rect r);

// The refusal, at the bottom of the screen, while it lasts.
void draw_visit_notice(Ui& ui, const VisitSession& session);

} // namespace vitrine::kiosk
