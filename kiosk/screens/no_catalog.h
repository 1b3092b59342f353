// Before any catalogue is installed: a calm "coming soon", never an error.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class NoCatalogScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    bool chrome() const override { return false; }
    bool resting() const override { return true; }
    std::vector<Target> every_target(const Catalog* catalog) const override {
        if (catalog)
            return {};
        return {Target{}};
    }
};

} // namespace vitrine::kiosk
