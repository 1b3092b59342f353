// Every sector, each with its sub-sectors and how many makers are in them.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class SectorsScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override { scroll_.reset(); }
    std::string title(Ui& ui, const Route&) override { return ui.tr("sectors.title"); }

private:
    ScrollArea scroll_;
};

} // namespace vitrine::kiosk
