// Small text utilities shared by the pack reader and, later, search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// Lower-cases ASCII and folds the Latin accents French uses (é→e, œ→oe, ç→c, ï→i...).
// Other characters pass through unchanged.
std::string fold_latin(std::string_view text);

// ASCII whitespace trimmed from both ends.
std::string_view trim(std::string_view text);

// Splits on a separator, trimming each part and dropping empty ones.
std::vector<std::string> split_list(std::string_view text, char separator);

// Number of Unicode code points (what a reader counts as characters).
size_t utf8_length(std::string_view text);

} // namespace vitrine
