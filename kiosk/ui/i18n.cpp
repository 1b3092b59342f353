#include "ui/i18n.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace vitrine::kiosk {

I18n::I18n(const std::filesystem::path& dir) {
    for (Lang lang : kLangs) {
        std::filesystem::path file = dir / (std::string(lang_code(lang)) + ".json");
        std::ifstream in(file);
        if (!in)
            continue;
        std::stringstream text;
        text << in.rdbuf();
        nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
        if (!doc.is_object())
            throw std::runtime_error(file.string() + " is not a JSON object of strings");
        auto& table = tables_[static_cast<size_t>(lang)];
        for (auto& [key, value] : doc.items()) {
            if (!value.is_string())
                throw std::runtime_error(file.string() + ": \"" + key + "\" is not a string");
            table.emplace(key, value.get<std::string>());
        }
    }
}

const std::string& I18n::tr(Lang lang, std::string_view key) const {
    std::string k(key);
    const auto& own = tables_[static_cast<size_t>(lang)];
    if (auto it = own.find(k); it != own.end() && !it->second.empty())
        return it->second;
    if (auto it = tables_[0].find(k); it != tables_[0].end())
        return it->second;
    return echoes_.try_emplace(k, k).first->second;
}

std::string I18n::format(Lang lang, std::string_view key, std::string_view name,
                         std::string_view value) const {
    std::string text = tr(lang, key);
    std::string placeholder = "{" + std::string(name) + "}";
    if (size_t at = text.find(placeholder); at != std::string::npos)
        text.replace(at, placeholder.size(), value);
    return text;
}

std::vector<std::string> I18n::missing_keys(Lang lang) const {
    std::vector<std::string> out;
    const auto& own = tables_[static_cast<size_t>(lang)];
    for (const auto& [key, text] : tables_[0])
        if (auto it = own.find(key); it == own.end() || it->second.empty())
            out.push_back(key);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace vitrine::kiosk
