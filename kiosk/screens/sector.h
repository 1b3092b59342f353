// A sector's makers, with its sub-sectors as filters and their counts. The route's id is a
// sector (all its makers) or a sub-sector (filtered on it).
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class SectorScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::vector<Target> every_target(const Catalog* catalog) const override;
    std::string title(Ui& ui, const Route& route) override;

private:
    ScrollArea scroll_;
    ScrollArea chips_;
    std::string shown_;  // the route the scroll position belongs to
    std::string filter_; // the sub-sector chosen on this screen; empty for all
};

} // namespace vitrine::kiosk
