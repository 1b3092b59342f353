#include "ui/format.h"

#include <cstdio>

namespace vitrine::kiosk {
namespace {

// Morocco writes prices the French way, in Arabic as in French ("15 000 DH" on price tags,
// bank notes and shop windows, with Latin digits): only English groups with commas. The space
// is U+202F, narrow and unbreakable, so that a wrapped line never splits an amount.
const char* group_separator(Lang lang) {
    return lang == Lang::en ? "," : "\u202F";
}

const char* decimal_separator(Lang lang) {
    return lang == Lang::en ? "." : ",";
}

} // namespace

std::string format_amount(int64_t centimes, Lang lang) {
    bool negative = centimes < 0;
    uint64_t magnitude =
        negative ? 0 - static_cast<uint64_t>(centimes) : static_cast<uint64_t>(centimes);
    std::string digits = std::to_string(magnitude / 100);
    std::string out;
    // Four-digit amounts are grouped too, so that both ends of a range "2 500 – 15 000" read
    // the same way.
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += group_separator(lang);
        out += digits[i];
    }
    if (unsigned cents = static_cast<unsigned>(magnitude % 100)) {
        char frac[8];
        std::snprintf(frac, sizeof frac, "%s%02u", decimal_separator(lang), cents);
        out += frac;
    }
    return negative ? "-" + out : out;
}

std::string join_list(const std::vector<std::string>& items, Lang lang) {
    const char* comma = lang == Lang::ar ? "\u060C " : ", ";
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty())
            out += comma;
        out += item;
    }
    return out;
}

} // namespace vitrine::kiosk
