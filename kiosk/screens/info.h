// The fair's practical information: dates, hours, place, organiser, facilities.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class InfoScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override { scroll_.reset(); }
    std::string title(Ui& ui, const Route&) override { return ui.tr("info.title"); }

private:
    ScrollArea scroll_;
};

} // namespace vitrine::kiosk
