// One type family for Latin, Arabic and Tifinagh, at the sizes of the type scale, with icons
// merged in: Noto Sans, Noto Sans Arabic UI, Noto Sans Tifinagh, Font Awesome, all from
// Debian packages, rasterised by FreeType into one atlas holding only the characters the kiosk
// can show (GlyphSet): rasterising whole Unicode blocks at five sizes was most of the start-up
// time and of the peak memory.
#pragma once

#include "ui/shadow.h"
#include "ui/theme.h"

#include <cstdint>
#include <filesystem>
#include <imgui.h>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {
struct Catalog;
} // namespace vitrine

namespace vitrine::kiosk {

// The characters the font atlas holds. Arabic letters bring every joined form and lam-alef
// ligature FriBidi can shape them into (bidi.h), so any text made of known characters, typed
// on the on-screen keyboard or shaped later, finds its glyphs. Characters outside the Basic
// Multilingual Plane cannot be in ImGui's atlas (16-bit ImWchar) and are ignored.
class GlyphSet {
public:
    // Always there: printable ASCII, the French keyboard's accents, common punctuation, the
    // letters of the Arabic keyboard and the icons of icon:: (each listed in fonts.cpp).
    GlyphSet();

    void add_text(std::string_view utf8);
    // Every translation file of `dir` (*.json), all languages: a visitor can switch any time.
    void add_translations(const std::filesystem::path& dir);
    // Every text of the catalogue that a screen can show, in every language.
    void add_catalog(const Catalog& catalog);

    bool covers(std::string_view utf8) const;
    // Adds what `utf8` lacks; true when that changed the set (the atlas must be rebuilt).
    bool add_missing(std::string_view utf8);

    bool contains(char32_t code_point) const;
    // The set's characters within [first, last] pairs (zero-terminated), as ImGui's glyph ranges.
    std::vector<ImWchar> ranges_within(const std::vector<ImWchar>& allowed) const;

private:
    void add(char32_t code_point);
    std::vector<uint64_t> bits_ = std::vector<uint64_t>(0x10000 / 64, 0);
};

// The glyphs a kiosk with these translations and this catalogue (null: none installed) needs.
GlyphSet glyphs_for(const std::filesystem::path& translations, const Catalog* catalog);

struct Fonts {
    ImFont* caption = nullptr;
    ImFont* body = nullptr;
    ImFont* body_bold = nullptr;
    ImFont* title = nullptr;
    ImFont* display = nullptr;
    ImFont* countdown = nullptr; // the idle countdown's digits only, at their own size
    ShadowSprite shadow;         // cards' shadows live in the atlas: see shadow.h

    ImFont* get(TextSize size) const;

    // Clears the atlas and builds it for this scale, with the glyphs of `glyphs` only. Throws
    // std::runtime_error naming the package to install when a font file is missing.
    void build(ImFontAtlas& atlas, const Metrics& m, const GlyphSet& glyphs);
};

// Where the font files of the Debian packages are.
std::filesystem::path find_font(const std::string& file_name, const std::string& package);

// Font Awesome 4 icons, as UTF-8. The atlas holds only the icons listed in kIcons (fonts.cpp):
// add a new one there too, or it is drawn as "?".
namespace icon {
inline constexpr const char* home = "\xef\x80\x95";      // F015
inline constexpr const char* back = "\xef\x81\x93";      // F053 chevron-left
inline constexpr const char* forward = "\xef\x81\x94";   // F054 chevron-right
inline constexpr const char* search = "\xef\x80\x82";    // F002
inline constexpr const char* map = "\xef\x89\xb9";       // F279
inline constexpr const char* marker = "\xef\x81\x81";    // F041
inline constexpr const char* sectors = "\xef\x80\x89";   // F009 th-large
inline constexpr const char* stands = "\xef\x80\x8b";    // F00B th-list
inline constexpr const char* globe = "\xef\x82\xac";     // F0AC
inline constexpr const char* info = "\xef\x81\x9a";      // F05A
inline constexpr const char* clock = "\xef\x80\x97";     // F017
inline constexpr const char* phone = "\xef\x82\x95";     // F095
inline constexpr const char* mail = "\xef\x83\xa0";      // F0E0
inline constexpr const char* link = "\xef\x83\x81";      // F0C1
inline constexpr const char* star = "\xef\x80\x85";      // F005
inline constexpr const char* tag = "\xef\x80\xab";       // F02B
inline constexpr const char* hand = "\xef\x89\x9a";      // F25A hand-pointer-o
inline constexpr const char* close = "\xef\x80\x8d";     // F00D
inline constexpr const char* backspace = "\xef\x85\xb7"; // F177 long-arrow-left
inline constexpr const char* keyboard = "\xef\x84\x9c";  // F11C
// The way there: a navigation arrow (map-signs read as "≠" at small sizes).
inline constexpr const char* route = "\xef\x84\xa4";     // F124 location-arrow
inline constexpr const char* entrance = "\xef\x82\x90";  // F090 sign-in
inline constexpr const char* coffee = "\xef\x83\xb4";    // F0F4
inline constexpr const char* first_aid = "\xef\x83\xbe"; // F0FE plus-square: ISO 7001's cross
inline constexpr const char* users = "\xef\x83\x80";     // F0C0
inline constexpr const char* plus = "\xef\x81\xa7";      // F067
inline constexpr const char* minus = "\xef\x81\xa8";     // F068
inline constexpr const char* recentre = "\xef\x81\x9b";  // F05B crosshairs
// ISO 7001's toilets: a woman and a man side by side (F182 female, F183 male).
inline constexpr const char* toilets = "\xef\x86\x82\xef\x86\x83";
inline constexpr const char* prayer = "\xef\x86\x86";    // F186 moon-o
inline constexpr const char* exit = "\xef\x82\x8b";      // F08B sign-out
inline constexpr const char* emergency = "\xef\x81\xb1"; // F071 exclamation-triangle
inline constexpr const char* here = "\xef\x88\x9d";      // F21D street-view
inline constexpr const char* walk = "\xef\x86\x83";      // F183 male (a walker)
inline constexpr const char* down = "\xef\x81\xb8";      // F078 chevron-down: more below
inline constexpr const char* calendar = "\xef\x81\xb3";  // F073
} // namespace icon

} // namespace vitrine::kiosk
