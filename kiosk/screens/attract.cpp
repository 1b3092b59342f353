#include "screens/attract.h"

#include "screens/cards.h"
#include "vitrine/catalog/store.h"

#include <cmath>

namespace vitrine::kiosk {

bool AttractScreen::animating(const Ui&) const {
    return false; // slides are paced by wake_in
}

std::optional<double> AttractScreen::wake_in(const Ui& ui) const {
    if (started_ < 0)
        return 0.0;
    double into = std::fmod(ui.now - started_ + kEarly, kSlide);
    if (into < kSlide - kPrefetch)
        return kSlide - kPrefetch - into; // to decode the next photo
    return kSlide - into;                 // to show it
}

// Whose product it is and where they come from, on a dark band at the photo's foot: the
// slideshow introduces makers, not anonymous objects.
void AttractScreen::draw_caption(Ui& ui, const Product& product, Rect photo) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Exhibitor* maker = ui.catalog->exhibitor(product.exhibitor);
    float band_h = m.u(132); // level with the invitation's band beside it
    Rect band{photo.x, photo.y + photo.h - band_h, photo.w, band_h};
    dl->AddRectFilled(band.min(), band.max(), palette::rgb(0x2B2118, 190));
    Rect line{band.x + m.u(48), band.y + m.u(16), band.w - m.u(96), m.u(52)};
    ui.text_fit(dl, ui.in_lang(product.name), line, TextSize::title, palette::off_white,
                Align::start, true);
    if (!maker)
        return;
    line.y += m.u(56);
    std::string who = ui.in_lang(maker->name);
    if (!maker->city.empty())
        who += " · " + ui.in_lang(maker->city);
    ui.text_fit(dl, who, line, TextSize::body, palette::rgb(0xFCF8F2, 230));
}

void AttractScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    if (started_ < 0)
        started_ = ui.now;
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ui.hit("attract", area, ui.tr("attract.touch"))) {
        dl->AddRectFilled(area.min(), area.max(), palette::sand);
        nav.home();
        return;
    }
    const Catalog& c = *ui.catalog;

    // Photos: every product's cover, one every few, so makers alternate.
    struct Slide {
        const Photo* photo;
        const Product* product;
    };
    std::vector<Slide> slides;
    for (size_t i = 0; i < c.products.size(); i += 3)
        if (!c.products[i].photos.empty())
            if (auto it = c.photos.find(c.products[i].photos.front()); it != c.photos.end())
                slides.push_back({&it->second, &c.products[i]});
    // Portrait: the photo takes what the fair's text leaves, with no empty band between.
    float split = ui.portrait() ? 0.64f : 0.42f;
    Rect photo_area = ui.portrait()
                          ? Rect{area.x, area.y, area.w, area.h * split}
                          : ui.flip(area, area.w * split, area.y, area.w * (1 - split), area.h);
    if (slides.empty()) {
        dl->AddRectFilled(area.min(), area.max(), palette::sand);
    } else {
        // The photo (or its placeholder) and the text panel cover the whole screen: nothing is
        // drawn under them, since every pixel drawn costs the idle kiosk.
        double t = ui.now - started_ + kEarly;
        size_t index = static_cast<size_t>(t / kSlide);
        const Slide& slide = slides[index % slides.size()];
        ui.photo(dl, slide.photo->display_path, photo_area, 0);
        draw_caption(ui, *slide.product, photo_area);
        if (std::fmod(t, kSlide) >= kSlide - kPrefetch && ui.store)
            ui.photos().prefetch(
                ui.store->media_path(slides[(index + 1) % slides.size()].photo->display_path));
    }

    // The fair, in the visitor's default language, large.
    Rect text_area = ui.portrait()
                         ? Rect{area.x, area.y + area.h * split, area.w, area.h * (1 - split)}
                         : ui.flip(area, 0, area.y, area.w * split, area.h);
    Rect inner = text_area.inset(m.u(64));
    dl->AddRectFilled(text_area.min(), text_area.max(), palette::off_white);
    float y = inner.y + (ui.portrait() ? m.u(10) : inner.h * 0.18f);
    Rect rule = ui.flip(inner, 0, y, m.u(96), m.u(8)); // on the side the text starts
    dl->AddRectFilled(rule.min(), rule.max(), palette::terracotta);
    y += m.u(40);
    y += ui.paragraph(dl, ui.in_lang(c.fair.name), {inner.x, y, inner.w, 0}, TextSize::display,
                      palette::ink, Align::start, 3, true);
    y += m.u(24);
    ui.text(dl, fair_dates(ui), {inner.x, y, inner.w, m.u(48)}, TextSize::title,
            palette::terracotta, Align::start, true);
    y += m.u(56);
    ui.text(dl,
            ui.in_lang(c.fair.venue) + (c.fair.city.empty() ? "" : " · " + ui.in_lang(c.fair.city)),
            {inner.x, y, inner.w, m.u(44)}, TextSize::body, palette::ink_soft);

    // The invitation in the kiosk's own language, large, then in French, Arabic and English:
    // nobody has chosen yet.
    float band_h = m.u(132);
    Rect band{text_area.x, text_area.y + text_area.h - band_h, text_area.w, band_h};
    dl->AddRectFilled(band.min(), band.max(), palette::terracotta);
    Rect line{band.x + m.u(40), band.y + m.u(14), band.w - m.u(80), m.u(54)};
    ui.text(dl, ui.tr("attract.touch"), line, TextSize::title, palette::off_white, Align::centre,
            true);
    line.y += m.u(58);
    std::string others;
    for (Lang lang : {Lang::fr, Lang::ar, Lang::en})
        if (lang != ui.lang)
            others += (others.empty() ? "" : "  ·  ") + ui.i18n().tr(lang, "attract.touch");
    ui.text_fit(dl, others, line, TextSize::body, palette::off_white, Align::centre);
}

std::unique_ptr<Screen> make_attract_screen() {
    return std::make_unique<AttractScreen>();
}

} // namespace vitrine::kiosk
