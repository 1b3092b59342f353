#include "search_synonyms.h"

#include "vitrine/catalog/normalize.h"

#include <algorithm>

namespace vitrine {

SynonymExpander::SynonymExpander(const std::vector<SynonymGroup>& groups) : groups_(&groups) {
    for (size_t g = 0; g < groups.size(); ++g) {
        for (const std::string& word : groups[g].words) {
            std::vector<std::string> words = query_words(word);
            if (words.empty())
                continue;
            by_first_word_[words.front()].push_back(phrases_.size());
            phrases_.push_back({std::move(words), g});
        }
    }
}

std::vector<size_t> SynonymExpander::groups_in(std::string_view text) const {
    std::vector<size_t> found;
    if (phrases_.empty())
        return found;
    std::vector<std::string> words = query_words(text);
    for (size_t i = 0; i < words.size(); ++i) {
        auto it = by_first_word_.find(words[i]);
        if (it == by_first_word_.end())
            continue;
        for (size_t p : it->second) {
            const Phrase& phrase = phrases_[p];
            if (phrase.words.size() <= words.size() - i &&
                std::equal(phrase.words.begin(), phrase.words.end(), words.begin() + i))
                found.push_back(phrase.group);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

} // namespace vitrine
