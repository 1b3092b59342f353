// A maker: who they are, where they come from, their story, their products as photo cards, their
// stand on a small map with the way there, and their contact taken away by QR code.
#pragma once

#include "screens/screen.h"
#include "ui/qr.h"
#include "vitrine/catalog/wayfinding.h"

#include <optional>

namespace vitrine::kiosk {

class ExhibitorScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::vector<Target> every_target(const Catalog* catalog) const override;
    std::string title(Ui& ui, const Route& route) override;

private:
    void open(Ui& ui, const Exhibitor& e);
    Rect draw_about(Ui& ui, Navigator& nav, const Exhibitor& e, Rect page);
    void draw_where(Ui& ui, Navigator& nav, const Exhibitor& e, Rect where);
    void draw_contact(Ui& ui, const Exhibitor& e, Rect inner, float y, float side);
    void draw_products(Ui& ui, Navigator& nav, const Exhibitor& e, Rect products);

    ScrollArea about_;
    ScrollArea products_;
    std::string shown_;
    QrCode qr_;                         // of shown_'s contact card, made once per maker
    std::optional<vitrine::Walk> walk_; // from this kiosk to shown_'s stand
};

} // namespace vitrine::kiosk
