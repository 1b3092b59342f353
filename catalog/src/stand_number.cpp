#include "stand_number.h"

#include <cstddef>

namespace vitrine {

std::optional<StandNumber> parse_stand_number(std::string_view text) {
    StandNumber n;
    size_t i = 0;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z')
        n.letters += text[i++];
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        n.digits += text[i++];
    if (i != text.size() || (n.letters.empty() && n.digits.empty()) || n.letters.size() > 3 ||
        n.digits.size() > 4)
        return std::nullopt;
    return n;
}

std::string without_leading_zeros(std::string_view digits) {
    size_t start = digits.find_first_not_of('0');
    return start == std::string_view::npos ? "0" : std::string(digits.substr(start));
}

// Words that announce a stand: "stand 12", "booth B12", "جناح 12" (الجناح folds to it).
bool is_stand_word(std::string_view w) {
    return w == "stand" || w == "stands" || w == "booth" || w == "\u062c\u0646\u0627\u062d" ||
           w == "\u0631\u0648\u0627\u0642";
}
bool is_number_word(std::string_view w) {
    return w == "n" || w == "no" || w == "num" || w == "numero" || w == "nr" || w == "number" ||
           w == "\u0631\u0642\u0645";
}

StandQuery read_stand_query(const std::vector<std::string>& words) {
    StandQuery q;
    size_t k = 0;
    if (is_stand_word(words[0])) {
        q.announced = true;
        k = 1;
        if (k < words.size() && is_number_word(words[k]))
            ++k;
    }
    std::vector<std::string> rest(words.begin() + static_cast<ptrdiff_t>(k), words.end());
    if (rest.empty() || rest.size() > 2)
        return q;
    auto number = parse_stand_number(rest.size() == 1 ? rest[0] : rest[0] + rest[1]);
    if (!number)
        return q;
    bool spaced = rest.size() == 2; // "B 12": the letters, then the digits
    if (spaced && (rest[0] != number->letters || rest[1] != number->digits))
        return q;
    if (!q.announced && number->digits.empty() && number->letters.size() != 1)
        return q; // "ab" is the start of a word, "b" may be a row of stands
    if (!q.announced && number->digits.empty() && spaced)
        return q;
    q.number = number;
    return q;
}

} // namespace vitrine
