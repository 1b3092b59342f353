// One type family for Latin, Arabic and Tifinagh, at the sizes of the type scale, with icons
// merged in: Noto Sans, Noto Sans Arabic UI, DejaVu Sans for Tifinagh, Font Awesome, all from
// Debian packages, rasterised by FreeType into one atlas holding only the ranges we use.
#pragma once

#include "ui/theme.h"

#include <filesystem>
#include <imgui.h>
#include <string>
#include <vector>

namespace vitrine::kiosk {

struct Fonts {
    ImFont* caption = nullptr;
    ImFont* body = nullptr;
    ImFont* body_bold = nullptr;
    ImFont* title = nullptr;
    ImFont* display = nullptr;

    ImFont* get(TextSize size) const;

    // Clears the atlas and builds it for this scale. Throws std::runtime_error naming the
    // package to install when a font file is missing.
    void build(ImFontAtlas& atlas, const Metrics& m);

private:
    std::vector<ImWchar> latin_, arabic_, tifinagh_, icons_; // ImGui keeps pointers to these
};

// Where the font files of the Debian packages are.
std::filesystem::path find_font(const std::string& file_name, const std::string& package);

// Font Awesome 4 icons, as UTF-8.
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
inline constexpr const char* route = "\xef\x89\xb7";     // F277 map-signs
inline constexpr const char* entrance = "\xef\x82\x90";  // F090 sign-in
inline constexpr const char* coffee = "\xef\x83\xb4";    // F0F4
inline constexpr const char* first_aid = "\xef\x83\xba"; // F0FA medkit
inline constexpr const char* users = "\xef\x83\x80";     // F0C0
} // namespace icon

} // namespace vitrine::kiosk
