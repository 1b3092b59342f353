// A maker: who they are, where they come from, their story, their products as photo cards, their
// stand, and their contact taken away by QR code.
#pragma once

#include "screens/screen.h"
#include "ui/qr.h"

namespace vitrine::kiosk {

class ExhibitorScreen : public Screen {
public:
    void draw(Ui& ui, const Route& route, Rect area) override;
    void reset() override;
    std::string title(Ui& ui, const Route& route) override;

private:
    ScrollArea about_;
    ScrollArea products_;
    std::string shown_;
    QrCode qr_; // of shown_'s contact card, made once per maker
};

} // namespace vitrine::kiosk
