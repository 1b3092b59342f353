// How a visitor's query names stands: "B12", "b 12", "stand 12", "جناح 12". Internal to search;
// pure functions over normalised words (lower case, accents folded), safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// A stand number as "letters digits": "B12" is ("b", "12").
struct StandNumber {
    std::string letters;
    std::string digits;
};

// "b12" -> ("b", "12"); at most three letters then at most four digits, at least one of either.
std::optional<StandNumber> parse_stand_number(std::string_view text);

// "007" -> "7", "000" -> "0": stand 7 is stand 07.
std::string without_leading_zeros(std::string_view digits);

// Words that announce a stand ("stand", "booth", "جناح") and a number ("n", "no", "رقم").
bool is_stand_word(std::string_view word);
bool is_number_word(std::string_view word);

// What a query says about stands.
struct StandQuery {
    bool announced = false; // starts with a stand word: nothing but stands is meant
    std::optional<StandNumber> number;
};

// `words` is the query's normalised words, at least one.
StandQuery read_stand_query(const std::vector<std::string>& words);

} // namespace vitrine
