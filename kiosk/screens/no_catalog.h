// Before any catalogue is installed: a calm "coming soon", never an error.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class NoCatalogScreen : public Screen {
public:
    void draw(Ui& ui, const Route& route, Rect area) override;
    bool chrome() const override { return false; }
};

} // namespace vitrine::kiosk
