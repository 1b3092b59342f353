// The translation layer: every string a screen shows is a key looked up here, never a literal.
// Files: assets/i18n/<code>.json, a flat object of key -> text, one per language.
#pragma once

#include "vitrine/catalog/lang.h"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vitrine::kiosk {

class I18n {
public:
    // Loads every language's file from `dir`. Throws std::runtime_error naming a file that
    // exists but is not a flat JSON object of strings. A missing file leaves that language
    // falling back to French.
    explicit I18n(const std::filesystem::path& dir);

    // The text of `key` in `lang`, falling back to French, then to the key itself (so a
    // missing key shows up on screen and in the checks rather than as a blank).
    const std::string& tr(Lang lang, std::string_view key) const;

    // "{n} exposants" with {n} replaced.
    std::string format(Lang lang, std::string_view key, std::string_view name,
                       std::string_view value) const;

    // Keys of French that `lang` lacks (for the completeness check).
    std::vector<std::string> missing_keys(Lang lang) const;
    size_t key_count() const { return tables_[0].size(); }

private:
    std::array<std::unordered_map<std::string, std::string>, 4> tables_;
    mutable std::unordered_map<std::string, std::string> echoes_; // keys shown as themselves
};

} // namespace vitrine::kiosk
