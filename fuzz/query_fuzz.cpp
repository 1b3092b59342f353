// What a visitor types, and what a pack's names hold: the normalisation both go through, and
// the search over the sample fair's index, which promises never to throw on any text.
#include "fuzz_support.h"
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/search.h"
#include "vitrine/catalog/text_encoding.h"

using namespace vitrine;

namespace {

const Search& sample_search() {
    static const Search search = [] {
        Diagnostics diags;
        auto pack = open_pack(fuzz::source_dir() / "data" / "sample-pack");
        return Search::build(read_pack(*pack, diags).value().catalog);
    }();
    return search;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)sample_search();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const Lang lang = static_cast<Lang>(data[0] % 4);
    const std::string_view text = fuzz::as_text(data + 1, size - 1);

    for (const NormalizedWord& word : normalized_words(text)) {
        if (word.text.empty() || !is_valid_utf8(word.text))
            fuzz::broken("a normalised word is empty or not UTF-8");
        (void)match_form(word.text);
    }
    const std::string normalized = normalize_text(text);
    if (normalize_text(normalized) != normalized)
        fuzz::broken("normalising twice changes the text: index and query would not meet");
    (void)query_words(text);
    (void)index_terms(text);

    const SearchResults results = sample_search().query(text, lang, 10);
    if (results.failed)
        fuzz::broken("the search index failed on a query");
    return 0;
}
