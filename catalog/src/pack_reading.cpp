#include "pack_reading.h"

#include "vitrine/catalog/lang.h"
#include "vitrine/catalog/text.h"

#include <algorithm>
#include <cmath>

namespace vitrine {

using nlohmann::json;

size_t line_at(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

size_t json_line(std::string_view text, std::string_view id, std::string_view section) {
    if (id.empty())
        return 0;
    size_t from = 0;
    if (!section.empty()) {
        size_t at = text.find("\"" + std::string(section) + "\"");
        from = at == std::string_view::npos ? 0 : at;
    }
    size_t at = text.find("\"" + std::string(id) + "\"", from);
    return at == std::string_view::npos ? 0 : line_at(text, at);
}

Text json_text(const json& value) {
    Text text;
    if (value.is_string()) {
        text.values[0] = value.get<std::string>();
        return text;
    }
    if (!value.is_object())
        return text;
    for (Lang lang : kLangs) {
        auto it = value.find(std::string(lang_code(lang)));
        if (it != value.end() && it->is_string())
            text.exact(lang) = std::string(trim(it->get<std::string>()));
    }
    return text;
}

std::optional<double> json_number(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    double v = it->get<double>();
    return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

std::optional<Point> json_point(const json& value) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        return std::nullopt;
    return Point{value[0].get<double>(), value[1].get<double>()};
}

std::string json_id(const json& object) {
    auto it = object.find("id");
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<json> parse_json(std::string_view text, const std::string& file, Diagnostics& diags) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        diags.error(file, line_at(text, e.byte), "not valid JSON",
                    "check for a missing comma, quote or bracket near this line");
    } catch (const json::out_of_range& e) {
        const std::string_view what = e.what();
        const size_t from = what.find('\'') + 1, to = what.rfind('\'');
        const size_t at =
            from > 0 && to > from ? text.find(what.substr(from, to - from)) : text.npos;
        diags.error(file, at == text.npos ? 0 : line_at(text, at), "a number is too large",
                    "write distances in metres and versions as small whole numbers");
    }
    return std::nullopt;
}

std::string json_string(const json& object, const char* key, std::string fallback) {
    if (!object.is_object())
        return std::string();
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    return it->is_string() ? it->get<std::string>() : std::string();
}

std::string quote_cell(std::string_view value) {
    constexpr size_t kMaxQuoted = 200;
    if (utf8_length(value) <= kMaxQuoted)
        return "\"" + std::string(value) + "\"";
    size_t end = 0;
    for (size_t count = 0; count < kMaxQuoted && end < value.size(); ++count)
        decode_utf8(value, end); // cut between characters, never inside one
    return "\"" + std::string(value.substr(0, end)) + "…\" (" + std::to_string(utf8_length(value)) +
           " characters)";
}

bool IdClaims::claim(const std::string& id, const std::string& file, size_t line,
                     Diagnostics& diags, std::string_view what) {
    auto [it, fresh] = lines_.emplace(id, line);
    if (!fresh) {
        std::string first = it->second ? "already used on line " + std::to_string(it->second)
                                       : std::string("it appears twice");
        diags.error(file, line, "duplicate " + std::string(what) + " " + quote_cell(id), first);
    }
    return fresh;
}

size_t IdClaims::line_of(const std::string& id) const {
    auto it = lines_.find(id);
    return it == lines_.end() ? 0 : it->second;
}

} // namespace vitrine
