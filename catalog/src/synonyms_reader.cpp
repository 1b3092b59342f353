// synonyms.csv: one row per group of words that mean the same to visitors. A word is what
// search will find, so each is checked in its normalised form (normalize.h): two spellings that
// normalise alike are one word, and a word with no letters would find nothing.

#include "pack_reading.h"
#include "vitrine/catalog/normalize.h"

#include <map>

namespace vitrine {
namespace {

// A group is applied to every text of the catalogue that holds one of its words: a bound on
// its size bounds the index a pasted paragraph could make.
constexpr size_t kMaxGroupWords = 24;
constexpr size_t kMaxPhraseWords = 4;

std::vector<std::string> split_words(std::string_view cell) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= cell.size()) {
        size_t slash = cell.find('/', start);
        if (slash == std::string_view::npos)
            slash = cell.size();
        std::string_view word = cell.substr(start, slash - start);
        while (!word.empty() && (word.front() == ' ' || word.front() == '\t'))
            word.remove_prefix(1);
        while (!word.empty() && (word.back() == ' ' || word.back() == '\t'))
            word.remove_suffix(1);
        if (!word.empty())
            out.emplace_back(word);
        start = slash + 1;
    }
    return out;
}

} // namespace

std::vector<SynonymGroup> read_synonyms(const CsvTable& table, Diagnostics& diags) {
    std::vector<SynonymGroup> groups;
    std::map<std::string, size_t> seen; // normalised word -> line it was first given on
    for (const CsvRow& row : table.rows) {
        std::string_view cell = table.cell(row, "words");
        SynonymGroup group;
        group.line = row.line;
        for (const std::string& word : split_words(cell)) {
            std::vector<std::string> words = query_words(word);
            std::string key;
            for (const std::string& w : words)
                key += (key.empty() ? "" : " ") + w;
            if (key.empty()) {
                diags.warning(table.file, row.line,
                              quote_cell(word) + " has no letters or digits: it is ignored",
                              "write words a visitor would type, separated by /");
                continue;
            }
            if (words.size() > kMaxPhraseWords) {
                diags.warning(table.file, row.line,
                              quote_cell(word) + " has " + std::to_string(words.size()) +
                                  " words: it is ignored",
                              "a synonym is a word or a short name of at most " +
                                  std::to_string(kMaxPhraseWords) +
                                  " words; separate synonyms with /");
                continue;
            }
            auto [it, added] = seen.emplace(key, row.line);
            if (!added) {
                if (it->second != row.line)
                    diags.warning(table.file, row.line,
                                  quote_cell(word) + " is already on line " +
                                      std::to_string(it->second) + ": it is ignored here",
                                  "merge the two rows into one, or remove the word from one");
                continue;
            }
            if (group.words.size() == kMaxGroupWords) {
                diags.warning(table.file, row.line,
                              "more than " + std::to_string(kMaxGroupWords) +
                                  " words in one row: " + quote_cell(word) +
                                  " and those after it are ignored",
                              "split the row: each row holds words that mean the same thing");
                break;
            }
            group.words.push_back(word);
        }
        if (group.words.size() < 2) {
            if (!cell.empty() && group.words.size() == 1)
                diags.warning(table.file, row.line,
                              "only one word, " + quote_cell(group.words.front()) +
                                  ": the row does nothing",
                              "write the words that mean the same thing, separated by /, e.g. "
                              "\"tapis / zarbia / rug / carpet\"");
            continue;
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

} // namespace vitrine
