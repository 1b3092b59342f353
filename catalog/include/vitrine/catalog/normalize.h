// Text normalisation for search: the one place that decides when two spellings are the same
// word. The index is built with these functions at import and every query goes through them
// too, so that what a visitor types and what the catalogue says meet in the same form.
//
// Every function here is pure, total and thread safe: any bytes in, never an exception out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// The version of the rules below. It is stored with each index: a catalogue indexed under
// other rules must be imported again, since its words would no longer meet the queries'.
inline constexpr int kNormalizationVersion = 1;

// Longest word kept, in characters. Longer runs are cut: no real word is that long, and it
// bounds the work a pasted paragraph or a stuck key can cause.
inline constexpr size_t kMaxWordLength = 48;

// Written before the first word of a name in the index ("·poterie"), so that "starts with"
// is a term like any other. Normalisation makes it a separator: no word ever holds it.
inline constexpr std::string_view kFirstWordMark = "\u00B7";

// A word of normalised text. `joined` marks a word glued to the previous one by an
// apostrophe or a hyphen ("d'argan", "sèche-cheveux"), which the index also keeps whole.
struct NormalizedWord {
    std::string text;
    bool joined = false;
};

// Splits text into normalised words:
// - case and Latin accents are folded, ligatures spelt out: "Crème" → "creme", "Œuvre" →
//   "oeuvre", "Aït" → "ait", "ß" → "ss"; combining accents (decomposed input) are dropped;
// - Arabic as people type it: harakat, Quranic marks and tatweel are dropped; أ إ آ ٱ → ا;
//   ى → ي; ة → ه; the Persian and Maghrebi letters keyboards produce (ک گ ڭ ی ڤ) → ك ك ك ي ف;
// - Arabic-Indic and Persian digits become 0-9;
// - apostrophes and hyphens split words but mark the next one as joined; every other
//   punctuation mark, symbol, space or emoji separates words; invisible format characters
//   (zero-width joiners, direction marks, byte order marks) are dropped;
// - bytes that are not valid UTF-8 separate words.
std::vector<NormalizedWord> normalized_words(std::string_view text);

// The normalised words of `text`, separated by single spaces.
std::string normalize_text(std::string_view text);

// The form a normalised word is matched in: Arabic words lose a leading article or
// article-with-preposition (ال، وال، بال، كال، فال، لل) when two letters or more remain, so
// that "الأركان", "أركان" and "بالأركان" all meet as "اركان". Other words are unchanged.
std::string match_form(std::string_view word);

// The words a query searches for: normalized_words, each in its match_form.
std::vector<std::string> query_words(std::string_view text);

// Every term the index holds for a text: each word as normalised and in its match form, and
// each chain of joined words also written whole ("d'argan" gives "d", "argan" and "dargan").
// Terms may repeat.
std::vector<std::string> index_terms(std::string_view text);

} // namespace vitrine
