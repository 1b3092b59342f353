// "Ma visite": the makers the visitor pinned, walked in the best order from "you are here" to an
// exit on the map with numbered stops, the walk's length and time, a way to take a stop off,
// and the whole visit as a QR code of plain text for any phone's camera. With nothing pinned, a
// calm page says how to add makers. The shortlist itself is the App's (Ui::visit); this screen
// keeps only what it worked out from it.
#pragma once

#include "screens/screen.h"
#include "ui/qr.h"
#include "vitrine/catalog/visit.h"

#include <optional>
#include <string>

namespace vitrine::kiosk {

class VisitScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::string title(Ui& ui, const Route&) override { return ui.tr("visit.title"); }

private:
    // Plans the tour again when the shortlist, the language or the catalogue changed.
    void refresh(Ui& ui);
    void draw_empty(Ui& ui, Navigator& nav, Rect area);
    void draw_map(Ui& ui, Rect r);
    void draw_stops(Ui& ui, Navigator& nav, Rect r);
    void draw_qr(Ui& ui, Rect r);

    std::string planned_for_; // the shortlist, language and catalogue the plan was made for
    std::optional<PlannedVisit> planned_;
    QrCode qr_;
    ScrollArea scroll_;
};

} // namespace vitrine::kiosk
