// The index's vocabulary, and the spellings of it a typo may have meant. Internal to search.
// A Vocabulary is built once, then read only: any number of threads may query it at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitrine {

// Normalised text (valid UTF-8) as code points, so that an edit is a letter, not a byte.
std::u32string to_code_points(std::string_view utf8);

// Edits forgiven in a word of this many letters: short words have too many neighbours.
int typo_budget(size_t letters);

// Every term of the index, added in code point order, so that terms sharing a prefix are
// neighbours: walking it is walking a trie, and the edit-distance table computed for a prefix
// serves every term that starts with it.
struct Vocabulary {
    std::vector<char32_t> code_points;
    std::vector<uint32_t> offsets{0}; // term i is code_points[offsets[i], offsets[i + 1])
    std::vector<uint16_t> shared;     // code points term i shares with term i - 1
    std::vector<uint32_t> docs;       // documents using term i

    size_t size() const { return docs.size(); }
    std::u32string_view term(size_t i) const {
        return {code_points.data() + offsets[i], offsets[i + 1] - offsets[i]};
    }
    // `text` must sort after every term added before it.
    void add(std::string_view text, uint32_t documents);
    // Terms [first, last) that start with `prefix`.
    std::pair<size_t, size_t> starting_with(std::u32string_view prefix) const;
    size_t bytes() const;
};

// A spelling of the index within the typo budget of a query word: a term, or for the word
// being typed, a prefix of terms.
struct Candidate {
    std::string text;
    bool prefix = false;
    int distance = 0;
    uint64_t docs = 0; // documents under the term or prefix
};

// More spellings than this for a typo cost time and bring noise rather than results.
inline constexpr size_t kMaxTypoCandidates = 12;

// Terms within `budget` edits (insertion, deletion, substitution, swap of neighbours: the
// optimal string alignment distance) of `word`; with `prefix`, the shortest prefixes of terms
// within the budget, since the visitor has not finished the word. Terms equal to the word, or
// starting with it, are left out: the exact tiers find them. The likeliest first (fewest
// edits, then the most used), at most kMaxTypoCandidates.
std::vector<Candidate> typo_candidates(const Vocabulary& vocabulary, std::u32string_view word,
                                       int budget, bool prefix);

// Plain optimal string alignment distance, for the few sector names of a suggestion.
size_t edit_distance(std::u32string_view a, std::u32string_view b);

} // namespace vitrine
