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

} // namespace vitrine
