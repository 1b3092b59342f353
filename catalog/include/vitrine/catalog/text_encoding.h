// Text encodings met in organisers' files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vitrine {

// True when bytes are well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// 1-based line of the first byte that is not valid UTF-8, or 0 when all is valid.
size_t first_invalid_utf8_line(std::string_view bytes);

// Windows-1252 to UTF-8. nullopt when a byte is undefined in Windows-1252 (0x81, 0x8D, 0x8F,
// 0x90, 0x9D), which means the text is in some other encoding.
std::optional<std::string> windows1252_to_utf8(std::string_view bytes);

// Removes a leading UTF-8 byte order mark, if any.
std::string_view strip_bom(std::string_view bytes);

} // namespace vitrine
