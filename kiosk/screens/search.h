// Search: a query field on top, results as the visitor types, the on-screen keyboard docked at
// the bottom in portrait and beside the results in landscape. Results are grouped by kind (makers,
// products, sectors, stands, towns), each with a small heading; an empty query shows a prompt and a
// few searches to try, and a query that finds nothing shows a friendly empty state with sectors to
// explore.
//
// The page is laid out once per query, width and language into blocks in content coordinates,
// then drawn each frame where visible; the search runs only when the text or language changes.
#pragma once

#include "screens/screen.h"
#include "ui/keyboard.h"
#include "vitrine/catalog/search.h"

#include <string>
#include <vector>

namespace vitrine::kiosk {

// The screen's search. One that fails (an unreadable index) is logged to stderr with what
// failed, and the visitor sees the calm "nothing found" page.
SearchResults run_search(const Search& search, std::string_view text, Lang lang, size_t limit);

class SearchScreen : public Screen {
public:
    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::vector<Target> every_target(const Catalog* catalog) const override;
    std::string title(Ui& ui, const Route& route) override;
    std::optional<std::pair<std::string, bool>> searched() const override {
        if (!searched_ || searched_text_.empty())
            return std::nullopt;
        return std::pair{searched_text_, !results_.hits.empty()};
    }
    // A chip that runs another search changes the text after the field was drawn: one more
    // frame shows it.
    bool animating(const Ui&) const override { return redraw_; }

private:
    enum class State { prompt, results, nothing_found };

    // What the page is made of, placed in content coordinates (x from the view's left edge,
    // already mirrored for Arabic; y from the content's top).
    enum class BlockKind {
        glyph,
        heading,
        paragraph,
        exhibitor,
        product,
        sector,
        stand,
        query,
        place
    };
    struct Block {
        BlockKind kind = BlockKind::paragraph;
        Rect r;
        std::string text; // shown, and the label a tap is recorded under
        std::string id;   // what a tap opens: an exhibitor, product or sector; a query to run
        const char* glyph = nullptr;
        TextSize size = TextSize::body;
        ImU32 fill = 0;
        ImU32 ink = 0;
        Align align = Align::start;
        bool bold = false;
        std::string detail; // a stand tile's maker
    };
    struct Chip {
        std::string label, id;
        ImU32 fill = 0, ink = 0;
        const char* glyph = nullptr;
    };

    void refresh(Ui& ui);
    void draw_field(Ui& ui, Rect field);
    void draw_more_below(Ui& ui, ImDrawList* dl, Rect view);
    void draw_block(Ui& ui, Navigator& nav, const Block& b, Rect r);

    void lay_out(Ui& ui, float width);
    float lay_out_search_glyph(Ui& ui, Rect page, float y);
    float lay_out_prompt(Ui& ui, Rect page, float y);
    float lay_out_results(Ui& ui, Rect page, float y);
    float lay_out_nothing_found(Ui& ui, Rect page, float y);
    float lay_out_group(Ui& ui, Rect page, float y, SearchKind kind, const SearchHit* hits,
                        size_t count);
    // Chips in lines filled from the start edge, appended to `out`; returns the y below them.
    float lay_out_chips(Ui& ui, Rect page, float y, BlockKind kind, const std::vector<Chip>& chips,
                        TextSize size, float height, bool centred, std::vector<Block>& out);
    float lay_out_text(Ui& ui, Rect page, float y, std::string text, TextSize size, ImU32 ink,
                       bool bold, float max_width);

    std::vector<Chip> suggested_searches(Ui& ui) const;
    std::vector<Chip> sectors_to_explore(Ui& ui) const;

    OnScreenKeyboard keyboard_;
    std::string text_;  // as typed
    std::string asked_; // the query the route opened the screen with

    // The last search, and what it was made for: it runs again only when one of them changes.
    State state_ = State::prompt;
    SearchResults results_;
    bool searched_ = false;
    std::string searched_text_;
    Lang searched_lang_ = Lang::fr;
    const Search* searched_with_ = nullptr;

    // The page laid out for the last search, at this width and scale.
    std::vector<Block> blocks_;
    float content_h_ = 0;
    float laid_out_width_ = -1;
    float laid_out_scale_ = 0;

    ScrollArea scroll_;
    std::string pending_query_; // a tapped town or suggestion, run after this frame's drawing
    bool redraw_ = false;
};

} // namespace vitrine::kiosk
