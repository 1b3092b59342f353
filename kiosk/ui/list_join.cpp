#include "ui/list_join.h"

namespace vitrine::kiosk {

const char* list_separator(Lang lang) {
    return lang == Lang::ar ? "\xd8\x8c " : ", "; // U+060C ARABIC COMMA
}

std::string join_list(Lang lang, const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (item.empty())
            continue;
        if (!out.empty())
            out += list_separator(lang);
        out += item;
    }
    return out;
}

} // namespace vitrine::kiosk
