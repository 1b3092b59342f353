#include "search_vocabulary.h"

#include "vitrine/catalog/text.h"

#include <algorithm>
#include <climits>
#include <optional>

namespace vitrine {

// Normalised text is valid UTF-8: a plain decoder is enough.
std::u32string to_code_points(std::string_view utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < length && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out += cp;
        i += length;
    }
    return out;
}

int typo_budget(size_t letters) {
    return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

void Vocabulary::add(std::string_view text, uint32_t documents) {
    std::u32string cps = to_code_points(text);
    size_t common = 0;
    if (!docs.empty()) {
        std::u32string_view previous = term(docs.size() - 1);
        while (common < previous.size() && common < cps.size() && previous[common] == cps[common])
            ++common;
    }
    code_points.insert(code_points.end(), cps.begin(), cps.end());
    offsets.push_back(static_cast<uint32_t>(code_points.size()));
    shared.push_back(static_cast<uint16_t>(std::min<size_t>(common, UINT16_MAX)));
    docs.push_back(documents);
}

std::pair<size_t, size_t> Vocabulary::starting_with(std::u32string_view prefix) const {
    size_t first = 0, last = size();
    // Binary searches over the sorted terms: before, then inside, the prefix's block.
    size_t lo = 0, hi = size();
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (term(mid) < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    first = lo;
    hi = size();
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (term(mid).starts_with(prefix))
            lo = mid + 1;
        else
            hi = mid;
    }
    last = lo;
    return {first, last};
}

size_t Vocabulary::bytes() const {
    return code_points.capacity() * sizeof(char32_t) + offsets.capacity() * sizeof(uint32_t) +
           shared.capacity() * sizeof(uint16_t) + docs.capacity() * sizeof(uint32_t);
}

std::vector<Candidate> typo_candidates(const Vocabulary& vocabulary, std::u32string_view word,
                                       int budget, bool prefix) {
    const size_t m = word.size();
    const size_t max_depth = m + static_cast<size_t>(budget);
    const auto cap = static_cast<uint8_t>(budget + 1);
    const size_t stride = m + 1;
    // column[j * stride + i]: edits between word[0, i) and the term's first j code points,
    // capped at budget + 1.
    std::vector<uint8_t> column((max_depth + 1) * stride);
    for (size_t i = 0; i <= m; ++i)
        column[i] = static_cast<uint8_t>(std::min<size_t>(i, cap));

    std::vector<Candidate> out;
    const size_t n = vocabulary.size();
    // The first term after `i` that does not share its first `depth` code points.
    auto skip = [&](size_t i, size_t depth, uint64_t& docs) {
        docs = vocabulary.docs[i];
        size_t next = i + 1;
        while (next < n && vocabulary.shared[next] >= depth)
            docs += vocabulary.docs[next++];
        return next;
    };
    size_t valid = 0; // columns computed for the previous term's prefix
    for (size_t i = 0; i < n;) {
        std::u32string_view term = vocabulary.term(i);
        size_t depth = std::min<size_t>(valid, vocabulary.shared[i]);
        size_t last = std::min(term.size(), max_depth);
        std::optional<size_t> next;
        for (size_t j = depth + 1; j <= last && !next; ++j) {
            uint8_t* c = &column[j * stride];
            const uint8_t* p = c - stride;
            c[0] = static_cast<uint8_t>(std::min<size_t>(j, cap));
            uint8_t row_min = c[0];
            for (size_t r = 1; r <= m; ++r) {
                int best = std::min(p[r] + 1, c[r - 1] + 1);
                best = std::min(best, p[r - 1] + (word[r - 1] == term[j - 1] ? 0 : 1));
                if (r >= 2 && j >= 2 && word[r - 1] == term[j - 2] && word[r - 2] == term[j - 1])
                    best = std::min(best, (p - stride)[r - 2] + 1); // r - 2 - stride wraps below 0
                c[r] = static_cast<uint8_t>(std::min<int>(best, cap));
                row_min = std::min(row_min, c[r]);
            }
            valid = j;
            uint64_t docs = 0;
            if (row_min > budget) {
                next = skip(i, j, docs); // nothing under this prefix is close enough
            } else if (prefix && c[m] <= budget) {
                next = skip(i, j, docs);
                if (c[m] > 0)
                    out.push_back({to_utf8(term.substr(0, j)), true, c[m], docs});
            }
        }
        if (next) {
            i = *next;
            continue;
        }
        valid = last;
        if (!prefix && term.size() <= max_depth) {
            int distance = column[term.size() * stride + m];
            if (distance > 0 && distance <= budget)
                out.push_back({to_utf8(term), false, distance, vocabulary.docs[i]});
        }
        ++i;
    }
    // The likeliest first: fewest edits, then the most used spellings.
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.docs != b.docs)
            return a.docs > b.docs;
        return a.text < b.text;
    });
    if (out.size() > kMaxTypoCandidates)
        out.resize(kMaxTypoCandidates);
    return out;
}

size_t edit_distance(std::u32string_view a, std::u32string_view b) {
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

} // namespace vitrine
