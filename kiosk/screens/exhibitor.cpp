#include "screens/exhibitor.h"

#include "screens/cards.h"

namespace vitrine::kiosk {

void ExhibitorScreen::reset() {
    about_.reset();
    products_.reset();
    shown_.clear();
    qr_ = {};
}

std::string ExhibitorScreen::title(Ui& ui, const Route& route) {
    const Exhibitor* e = ui.catalog->exhibitor(route.id);
    return e ? stand_label(ui, e->stand) : std::string();
}

void ExhibitorScreen::draw(Ui& ui, const Route& route, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    const Exhibitor* e = c.exhibitor(route.id);
    if (!e) {
        ui.nav().back();
        return;
    }
    if (shown_ != e->id) {
        shown_ = e->id;
        about_.reset();
        products_.reset();
        qr_ = QrCode::encode(contact_card(e->name.in(Lang::fr), e->phone, e->email, e->website,
                                          stand_label(ui, e->stand)));
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Sector* sector = c.sector(e->subsector.empty() ? e->sector : e->subsector);
    ImU32 accent = sector ? sector_color(sector->color) : palette::terracotta;
    Rect page = area.inset(m.margin());
    bool portrait = ui.portrait();

    // About the maker: a panel on the start side (landscape) or on top (portrait).
    Rect about =
        portrait ? page.top(page.h * 0.44f) : ui.flip(page, 0, page.y, page.w * 0.40f, page.h);
    ui.shadow(dl, about, m.radius());
    dl->AddRectFilled(about.min(), about.max(), palette::off_white, m.radius());
    Rect edge = ui.flip(about, 0, about.y, m.u(10), about.h);
    dl->AddRectFilled(edge.min(), edge.max(), accent, m.radius(),
                      ui.rtl() ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
    Rect inner = about.inset(m.u(36));
    float qr_side = portrait ? m.u(220) : m.u(240);
    float story_h = ui.paragraph_height(ui.in_lang(e->description), inner.w, TextSize::body);
    float content = m.u(330) + story_h + qr_side + m.u(120);
    about_.begin(ui, about, content);
    float y = inner.y - about_.offset();
    y += ui.paragraph(dl, ui.in_lang(e->name), {inner.x, y, inner.w, 0}, TextSize::display,
                      palette::ink, Align::start, 2, true);
    y += m.u(10);
    std::string kind = ui.tr(std::string("kind.") + std::string(kind_key(e->kind)));
    std::string where = ui.in_lang(e->city);
    if (!e->region.empty())
        where += ", " + ui.in_lang(e->region);
    ui.text(dl, kind + " · " + where, {inner.x, y, inner.w, m.u(40)}, TextSize::body,
            palette::ink_soft);
    y += m.u(52);
    if (sector) {
        std::string label = ui.in_lang(sector->name);
        float w = ui.measure(label, TextSize::caption, true).x + m.u(36);
        Rect chip = ui.flip(inner, 0, y, w, m.u(44));
        dl->AddRectFilled(chip.min(), chip.max(), accent, m.u(22));
        ui.text(dl, label, chip, TextSize::caption, text_on(sector->color), Align::centre, true);
        Rect stand = ui.flip(inner, w + m.u(12), y, m.u(200), m.u(44));
        dl->AddRectFilled(stand.min(), stand.max(), palette::sand, m.u(22));
        ui.text(dl, stand_label(ui, e->stand), stand, TextSize::caption, palette::ink,
                Align::centre, true);
        y += m.u(72);
    }
    y += ui.paragraph(dl, ui.in_lang(e->description), {inner.x, y, inner.w, 0}, TextSize::body,
                      palette::ink);
    y += m.u(28);
    if (!e->association.empty()) {
        ui.text(dl,
                ui.i18n().format(ui.lang, "exhibitor.supported_by", "association", e->association),
                {inner.x, y, inner.w, m.u(36)}, TextSize::caption, palette::ink_soft);
        y += m.u(52);
    }
    // Contact: the QR code with a line saying what it is.
    Rect qr = ui.flip(inner, 0, y, qr_side, qr_side);
    qr_.draw(dl, qr);
    Rect qr_text =
        ui.flip(inner, qr_side + m.u(24), y + m.u(10), inner.w - qr_side - m.u(24), m.u(40));
    ui.text(dl, ui.tr("exhibitor.scan_contact"), qr_text, TextSize::body, palette::ink,
            Align::start, true);
    qr_text.y += m.u(48);
    for (const std::string* line : {&e->phone, &e->email, &e->website}) {
        if (line->empty())
            continue;
        ui.text(dl, *line, qr_text, TextSize::caption, palette::ink_soft, Align::start, false,
                true);
        qr_text.y += m.u(38);
    }
    about_.end();

    // Products: the rest of the page.
    Rect products = portrait ? page.cut_top(page.h * 0.44f + m.gap())
                             : ui.flip(page, page.w * 0.40f + m.u(40), page.y,
                                       page.w * 0.60f - m.u(40), page.h);
    ui.text(
        dl,
        ui.i18n().format(ui.lang, "exhibitor.products", "n", std::to_string(e->products.size())),
        products.top(m.u(48)), TextSize::title, palette::ink, Align::start, true);
    Rect list = products.cut_top(m.u(68));
    int cols = columns_for(list.w, m.u(330), m.gap());
    float card_w = (list.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float card_h = card_w * 1.02f;
    size_t rows = (e->products.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
    products_.begin(ui, list, static_cast<float>(rows) * (card_h + m.gap()));
    for (size_t i = 0; i < e->products.size(); ++i) {
        float top = static_cast<float>(i / static_cast<size_t>(cols)) * (card_h + m.gap());
        if (!products_.visible(top, card_h))
            continue;
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        Rect r = ui.flip(list, col * (card_w + m.gap()), list.y + top - products_.offset(), card_w,
                         card_h);
        const Product& p = c.products[e->products[i]];
        if (product_card(ui, p, r, false))
            ui.nav().go({ScreenKind::product, p.id});
    }
    products_.end();
}

} // namespace vitrine::kiosk
