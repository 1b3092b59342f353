// Small text utilities shared by the pack reader and, later, search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// Lower-cases ASCII and folds the Latin accents French uses (é→e, œ→oe, ç→c, ï→i...).
// Other characters pass through unchanged.
std::string fold_latin(std::string_view text);

// ASCII letters lower- or upper-cased; every other byte unchanged (for ids, codes and file
// names, where accents never occur or must not be touched).
std::string lower_ascii(std::string_view text);
std::string upper_ascii(std::string_view text);

// ASCII whitespace trimmed from both ends.
std::string_view trim(std::string_view text);

// Splits on a separator, trimming each part and dropping empty ones.
std::vector<std::string> split_list(std::string_view text, char separator);

// Number of Unicode code points (what a reader counts as characters).
size_t utf8_length(std::string_view text);

// Returned by decode_utf8 for bytes that are not valid UTF-8.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point at text[i] and moves i past it. An invalid sequence (overlong,
// surrogate, past U+10FFFF, truncated) gives kInvalidCodePoint and moves one byte, so that
// broken input still moves forward. i must be < text.size().
char32_t decode_utf8(std::string_view text, size_t& i);

// Appends a code point as UTF-8.
void append_utf8(std::string& out, char32_t cp);
std::string to_utf8(std::u32string_view cps);

} // namespace vitrine
