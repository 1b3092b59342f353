#include "ui/bidi.h"

#include <fribidi.h>
#include <vector>

namespace vitrine::kiosk {

bool has_rtl(std::string_view text) {
    // Hebrew and Arabic blocks, and Arabic presentation forms, all start with these lead bytes.
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xD6 && c <= 0xDD)
            return true;
        if (c == 0xEF && i + 1 < text.size()) {
            auto d = static_cast<unsigned char>(text[i + 1]);
            if (d >= 0xAD && d <= 0xBB)
                return true;
        }
    }
    return false;
}

std::string to_visual(std::string_view logical, bool rtl_paragraph) {
    if (logical.empty())
        return {};
    std::vector<FriBidiChar> chars(logical.size() + 1);
    FriBidiStrIndex length =
        fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, logical.data(),
                                   static_cast<FriBidiStrIndex>(logical.size()), chars.data());
    std::vector<FriBidiCharType> types(static_cast<size_t>(length));
    std::vector<FriBidiBracketType> brackets(static_cast<size_t>(length));
    std::vector<FriBidiLevel> levels(static_cast<size_t>(length));
    std::vector<FriBidiArabicProp> joining(static_cast<size_t>(length));
    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType base = rtl_paragraph ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base,
                                             levels.data()))
        return std::string(logical);
    fribidi_get_joining_types(chars.data(), length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    // Shaping, ligatures and mirrored brackets; no FRIBIDI_FLAG_REORDER_NSM, which would put
    // harakat on the wrong letter once ImGui draws them in visual order.
    FriBidiFlags flags =
        FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA;
    fribidi_shape(flags, levels.data(), length, joining.data(), chars.data());
    if (!fribidi_reorder_line(flags, types.data(), length, 0, base, levels.data(), chars.data(),
                              nullptr))
        return std::string(logical);
    // Ligatures leave zero-width placeholders behind: drop them.
    std::vector<FriBidiChar> kept;
    kept.reserve(static_cast<size_t>(length));
    for (FriBidiStrIndex i = 0; i < length; ++i)
        if (chars[static_cast<size_t>(i)] != FRIBIDI_CHAR_FILL)
            kept.push_back(chars[static_cast<size_t>(i)]);
    std::string out(kept.size() * 4 + 1, '\0');
    FriBidiStrIndex bytes = fribidi_unicode_to_charset(
        FRIBIDI_CHAR_SET_UTF8, kept.data(), static_cast<FriBidiStrIndex>(kept.size()), out.data());
    out.resize(static_cast<size_t>(bytes));
    return out;
}

std::string_view BidiCache::visual(std::string_view logical, bool rtl_paragraph) {
    if (!has_rtl(logical))
        return logical;
    auto& cache = cache_[rtl_paragraph ? 1 : 0];
    std::string key(logical);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, to_visual(logical, rtl_paragraph)).first;
    return it->second;
}

} // namespace vitrine::kiosk
