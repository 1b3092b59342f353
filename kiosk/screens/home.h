// The three ways in (by sector, by stand, search), featured makers, and the fair's practical
// information.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class HomeScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override { scroll_.reset(); }

private:
    ScrollArea scroll_;
};

} // namespace vitrine::kiosk
