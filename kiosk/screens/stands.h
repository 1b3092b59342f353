// Makers by stand number, for the visitor who was told "stand B12".
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class StandsScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override { scroll_.reset(); }
    std::string title(Ui& ui, const Route&) override { return ui.tr("stands.title"); }

private:
    ScrollArea scroll_;
};

} // namespace vitrine::kiosk
