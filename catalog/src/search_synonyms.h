// The pack's synonyms, applied when the index is built: a text that holds one word of a group
// is indexed with every other word of the group too. Internal to search.
//
// At index time rather than at query time: a query stays a few FTS5 lookups whatever the
// organiser's list holds (the per-keystroke budget is 5 ms on a fair of 50,000 products), and
// the added words join the vocabulary, so that they are completed as prefixes ("zarb" finds
// the rugs) and forgiven their typos ("zerbia") like any word of the catalogue.
//
// Built once, then read only: any number of threads may use it at once.
#pragma once

#include "vitrine/catalog/model.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vitrine {

class SynonymExpander {
public:
    explicit SynonymExpander(const std::vector<SynonymGroup>& groups);

    // The groups (indexes into the list given) one of whose words or names is in `text`,
    // matched word by word in normalised form, in increasing order.
    std::vector<size_t> groups_in(std::string_view text) const;

    // The words of group `group`, as the organiser wrote them.
    const std::vector<std::string>& words(size_t group) const { return (*groups_)[group].words; }

    bool empty() const { return phrases_.empty(); }

private:
    struct Phrase {
        std::vector<std::string> words; // in match form (query_words)
        size_t group = 0;
    };
    const std::vector<SynonymGroup>* groups_;
    std::vector<Phrase> phrases_;
    std::unordered_map<std::string, std::vector<size_t>> by_first_word_; // -> phrases_
};

} // namespace vitrine
