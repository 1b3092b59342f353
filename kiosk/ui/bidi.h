// Arabic shaped and ordered before it reaches ImGui, which draws glyphs left to right as given:
// GNU FriBidi turns logical text into joined presentation forms (lam-alef ligatures included)
// in visual order. Results are cached, so shaping costs nothing per frame.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace vitrine::kiosk {

// True when the text holds a right-to-left letter (Arabic, Hebrew): only those need shaping.
bool has_rtl(std::string_view text);

// One line of logical text in visual order, shaped. `rtl_paragraph` is the direction of the
// surrounding layout: a Latin brand inside Arabic stays left to right, and so do numbers.
std::string to_visual(std::string_view logical, bool rtl_paragraph);

class BidiCache {
public:
    // The visual form of a line. Text with no right-to-left letter is returned as is, so the
    // result may view `logical`'s own storage: use it while that lives.
    std::string_view visual(std::string_view logical, bool rtl_paragraph);
    void clear() { cache_[0].clear(), cache_[1].clear(); }

private:
    std::unordered_map<std::string, std::string> cache_[2];
};

} // namespace vitrine::kiosk
