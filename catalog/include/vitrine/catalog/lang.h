// Languages of the catalogue and text that carries one value per language.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace vitrine {

// The catalogue's languages, in the order of their columns in a pack.
// French is the reference: every text has it, and the others fall back to it.
enum class Lang { fr = 0, ar = 1, en = 2, zgh = 3 };

inline constexpr std::array<Lang, 4> kLangs{Lang::fr, Lang::ar, Lang::en, Lang::zgh};

// "fr", "ar", "en", "zgh": the suffix of a pack's columns and the kiosk's --lang.
std::string_view lang_code(Lang lang);
std::optional<Lang> lang_from_code(std::string_view code);
bool is_right_to_left(Lang lang);

// A text in every language. Empty means "not given"; in() falls back to French.
struct Text {
    std::array<std::string, 4> values;

    const std::string& in(Lang lang) const {
        const auto& own = values[static_cast<size_t>(lang)];
        return own.empty() ? values[0] : own;
    }
    const std::string& exact(Lang lang) const { return values[static_cast<size_t>(lang)]; }
    std::string& exact(Lang lang) { return values[static_cast<size_t>(lang)]; }
    bool empty() const { return values[0].empty(); }
    bool operator==(const Text&) const = default;
};

} // namespace vitrine
