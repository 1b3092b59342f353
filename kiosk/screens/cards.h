// Cards shared by several screens: a maker, a product, a sector. Photo first, then text.
#pragma once

#include "ui/ui.h"
#include "vitrine/catalog/model.h"

namespace vitrine::kiosk {

// Columns of cards that fit `width` with cards at least `min_width` wide.
int columns_for(float width, float min_width, float gap);

// A list's visible height, shortened so that its bottom never shows a sliver of the next row
// (a few pixels of a card read as a drawing fault, not as "more below"): rows are `pitch` apart
// and `item` tall.
float without_sliver(float height, float pitch, float item, float min_peek);

// The photo that stands for a maker: their first product's cover.
const Photo* cover_of(const Catalog& catalog, const Exhibitor& e);

bool exhibitor_card(Ui& ui, const Exhibitor& e, Rect r);
bool product_card(Ui& ui, const Product& p, Rect r, bool show_maker);

// "Stand B12" in the visitor's language.
std::string stand_label(Ui& ui, const std::string& stand);
// "120 MAD", "80 – 120 MAD"
std::string price_label(Ui& ui, const Price& price);

} // namespace vitrine::kiosk

namespace vitrine::kiosk {
// "18 – 31 mars 2025", in the visitor's language.
std::string fair_dates(Ui& ui);
} // namespace vitrine::kiosk
