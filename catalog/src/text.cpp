#include "vitrine/catalog/text.h"

#include <array>
#include <utility>

namespace vitrine {
namespace {

// Two-byte UTF-8 Latin letters and their folded ASCII forms.
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kFolds{{
    {"à", "a"}, {"â", "a"},  {"ä", "a"},  {"á", "a"},  {"À", "a"},  {"Â", "a"}, {"Ä", "a"},
    {"é", "e"}, {"è", "e"},  {"ê", "e"},  {"ë", "e"},  {"É", "e"},  {"È", "e"}, {"Ê", "e"},
    {"Ë", "e"}, {"î", "i"},  {"ï", "i"},  {"í", "i"},  {"Î", "i"},  {"Ï", "i"}, {"ô", "o"},
    {"ö", "o"}, {"ó", "o"},  {"Ô", "o"},  {"Ö", "o"},  {"ù", "u"},  {"û", "u"}, {"ü", "u"},
    {"ú", "u"}, {"Ù", "u"},  {"Û", "u"},  {"Ü", "u"},  {"ç", "c"},  {"Ç", "c"}, {"ÿ", "y"},
    {"ñ", "n"}, {"œ", "oe"}, {"Œ", "oe"}, {"æ", "ae"}, {"Æ", "ae"},
}};

} // namespace

std::string fold_latin(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            ++i;
            continue;
        }
        bool folded = false;
        if (i + 1 < text.size()) {
            std::string_view two = text.substr(i, 2);
            for (const auto& [from, to] : kFolds) {
                if (two == from) {
                    out += to;
                    i += 2;
                    folded = true;
                    break;
                }
            }
        }
        if (!folded)
            out += text[i++];
    }
    return out;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string_view trim(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string> split_list(std::string_view text, char separator) {
    std::vector<std::string> out;
    while (true) {
        size_t at = text.find(separator);
        std::string_view part = trim(text.substr(0, at));
        if (!part.empty())
            out.emplace_back(part);
        if (at == std::string_view::npos)
            break;
        text.remove_prefix(at + 1);
    }
    return out;
}

size_t utf8_length(std::string_view text) {
    size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

char32_t decode_utf8(std::string_view text, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    size_t length = 0;
    char32_t cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, cp = c & 0x07, min = 0x10000;
    } else {
        ++i;
        return kInvalidCodePoint;
    }
    if (i + length > text.size()) {
        ++i;
        return kInvalidCodePoint;
    }
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return kInvalidCodePoint;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return kInvalidCodePoint;
    }
    i += length;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string to_utf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps)
        append_utf8(out, cp);
    return out;
}

} // namespace vitrine
