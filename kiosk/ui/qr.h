// QR codes (libqrencode): the maker's contact card, taken away on a phone.
#pragma once

#include "ui/ui.h"

#include <string>
#include <vector>

namespace vitrine::kiosk {

struct QrCode {
    int size = 0;           // modules per side; 0 when encoding failed
    std::vector<bool> dark; // size * size, row by row
    // At level M, 8-bit; min_version 0 takes the smallest code the text fits in.
    static QrCode encode(const std::string& text, int min_version = 0);
    // Draws it dark on white with its quiet zone, filling `r` (a square).
    void draw(ImDrawList* dl, Rect r) const;
};

// A vCard 3.0 for a maker: what a phone's camera offers to save as a contact.
std::string contact_card(const std::string& name, const std::string& phone,
                         const std::string& email, const std::string& website,
                         const std::string& note);

} // namespace vitrine::kiosk
