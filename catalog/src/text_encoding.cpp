#include "vitrine/catalog/text_encoding.h"

#include "vitrine/catalog/text.h"

#include <array>
#include <cstdint>

namespace vitrine {

namespace {

// Length of the well-formed UTF-8 sequence at bytes[i], or 0 when it is malformed. Follows
// Unicode's table of well-formed byte sequences, so overlongs, surrogates (U+D800..U+DFFF) and
// anything past U+10FFFF are refused: those never come from an honest UTF-8 export.
size_t utf8_sequence_length(std::string_view bytes, size_t i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char b0 = at(i);
    if (b0 < 0x80)
        return 1;
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // range allowed for the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > bytes.size())
        return 0;
    if (at(i + 1) < lo || at(i + 1) > hi)
        return 0;
    for (size_t k = 2; k < len; ++k)
        if (at(i + k) < 0x80 || at(i + k) > 0xBF)
            return 0;
    return len;
}

// Windows-1252's 0x80..0x9F, where it differs from Latin-1. Zero marks the five undefined bytes.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98-9F
};

} // namespace

bool is_valid_utf8(std::string_view bytes) {
    return first_invalid_utf8_line(bytes) == 0;
}

size_t first_invalid_utf8_line(std::string_view bytes) {
    // Lines end at "\n", "\r\n" or a lone "\r" (old Mac exports), the same rule the CSV reader
    // uses, so the line reported here matches the one in its other messages.
    size_t line = 1;
    size_t i = 0;
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            ++i;
            continue;
        }
        const size_t len = utf8_sequence_length(bytes, i);
        if (len == 0)
            return line;
        i += len;
    }
    return 0;
}

std::optional<std::string> windows1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            out += ch;
        } else if (b < 0xA0) {
            const char32_t cp = kCp1252High[b - 0x80];
            if (cp == 0)
                return std::nullopt;
            append_utf8(out, cp);
        } else {
            append_utf8(out, b); // 0xA0..0xFF are Latin-1, i.e. the same code points
        }
    }
    return out;
}

std::string_view strip_bom(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    return bytes;
}

} // namespace vitrine
