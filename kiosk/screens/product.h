// A product: large photos with swipe, name, maker, material or origin, labels, indicative
// price, and the way to the maker's stand.
#pragma once

#include "screens/screen.h"

namespace vitrine::kiosk {

class ProductScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::vector<Target> every_target(const Catalog* catalog) const override;
    std::string title(Ui& ui, const Route& route) override;

private:
    void draw_gallery(Ui& ui, const Product& product, Rect gallery);
    void draw_details(Ui& ui, Navigator& nav, const Product& product, const Exhibitor& maker,
                      Rect info);

    std::string shown_;
    size_t photo_ = 0; // which photo of the gallery
};

} // namespace vitrine::kiosk
