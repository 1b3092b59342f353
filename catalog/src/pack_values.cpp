#include "vitrine/catalog/pack_values.h"

#include "vitrine/catalog/text.h"

#include <algorithm>

namespace vitrine {

bool is_slug(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::string stand_id(std::string_view text) {
    return upper_ascii(trim(text));
}

bool is_stand_id(std::string_view id) {
    return !id.empty() && id.size() <= 8 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::optional<uint32_t> parse_color(std::string_view text) {
    text = trim(text);
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    uint32_t value = 0;
    for (char c : text.substr(1)) {
        int digit = (c >= '0' && c <= '9')   ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + static_cast<uint32_t>(digit);
    }
    return value;
}

std::optional<int64_t> parse_amount(std::string_view text) {
    text = trim(text);
    std::string digits;
    for (char c : text) {
        if (c == ' ' || c == '\xC2' || c == '\xA0') // spaces, NBSP as thousands separators
            continue;
        digits += c == ',' ? '.' : c;
    }
    if (digits.empty())
        return std::nullopt;
    size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : digits.substr(dot + 1);
    auto all_digits = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 9 || !all_digits(whole) || frac.size() > 2 ||
        !all_digits(frac))
        return std::nullopt;
    if (frac.size() == 1)
        frac += '0';
    return std::stoll(whole) * 100 + (frac.empty() ? 0 : std::stoll(frac));
}

std::optional<Price> parse_price(std::string_view text) {
    std::string cleaned(trim(text));
    for (std::string_view unit : {"MAD", "mad", "DH", "dh", "Dh"}) {
        if (cleaned.size() > unit.size() && cleaned.ends_with(unit))
            cleaned = std::string(trim(cleaned.substr(0, cleaned.size() - unit.size())));
    }
    size_t dash = cleaned.find('-');
    if (dash == std::string::npos) {
        auto amount = parse_amount(cleaned);
        if (!amount)
            return std::nullopt;
        return Price{*amount, *amount};
    }
    auto low = parse_amount(std::string_view(cleaned).substr(0, dash));
    auto high = parse_amount(std::string_view(cleaned).substr(dash + 1));
    if (!low || !high || *high < *low)
        return std::nullopt;
    return Price{*low, *high};
}

bool is_iso_date(std::string_view s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

bool is_iso_timestamp(std::string_view s) {
    return s.size() >= 19 && is_iso_date(s.substr(0, 10)) && s[10] == 'T';
}

std::optional<bool> parse_yes_no(std::string_view text) {
    std::string word = fold_latin(trim(text));
    for (std::string_view yes : {"oui", "yes", "1", "x", "vrai", "true"})
        if (word == yes)
            return true;
    for (std::string_view no : {"", "non", "no", "0", "faux", "false"})
        if (word == no)
            return false;
    return std::nullopt;
}

PhoneDamage phone_damage(std::string_view phone) {
    std::string digits;
    for (char c : trim(phone)) {
        if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')')
            continue;
        digits += c;
    }
    auto all_digits = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (std::string_view exponent : {"E+", "e+"})
        if (size_t at = digits.find(exponent);
            at != std::string::npos && at > 0 && all_digits(digits.substr(at + 2)))
            return PhoneDamage::scientific;
    if (!all_digits(digits))
        return PhoneDamage::none;
    // A Moroccan number is 0 and nine digits, the first of them 5 to 8.
    if (digits.size() == 9 && digits[0] >= '5' && digits[0] <= '8')
        return PhoneDamage::lost_zero;
    if (digits.size() >= 11 && digits.starts_with("212"))
        return PhoneDamage::lost_plus;
    return PhoneDamage::none;
}

bool same_but_leading_zeros(std::string_view a, std::string_view b) {
    auto digits = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (a == b || !digits(a) || !digits(b))
        return false;
    auto strip = [](std::string_view s) {
        size_t first = s.find_first_not_of('0');
        return first == std::string_view::npos ? std::string_view("0") : s.substr(first);
    };
    return strip(a) == strip(b);
}

} // namespace vitrine
