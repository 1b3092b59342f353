// What every screen draws with: the catalogue, the language and its direction, the type scale,
// shaped text, photos and touch input; and the touch widgets built on them. Where a tap leads is
// the screens' business (nav/): the UI layer knows nothing of screens or navigation.
// Layout is done in rectangles, so that mirroring for right-to-left is one function (flip).
//
// Every visible text and every tappable item is recorded for the frame, so the headless runner
// can tap "Artisanat" by its label and check that a text is visible, as a visitor would.
#pragma once

#include "ui/bidi.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/photo_cache.h"
#include "ui/theme.h"
#include "vitrine/catalog/model.h"

#include <imgui.h>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {
class Store;
class Search;
class Wayfinder;
} // namespace vitrine

namespace vitrine::kiosk {

class TouchInput;
struct VisitSession;

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    ImVec2 min() const { return {x, y}; }
    ImVec2 max() const { return {x + w, y + h}; }
    ImVec2 centre() const { return {x + w / 2, y + h / 2}; }
    bool contains(ImVec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    Rect inset(float d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
    Rect cut_top(float d) const { return {x, y + d, w, h - d}; }
    Rect top(float d) const { return {x, y, w, d}; }
};

struct VisibleItem {
    std::string text; // as the catalogue or translation gives it (logical order)
    Rect rect;
    bool tappable = false;
};

enum class Align { start, centre, end }; // start is left in French, right in Arabic

// How a photo meets its frame: cover fills it (cropping a little more below the object than
// above, where a product photo keeps its shoulders, rims and handles), contain shows all of it.
enum class PhotoFit { cover, contain };

// What the layout check (vitrine --headless --lint) reports: a text cut by its box, a touch
// target smaller than a finger, a character the font atlas has no glyph for.
struct LayoutFinding {
    enum class Kind { clipped, small_target, missing_glyph, low_contrast };
    Kind kind;
    std::string text; // the text, or the target's label
    std::string detail;
};

class Ui {
public:
    Ui(const I18n& i18n, Fonts& fonts, BidiCache& bidi, PhotoCache& photos, TouchInput& input)
        : i18n_(i18n), fonts_(fonts), bidi_(bidi), photos_(photos), input_(input) {}

    // [SECTION] Frame state, set by the app before screens draw
    const Catalog* catalog = nullptr;
    const Store* store = nullptr;
    Search* search = nullptr;
    const Wayfinder* wayfinder = nullptr; // walks through the hall; null without a plan
    Lang lang = Lang::fr;
    Metrics m;
    double now = 0; // seconds, from the app's clock (fixed in headless runs)
    Rect screen;    // the whole display
    std::string kiosk_id;
    VisitSession* visit = nullptr; // "Ma visite": the visitor's shortlist (ui/visit_pin.h)
    // Set by the layout check: what this frame drew that a visitor could not read or touch.
    std::vector<LayoutFinding>* findings = nullptr;
    // Contrast findings too. Off in the whole-kiosk lint for now: texts drawn over fills of
    // another draw list or a later channel (stand tiles, chips) are still misread.
    bool check_contrast_findings = false;

    void begin_frame();
    bool rtl() const { return is_right_to_left(lang); }
    bool portrait() const { return screen.h > screen.w; }

    TouchInput& input() { return input_; }
    PhotoCache& photos() { return photos_; }
    Fonts& fonts() { return fonts_; }
    const I18n& i18n() const { return i18n_; }
    const std::vector<VisibleItem>& items() const { return items_; }

    // [SECTION] Text
    const std::string& tr(std::string_view key) const { return i18n_.tr(lang, key); }
    const std::string& in_lang(const Text& text) const { return text.in(lang); }
    ImFont* font(TextSize size, bool bold = false) const;
    ImVec2 measure(std::string_view text, TextSize size, bool bold = false);
    // One line, shaped, placed by alignment inside `box` (vertically centred), clipped to it.
    // `ltr_run` keeps a phone number, an address or a link in its own left-to-right order even
    // inside an Arabic layout.
    void text(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
              Align align = Align::start, bool bold = false, bool ltr_run = false);
    // One line that must fit: when too wide for `box`, shortened at a word (else a letter) and
    // ended with "…", a choice made where the whole text is shown elsewhere (a card's detail).
    void text_fit(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
                  Align align = Align::start, bool bold = false);
    // Shortens `text` with "…" until it is at most `width` wide; unchanged when it fits.
    std::string fitted(std::string_view text, float width, TextSize size, bool bold = false);
    // A paragraph wrapped on words to box.w; returns the height used. Each line is shaped on
    // its own, so Arabic lines keep their order.
    float paragraph(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
                    Align align = Align::start, int max_lines = 0, bool bold = false);
    float paragraph_height(std::string_view text, float width, TextSize size, int max_lines = 0,
                           bool bold = false);

    // [SECTION] Layout
    // A rectangle placed `offset` from the start edge of `area` (left, or right in Arabic).
    Rect flip(const Rect& area, float offset, float y, float w, float h) const;

    // [SECTION] Widgets
    // An invisible touch target; returns true on a tap. `label` names it for the runner.
    bool hit(std::string_view id, Rect r, std::string_view label, bool* pressed = nullptr);
    // A rounded button with an icon and a label.
    bool button(std::string_view id, Rect r, std::string_view label, const char* icon, ImU32 fill,
                ImU32 ink, TextSize size = TextSize::body);
    // A photo in `r` (cover crop, or whole on a sand mount), with a soft placeholder while it
    // loads. Rounded corners are cut out in `backdrop`, the colour behind the photo.
    void photo(ImDrawList* dl, const std::string& relative_path, Rect r, float rounding,
               ImDrawFlags corners = ImDrawFlags_RoundCornersAll, ImU32 backdrop = palette::sand,
               PhotoFit fit = PhotoFit::cover);
    // Soft shadow under a card.
    void shadow(ImDrawList* dl, Rect r, float rounding);

    // Records a visible text for the runner (widgets do this themselves).
    void record(std::string_view text, Rect r, bool tappable);
    // A card or panel whose texts must stay inside it: the layout check reports a text pushed
    // out of the innermost one open, as it reports one cut by the screen's edge.
    void open_container(Rect r) { containers_.push_back(r); }
    void close_container() {
        if (!containers_.empty())
            containers_.pop_back();
    }

private:
    void check_contrast(const ImDrawList& dl, std::string_view logical, ImU32 color, ImFont* font,
                        bool bold, ImVec2 centre);
    void check_text(std::string_view logical, std::string_view shown, ImFont* font, ImVec2 extent,
                    const Rect& box);
    void check_placement(std::string_view logical, Rect ink);
    std::vector<std::string> wrap(std::string_view text, float width, ImFont* font, float size);

    const I18n& i18n_;
    Fonts& fonts_;
    BidiCache& bidi_;
    PhotoCache& photos_;
    TouchInput& input_;
    std::vector<VisibleItem> items_;
    std::vector<Rect> containers_;
};

// A region scrolled by dragging, with inertia, drawing only what is visible. Owned by the
// screen that shows it, so its position survives a frame and is reset with the screen.
class ScrollArea {
public:
    // Call before drawing the content: applies this frame's drag or fling when the gesture
    // started inside `view`, clamps, and pushes a clip rectangle. `content` is the content's
    // height (or width when horizontal).
    void begin(Ui& ui, Rect view, float content, bool horizontal = false);
    void end();
    float offset() const { return offset_; }
    void reset() { offset_ = 0; }
    void scroll_to(float offset) { offset_ = offset; } // clamped by the next begin()
    bool visible(float start, float size) const {
        return start + size >= offset_ && start <= offset_ + extent_;
    }

private:
    float offset_ = 0;
    float extent_ = 0;
};

} // namespace vitrine::kiosk
