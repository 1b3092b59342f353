#include "vitrine/catalog/lang.h"

namespace vitrine {

std::string_view lang_code(Lang lang) {
    switch (lang) {
    case Lang::fr:
        return "fr";
    case Lang::ar:
        return "ar";
    case Lang::en:
        return "en";
    case Lang::zgh:
        return "zgh";
    }
    return "fr";
}

std::optional<Lang> lang_from_code(std::string_view code) {
    for (Lang lang : kLangs)
        if (lang_code(lang) == code)
            return lang;
    return std::nullopt;
}

bool is_right_to_left(Lang lang) {
    return lang == Lang::ar;
}

} // namespace vitrine
