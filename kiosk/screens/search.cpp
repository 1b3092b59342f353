#include "screens/search.h"

#include "screens/cards.h"
#include "ui/bidi.h"
#include "ui/plan_view.h"
#include "vitrine/catalog/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vitrine::kiosk {
namespace {

// Hits of each kind: enough to fill a few rows of cards, divisible by 2, 3 and 4 columns.
constexpr size_t kLimit = 12;

// A sector's colour as the pack gives it; a sub-sector without its own takes its sector's.
uint32_t sector_rgb(const Ui& ui, const std::string& id) {
    constexpr uint32_t fallback = 0xB5532F; // terracotta, the kiosk's own colour
    if (!ui.catalog)
        return fallback;
    const Sector* s = ui.catalog->sector(id);
    if (s && s->color == 0 && !s->is_sector())
        s = ui.catalog->sector(s->parent);
    return s && s->color != 0 ? s->color : fallback;
}

// Top-level sectors, the largest first (the pack's order among equals).
std::vector<const Sector*> largest_sectors(const Catalog& c, size_t count) {
    std::vector<const Sector*> out;
    for (const Sector& s : c.sectors)
        if (s.is_sector())
            out.push_back(&s);
    std::stable_sort(out.begin(), out.end(), [](const Sector* a, const Sector* b) {
        return a->exhibitor_count > b->exhibitor_count;
    });
    if (out.size() > count)
        out.resize(count);
    return out;
}

void draw_centred_glyph(ImDrawList* dl, ImFont* f, const char* glyph, Rect r, ImU32 color) {
    ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, glyph);
    dl->AddText(f, f->FontSize,
                ImVec2(std::floor(r.x + (r.w - sz.x) / 2), std::floor(r.y + (r.h - sz.y) / 2)),
                color, glyph);
}

} // namespace

// [SECTION] Screen

SearchResults run_search(const Search& search, std::string_view text, Lang lang, size_t limit) {
    SearchResults results = search.query(text, lang, limit);
    if (results.failed)
        std::fprintf(stderr, "vitrine: search for \"%.*s\" failed: %s\n",
                     static_cast<int>(text.size()), text.data(), results.error.c_str());
    return results;
}

std::string SearchScreen::title(Ui& ui, const Route&) {
    return ui.tr("search.title");
}

void SearchScreen::reset() {
    keyboard_.reset();
    text_.clear();
    state_ = State::prompt;
    results_ = {};
    searched_ = false;
    searched_text_.clear();
    searched_with_ = nullptr;
    blocks_.clear();
    content_h_ = 0;
    laid_out_width_ = -1;
    scroll_.reset();
    pending_query_.clear();
    asked_.clear();
    redraw_ = false;
}

void SearchScreen::draw(Ui& ui, Navigator& nav, const Route& route, Rect area) {
    const Metrics& m = ui.m;
    const SearchText* asked = route.as<SearchText>();
    if (std::string query = asked ? asked->text : std::string(); query != asked_) {
        // Opened with a query (a town's chip, the layout check): search for it at once.
        asked_ = query;
        if (!query.empty())
            text_ = query;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    redraw_ = false;
    dl->AddRectFilled(area.min(), area.max(), palette::sand);

    // The keyboard first, so that a key tapped this frame is already in the field and the
    // results drawn below: the visitor sees the letter and its results in the same frame.
    // In portrait it docks at the bottom. In landscape a keyboard under the results left room
    // for the tops of one row of photos only: there it stands beside them, at the end side,
    // and the results get the whole height, names and prices in view.
    bool beside = !ui.portrait();
    Rect field{area.x + m.margin(), area.y + m.u(24), area.w - 2 * m.margin(), m.u(92)};
    float top = field.y + field.h + m.u(12);
    Rect dock, view;
    if (beside) {
        float dock_w = std::min(area.w, std::max(area.w * 0.46f, OnScreenKeyboard::min_width(m)));
        float below = std::max(0.0f, area.y + area.h - top);
        dock = ui.flip(area, area.w - dock_w, top, dock_w, below);
        view = ui.flip(area, 0, top, area.w - dock_w, below);
    } else {
        float share = 0.34f;
        float dock_h = std::min(area.h, std::max(area.h * share, OnScreenKeyboard::min_height(m)));
        dock = {area.x, area.y + area.h - dock_h, area.w, dock_h};
        view = {area.x, top, area.w, std::max(0.0f, dock.y - top)};
    }
    keyboard_.draw(ui, dock, text_);

    draw_field(ui, field);
    refresh(ui);

    if (laid_out_width_ != view.w || laid_out_scale_ != m.scale)
        lay_out(ui, view.w);
    scroll_.begin(ui, view, content_h_);
    for (const Block& b : blocks_)
        if (scroll_.visible(b.r.y, b.r.h)) // only what shows is drawn (and recorded)
            draw_block(ui, nav, b,
                       {view.x + b.r.x, view.y + b.r.y - scroll_.offset(), b.r.w, b.r.h});
    scroll_.end();
    // Soft edges where the page goes on, and below, a chevron in a round badge: a fade alone
    // was not enough to tell a first-time visitor that more results wait below.
    float fade = m.u(32);
    ImU32 solid = palette::sand, clear = palette::sand & ~IM_COL32_A_MASK;
    if (scroll_.offset() > 0.5f)
        dl->AddRectFilledMultiColor(view.min(), ImVec2(view.x + view.w, view.y + fade), solid,
                                    solid, clear, clear);
    if (scroll_.offset() + view.h < content_h_ - 0.5f) {
        dl->AddRectFilledMultiColor(ImVec2(view.x, view.y + view.h - fade), view.max(), clear,
                                    clear, solid, solid);
        draw_more_below(ui, dl, view);
    }

    if (!pending_query_.empty()) {
        text_ = std::move(pending_query_);
        pending_query_.clear();
        redraw_ = true;
    }
}

void SearchScreen::draw_more_below(Ui& ui, ImDrawList* dl, Rect view) {
    const Metrics& m = ui.m;
    float d = m.u(56);
    ImVec2 c{view.x + view.w / 2, view.y + view.h - d / 2 - m.u(12)};
    dl->AddCircleFilled(ImVec2(c.x, c.y + m.u(3)), d / 2, palette::shadow);
    dl->AddCircleFilled(c, d / 2, palette::majorelle);
    draw_centred_glyph(dl, ui.font(TextSize::body), icon::down, {c.x - d / 2, c.y - d / 2, d, d},
                       palette::off_white);
}

void SearchScreen::refresh(Ui& ui) {
    if (searched_ && text_ == searched_text_ && ui.lang == searched_lang_ &&
        ui.search == searched_with_)
        return;
    searched_ = true;
    searched_text_ = text_;
    searched_lang_ = ui.lang;
    searched_with_ = ui.search;
    results_ = {};
    if (trim(text_).empty()) {
        state_ = State::prompt;
    } else if (!ui.search) {
        state_ = State::nothing_found; // no index: still a calm page, with sectors to explore
    } else {
        results_ = run_search(*ui.search, text_, ui.lang, kLimit);
        if (!results_.hits.empty())
            state_ = State::results;
        else if (results_.nothing_found || results_.failed)
            state_ = State::nothing_found;
        else
            state_ = State::prompt; // punctuation only: no word to search for yet
    }
    scroll_.reset();
    laid_out_width_ = -1;
}

// [SECTION] Query field

void SearchScreen::draw_field(Ui& ui, Rect field) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float rounding = field.h / 2;
    ui.shadow(dl, field, rounding);
    dl->AddRectFilled(field.min(), field.max(), palette::off_white, rounding);
    // Always outlined as the field being typed in: the keyboard below writes nowhere else.
    dl->AddRect(field.min(), field.max(), palette::terracotta, rounding, 0, m.u(3));

    ImFont* f = ui.font(TextSize::title);
    float pad = m.u(32), icon_w = f->FontSize * 1.2f;
    draw_centred_glyph(dl, f, icon::search, ui.flip(field, pad, field.y, icon_w, field.h),
                       palette::ink_soft);
    float clear_w = field.h - m.u(16);
    float start = pad + icon_w + m.u(18);
    float end = text_.empty() ? pad : clear_w + m.u(24);
    Rect box = ui.flip(field, start, field.y, field.w - start - end, field.h);

    float caret = 0;
    if (text_.empty()) {
        ui.text(dl, ui.tr("search.placeholder"), box, TextSize::body, palette::ink_soft);
        caret = ui.rtl() ? box.x + box.w - m.u(3) : box.x;
    } else {
        // The text sits on its own script's side, Arabic on the right even in French. When it
        // is longer than the field, its end, where the visitor is typing, stays in view.
        bool text_rtl = has_rtl(text_);
        float w = ui.measure(text_, TextSize::title).x;
        bool right = text_rtl != (w > box.w);
        ui.text(dl, text_, box, TextSize::title, palette::ink,
                right == ui.rtl() ? Align::start : Align::end);
        float left = right ? box.x + box.w - w : box.x;
        caret = text_rtl ? left - m.u(8) : left + w + m.u(5);
        caret = std::min(std::max(caret, box.x - m.u(8)), box.x + box.w + m.u(5));

        Rect clear = ui.flip(field, field.w - m.u(8) - clear_w, field.y + m.u(8), clear_w, clear_w);
        bool pressed = false;
        if (ui.hit("search-clear", clear, ui.tr("search.clear"), &pressed)) {
            text_.clear();
            redraw_ = true; // the field above was drawn with the old text
        }
        dl->AddCircleFilled(clear.centre(), clear_w / 2 - m.u(4),
                            pressed ? palette::sand_deep : palette::sand);
        draw_centred_glyph(dl, ui.font(TextSize::body), icon::close, clear, palette::ink);
    }
    // A steady caret: a blinking one would keep an idle kiosk drawing.
    dl->AddRectFilled(ImVec2(caret, field.y + m.u(24)),
                      ImVec2(caret + m.u(3), field.y + field.h - m.u(24)), palette::terracotta);
}

// [SECTION] Layout

void SearchScreen::lay_out(Ui& ui, float width) {
    const Metrics& m = ui.m;
    blocks_.clear();
    laid_out_width_ = width;
    laid_out_scale_ = m.scale;
    Rect page{m.margin(), 0, std::max(0.0f, width - 2 * m.margin()), 0};
    float y = m.u(16);
    switch (state_) {
    case State::prompt:
        y = lay_out_prompt(ui, page, y);
        break;
    case State::results:
        y = lay_out_results(ui, page, y);
        break;
    case State::nothing_found:
        y = lay_out_nothing_found(ui, page, y);
        break;
    }
    content_h_ = y + m.u(32);
}

float SearchScreen::lay_out_text(Ui& ui, Rect page, float y, std::string text, TextSize size,
                                 ImU32 ink, bool bold, float max_width) {
    float w = std::min(page.w, max_width);
    float h = ui.paragraph_height(text, w, size, 0, bold);
    Block b;
    b.kind = BlockKind::paragraph;
    b.r = {page.x + (page.w - w) / 2, y, w, h};
    b.text = std::move(text);
    b.size = size;
    b.ink = ink;
    b.align = Align::centre;
    b.bold = bold;
    blocks_.push_back(std::move(b));
    return y + h;
}

float SearchScreen::lay_out_chips(Ui& ui, Rect page, float y, BlockKind kind,
                                  const std::vector<Chip>& chips, TextSize size, float height,
                                  bool centred, std::vector<Block>& out) {
    const Metrics& m = ui.m;
    float gap = m.u(16);
    std::vector<float> widths;
    for (const Chip& c : chips) {
        float icon_w = c.glyph ? ui.font(size, true)->FontSize * 1.2f + m.u(14) : 0;
        float w = ui.measure(c.label, size, true).x + icon_w + 2 * m.u(30);
        widths.push_back(std::min(std::max(w, m.target()), page.w)); // not wider than the page
    }
    // Lines filled from the start edge (mirrored in Arabic), each centred if asked.
    size_t first = 0;
    while (first < chips.size()) {
        size_t last = first;
        float line_w = widths[first];
        while (last + 1 < chips.size() && line_w + gap + widths[last + 1] <= page.w)
            line_w += gap + widths[++last];
        float x = centred ? (page.w - line_w) / 2 : 0;
        for (size_t i = first; i <= last; ++i) {
            Block b;
            b.kind = kind;
            b.r = ui.flip(page, x, y, widths[i], height);
            b.text = chips[i].label;
            b.id = chips[i].id;
            b.glyph = chips[i].glyph;
            b.size = size;
            b.fill = chips[i].fill;
            b.ink = chips[i].ink;
            out.push_back(std::move(b));
            x += widths[i] + gap;
        }
        y += height + gap;
        first = last + 1;
    }
    return chips.empty() ? y : y - gap;
}

float SearchScreen::lay_out_search_glyph(Ui& ui, Rect page, float y) {
    // The big icon only where there is room for it: in landscape the keyboard takes half the width.
    if (!ui.portrait())
        return y;
    const Metrics& m = ui.m;
    Block b;
    b.kind = BlockKind::glyph;
    b.glyph = icon::search;
    b.r = {page.x + page.w / 2 - m.u(64), y + m.u(24), m.u(128), m.u(128)};
    blocks_.push_back(std::move(b));
    return y + m.u(24 + 128 + 28);
}

float SearchScreen::lay_out_prompt(Ui& ui, Rect page, float y) {
    const Metrics& m = ui.m;
    y = lay_out_search_glyph(ui, page, y);
    y = lay_out_text(ui, page, y, ui.tr("search.prompt"), TextSize::title, palette::ink, true,
                     m.u(900));
    y += m.u(8);
    y = lay_out_text(ui, page, y, ui.tr("search.prompt_hint"), TextSize::body, palette::ink_soft,
                     false, m.u(820));
    std::vector<Chip> chips = suggested_searches(ui);
    if (!chips.empty()) {
        y += m.u(36);
        y = lay_out_text(ui, page, y, ui.tr("search.suggestions"), TextSize::caption,
                         palette::ink_soft, false, m.u(820));
        y += m.u(14);
        y = lay_out_chips(ui, page, y, BlockKind::query, chips, TextSize::body, m.target(), true,
                          blocks_);
    }
    return y;
}

float SearchScreen::lay_out_nothing_found(Ui& ui, Rect page, float y) {
    const Metrics& m = ui.m;
    y = lay_out_search_glyph(ui, page, y);
    y = lay_out_text(ui, page, y,
                     ui.i18n().format(ui.lang, "search.nothing_found", "query", trim(text_)),
                     TextSize::title, palette::ink, true, m.u(900));
    y += m.u(8);
    y = lay_out_text(ui, page, y, ui.tr("search.nothing_hint"), TextSize::body, palette::ink_soft,
                     false, m.u(820));
    std::vector<Chip> chips = sectors_to_explore(ui);
    if (!chips.empty()) {
        y += m.u(36);
        y = lay_out_text(ui, page, y, ui.tr("search.explore_sectors"), TextSize::body, palette::ink,
                         true, m.u(820));
        y += m.u(18);
        // Big chips: after a miss, the next tap should be an easy one.
        y = lay_out_chips(ui, page, y, BlockKind::sector, chips, TextSize::title, m.u(96), true,
                          blocks_);
    }
    return y;
}

float SearchScreen::lay_out_results(Ui& ui, Rect page, float y) {
    // The search gives hits grouped by kind, the groups in the order of their best hit.
    const std::vector<SearchHit>& hits = results_.hits;
    size_t first = 0;
    while (first < hits.size()) {
        size_t end = first;
        while (end < hits.size() && hits[end].kind == hits[first].kind)
            ++end;
        y = lay_out_group(ui, page, y, hits[first].kind, &hits[first], end - first);
        first = end;
    }
    return y;
}

float SearchScreen::lay_out_group(Ui& ui, Rect page, float y, SearchKind kind,
                                  const SearchHit* hits, size_t count) {
    const Metrics& m = ui.m;
    const Catalog* c = ui.catalog;
    std::vector<Block> items;
    float height = 0; // of the group's items, from the top of the first

    auto grid = [&](BlockKind block_kind, float min_w, float ratio, float min_h, float max_h) {
        std::vector<const SearchHit*> shown;
        for (size_t i = 0; i < count; ++i) {
            bool known =
                c && (block_kind == BlockKind::exhibitor ? c->exhibitor(hits[i].id) != nullptr
                                                         : c->product(hits[i].id) != nullptr);
            if (known) // a hit the loaded catalogue does not hold (a stale index) is left out
                shown.push_back(&hits[i]);
        }
        if (shown.empty())
            return;
        int cols = columns_for(page.w, min_w, m.gap());
        float card_w = (page.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
        float card_h = std::clamp(card_w * ratio, min_h, max_h);
        for (size_t i = 0; i < shown.size(); ++i) {
            float col = static_cast<float>(i % static_cast<size_t>(cols));
            float row = static_cast<float>(i / static_cast<size_t>(cols));
            Block b;
            b.kind = block_kind;
            b.r = ui.flip(page, col * (card_w + m.gap()), row * (card_h + m.gap()), card_w, card_h);
            b.id = shown[i]->id;
            items.push_back(std::move(b));
        }
        size_t rows = (shown.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
        height = static_cast<float>(rows) * (card_h + m.gap()) - m.gap();
    };

    switch (kind) {
    case SearchKind::exhibitor:
        grid(BlockKind::exhibitor, m.u(300), 0.78f, m.u(270), m.u(380));
        break;
    case SearchKind::product:
        grid(BlockKind::product, m.u(260), 1.0f, m.u(280), m.u(420));
        break;
    case SearchKind::stand: {
        float tile_w = m.u(300), tile_h = m.u(132);
        int cols = std::max(1, static_cast<int>((page.w + m.gap()) / (tile_w + m.gap())));
        for (size_t i = 0; i < count; ++i) {
            const SearchHit& h = hits[i];
            std::string maker = h.exhibitor;
            if (maker.empty() && c)
                if (const Exhibitor* e = c->exhibitor_at_stand(h.id))
                    maker = e->id;
            const Exhibitor* e = c && !maker.empty() ? c->exhibitor(maker) : nullptr;
            float col = static_cast<float>(i % static_cast<size_t>(cols));
            float row = static_cast<float>(i / static_cast<size_t>(cols));
            Block b;
            b.kind = BlockKind::stand;
            b.r = ui.flip(page, col * (tile_w + m.gap()), row * (tile_h + m.gap()), tile_w, tile_h);
            b.text = stand_label(ui, h.id); // a stand hit's id is its number
            b.id = maker;
            b.detail = e ? ui.in_lang(e->name) : h.name;
            b.fill = sector_color(e ? sector_rgb(ui, e->sector) : sector_rgb(ui, {}));
            items.push_back(std::move(b));
        }
        size_t rows = (count + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
        height = static_cast<float>(rows) * (tile_h + m.gap()) - m.gap();
        break;
    }
    case SearchKind::facility: {
        // A place of the hall (toilets, prayer room, café): its chip shows the way there.
        std::vector<Chip> chips;
        for (size_t i = 0; i < count; ++i) {
            const SearchHit& h = hits[i];
            const char* glyph = icon::marker;
            if (c)
                for (const Facility& f : c->plan.facilities)
                    if (f.id == h.id)
                        glyph = facility_icon(f.kind);
            chips.push_back({h.name, h.id, kFacilityFill, palette::off_white, glyph});
        }
        height = lay_out_chips(ui, page, 0, BlockKind::place, chips, TextSize::body, m.target(),
                               false, items);
        break;
    }
    case SearchKind::sector:
    case SearchKind::city: {
        std::vector<Chip> chips;
        for (size_t i = 0; i < count; ++i) {
            const SearchHit& h = hits[i];
            if (kind == SearchKind::sector) {
                uint32_t rgb = sector_rgb(ui, h.id);
                chips.push_back({h.name, h.id, sector_color(rgb), text_on(rgb), nullptr});
            } else {
                // A town runs a search for itself: its makers and their products.
                chips.push_back({h.name, h.name, palette::off_white, palette::ink, icon::marker});
            }
        }
        height = lay_out_chips(ui, page, 0,
                               kind == SearchKind::sector ? BlockKind::sector : BlockKind::query,
                               chips, TextSize::body, m.target(), false, items);
        break;
    }
    }
    if (items.empty())
        return y;

    Block heading;
    heading.kind = BlockKind::heading;
    heading.r = {page.x, y, page.w, m.u(48)};
    heading.text = ui.tr("search.group." + std::string(search_kind_key(kind)));
    blocks_.push_back(std::move(heading));
    y += m.u(48) + m.u(14);
    for (Block& b : items) {
        b.r.y += y;
        blocks_.push_back(std::move(b));
    }
    return y + height + m.u(40);
}

std::vector<SearchScreen::Chip> SearchScreen::suggested_searches(Ui& ui) const {
    // Drawn from this fair's catalogue, so every suggestion finds something: its largest
    // sectors, the towns most makers come from, and one stand number, which shows the visitor
    // told "stand B12" that a number works too.
    std::vector<Chip> out;
    if (!ui.catalog)
        return out;
    const Catalog& c = *ui.catalog;
    auto add = [&](const std::string& query) {
        if (query.empty())
            return;
        for (const Chip& chip : out)
            if (chip.id == query)
                return;
        out.push_back({query, query, palette::off_white, palette::ink, icon::search});
    };
    for (const Sector* s : largest_sectors(c, 3))
        add(ui.in_lang(s->name));
    std::vector<std::pair<std::string, int>> towns; // in order of first appearance
    for (const Exhibitor& e : c.exhibitors) {
        const std::string& town = ui.in_lang(e.city);
        if (town.empty())
            continue;
        auto it = std::find_if(towns.begin(), towns.end(),
                               [&](const auto& t) { return t.first == town; });
        if (it == towns.end())
            towns.push_back({town, 1});
        else
            ++it->second;
    }
    std::stable_sort(towns.begin(), towns.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (size_t i = 0; i < std::min<size_t>(2, towns.size()); ++i)
        add(towns[i].first);
    for (const Exhibitor& e : c.exhibitors)
        if (e.featured && !e.stand.empty()) {
            add(e.stand);
            break;
        }
    return out;
}

std::vector<SearchScreen::Chip> SearchScreen::sectors_to_explore(Ui& ui) const {
    std::vector<Chip> out;
    for (const SectorSuggestion& s : results_.suggested_sectors) {
        uint32_t rgb = sector_rgb(ui, s.id);
        out.push_back({s.name, s.id, sector_color(rgb), text_on(rgb), nullptr});
    }
    // No suggestion from the search (no index, or it failed): the catalogue's largest sectors.
    if (out.empty() && ui.catalog)
        for (const Sector* s : largest_sectors(*ui.catalog, 6))
            out.push_back(
                {ui.in_lang(s->name), s->id, sector_color(s->color), text_on(s->color), nullptr});
    return out;
}

// [SECTION] Drawing blocks

void SearchScreen::draw_block(Ui& ui, Navigator& nav, const Block& b, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    switch (b.kind) {
    case BlockKind::glyph:
        dl->AddCircleFilled(r.centre(), r.w / 2, palette::off_white);
        draw_centred_glyph(dl, ui.fonts().display, b.glyph, r, palette::terracotta);
        break;
    case BlockKind::heading:
        ui.text_fit(dl, b.text, r, TextSize::body, palette::ink_soft, Align::start, true);
        dl->AddLine(ImVec2(r.x, r.y + r.h), ImVec2(r.x + r.w, r.y + r.h), palette::sand_deep,
                    m.u(2));
        break;
    case BlockKind::paragraph:
        ui.paragraph(dl, b.text, r, b.size, b.ink, b.align, 0, b.bold);
        break;
    case BlockKind::exhibitor:
        if (const Exhibitor* e = ui.catalog ? ui.catalog->exhibitor(b.id) : nullptr)
            if (exhibitor_card(ui, *e, r))
                nav.go({ScreenKind::exhibitor, ExhibitorId{b.id}});
        break;
    case BlockKind::product:
        if (const Product* p = ui.catalog ? ui.catalog->product(b.id) : nullptr)
            if (product_card(ui, *p, r, true))
                nav.go({ScreenKind::product, ProductId{b.id}});
        break;
    case BlockKind::sector:
        if (ui.button("sector-" + b.id, r, b.text, b.glyph, b.fill, b.ink, b.size))
            nav.go({ScreenKind::sector, SectorId{b.id}});
        break;
    case BlockKind::query:
        if (ui.button("query-" + b.id, r, b.text, b.glyph, b.fill, b.ink, b.size))
            pending_query_ = b.id;
        break;
    case BlockKind::place:
        if (ui.button("place-" + b.id, r, b.text, b.glyph, b.fill, b.ink, b.size))
            nav.go({ScreenKind::map, FacilityId{b.id}});
        break;
    case BlockKind::stand: {
        bool pressed = false;
        bool tapped = ui.hit("stand-" + b.text, r, b.text, &pressed);
        Rect card = pressed ? Rect{r.x, r.y + m.u(3), r.w, r.h} : r;
        if (!pressed)
            ui.shadow(dl, card, m.radius());
        dl->AddRectFilled(card.min(), card.max(), palette::off_white, m.radius());
        // The maker's sector colour on the start edge, as on every card.
        Rect band = ui.flip(card, 0, card.y, m.u(14), card.h);
        dl->AddRectFilled(band.min(), band.max(), b.fill, m.radius(),
                          ui.rtl() ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
        Rect line = ui.flip(card, m.u(34), card.y + m.u(14), card.w - m.u(54), m.u(54));
        // Long names end in "…"; the maker's page shows them whole.
        ui.text_fit(dl, b.text, line, TextSize::title, palette::ink, Align::start, true);
        line.y += m.u(58);
        line.h = m.u(40);
        ui.text_fit(dl, b.detail, line, TextSize::caption, palette::ink_soft, Align::start);
        if (pressed)
            dl->AddRectFilled(card.min(), card.max(), palette::pressed, m.radius());
        if (tapped && !b.id.empty())
            nav.go({ScreenKind::exhibitor, ExhibitorId{b.id}});
        break;
    }
    }
}

std::vector<Target> SearchScreen::every_target(const Catalog* catalog) const {
    if (!catalog)
        return {};
    // Results of every kind, and nothing found.
    std::vector<Target> targets{Target{}};
    for (const char* query : {"a", "zellige", "B1", "toilettes", "argan", "xqzw"})
        targets.push_back(SearchText{query});
    return targets;
}

std::unique_ptr<Screen> make_search_screen() {
    return std::make_unique<SearchScreen>();
}

} // namespace vitrine::kiosk
