#include "vitrine/catalog/normalize.h"

#include "vitrine/catalog/text.h"

#include <array>
#include <cstdint>

namespace vitrine {
namespace {

// What a character does to the word being read.
enum class Role {
    letter,    // part of a word (possibly written differently)
    drop,      // invisible: removed without splitting the word (accents, harakat, tatweel)
    separator, // ends the word
    joiner,    // ends the word, and glues the next one to it (apostrophes, hyphens)
};

constexpr char32_t kInvalid = kInvalidCodePoint;

// U+00C0..U+00FF folded; "" marks × and ÷, which are symbols.
constexpr std::array<const char*, 64> kLatin1{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

// U+0100..U+017F (Latin Extended-A) folded to their base letters.
const char* latin_extended_a(char32_t cp) {
    struct Range {
        char32_t last;
        const char* base;
    };
    // Each range runs from the previous one's end; upper and lower case alternate inside.
    constexpr std::array<Range, 21> kRanges{{
        {0x105, "a"}, {0x10D, "c"},  {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},
        {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"},
        {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"},
        {0x175, "w"}, {0x178, "y"},  {0x17E, "z"},
    }};
    for (const Range& r : kRanges)
        if (cp <= r.last)
            return r.base;
    return "s"; // U+017F, long s
}

// The role of a code point; letters are appended to `word` in their folded form.
Role fold(char32_t cp, std::string& word) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            word += static_cast<char>(cp - 'A' + 'a');
            return Role::letter;
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            word += static_cast<char>(cp);
            return Role::letter;
        }
        return cp == '\'' || cp == '`' || cp == '-' ? Role::joiner : Role::separator;
    }
    if (cp == kInvalid || cp < 0xA0)
        return Role::separator; // broken bytes and C1 controls
    if (cp < 0xC0) {
        switch (cp) {
        case 0xAA: // ª
            word += 'a';
            return Role::letter;
        case 0xBA: // º
            word += 'o';
            return Role::letter;
        case 0xB2:
            word += '2';
            return Role::letter;
        case 0xB3:
            word += '3';
            return Role::letter;
        case 0xB9:
            word += '1';
            return Role::letter;
        case 0xAD: // soft hyphen: a hint for line breaking, not a character
            return Role::drop;
        default:
            return Role::separator; // no-break space, « », °, ·, ...
        }
    }
    if (cp <= 0xFF) {
        const char* folded = kLatin1[cp - 0xC0];
        if (*folded == '\0')
            return Role::separator;
        word += folded;
        return Role::letter;
    }
    if (cp <= 0x17F) {
        word += latin_extended_a(cp);
        return Role::letter;
    }
    if (cp >= 0x1CD && cp <= 0x1DC) { // Ǎǎ Ǐǐ Ǒǒ Ǔǔ Ǖǖ Ǘǘ Ǚǚ Ǜǜ
        constexpr const char* kPinyin = "aaiioouuuuuuuuuu";
        word += kPinyin[cp - 0x1CD];
        return Role::letter;
    }
    if (cp >= 0x218 && cp <= 0x21B) { // Șș Țț
        word += cp < 0x21A ? 's' : 't';
        return Role::letter;
    }
    if (cp == 0x192) { // ƒ
        word += 'f';
        return Role::letter;
    }
    if (cp >= 0x2B0 && cp <= 0x2FF) {
        // Modifier letters: the apostrophes of transliterations (ʼ ʻ ʾ ʿ) join words; the
        // spacing accents are accents.
        return cp == 0x2B9 || (cp >= 0x2BB && cp <= 0x2BF) ? Role::joiner : Role::drop;
    }
    if (cp >= 0x300 && cp <= 0x36F)
        return Role::drop; // combining accents of decomposed text
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
        append_utf8(word, cp + 0x20);
        return Role::letter;
    }
    if (cp >= 0x400 && cp <= 0x42F) {
        append_utf8(word, cp < 0x410 ? cp + 0x50 : cp + 0x20);
        return Role::letter;
    }
    if (cp >= 0x600 && cp <= 0x6FF) {
        if (cp <= 0x60F || cp == 0x61B || (cp >= 0x61D && cp <= 0x61F) ||
            (cp >= 0x66A && cp <= 0x66D) || cp == 0x6D4 || cp == 0x6DD || cp == 0x6DE ||
            cp == 0x6E9 || cp == 0x6FD || cp == 0x6FE)
            return Role::separator; // Arabic punctuation and signs
        if ((cp >= 0x610 && cp <= 0x61A) || cp == 0x61C || cp == 0x640 ||
            (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || (cp >= 0x6D6 && cp <= 0x6ED))
            return Role::drop; // harakat, Quranic marks, tatweel, letter mark
        if (cp >= 0x660 && cp <= 0x669) {
            word += static_cast<char>('0' + (cp - 0x660));
            return Role::letter;
        }
        if (cp >= 0x6F0 && cp <= 0x6F9) {
            word += static_cast<char>('0' + (cp - 0x6F0));
            return Role::letter;
        }
        char32_t to = cp;
        switch (cp) {
        case 0x622: // آ
        case 0x623: // أ
        case 0x625: // إ
        case 0x671: // ٱ
        case 0x672:
        case 0x673:
        case 0x675:
            to = 0x627; // ا
            break;
        case 0x629: // ة
        case 0x6C0:
        case 0x6C1:
        case 0x6C2:
        case 0x6C3:
        case 0x6D5:
            to = 0x647; // ه
            break;
        case 0x649:     // ى
        case 0x6CC:     // Persian yeh
            to = 0x64A; // ي
            break;
        case 0x6A9: // Persian keheh
        case 0x6AA:
        case 0x6AB:
        case 0x6AD:     // ڭ, the Moroccan g
        case 0x6AF:     // گ
            to = 0x643; // ك
            break;
        case 0x6A4:     // ڤ
            to = 0x641; // ف
            break;
        default:
            break;
        }
        append_utf8(word, to);
        return Role::letter;
    }
    if ((cp >= 0x8D3 && cp <= 0x8FF) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
        (cp >= 0xFE70 && cp <= 0xFE7F && cp != 0xFE75))
        return Role::drop; // more combining marks, and harakat in presentation forms
    if (cp >= 0x1E00 && cp <= 0x1EFF) {
        // Latin Extended Additional: pairs with the capital first; lower-cased, not folded.
        bool paired = cp <= 0x1E95 || cp >= 0x1EA0;
        append_utf8(word, paired ? (cp | 1) : cp);
        return Role::letter;
    }
    if (cp >= 0x2000 && cp <= 0x206F) {
        if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
            (cp >= 0x2060 && cp <= 0x206F))
            return Role::drop; // zero-width and direction controls
        if (cp == 0x2010 || cp == 0x2011 || cp == 0x2018 || cp == 0x2019 || cp == 0x201B ||
            cp == 0x2032)
            return Role::joiner; // hyphens, typographic apostrophes, prime
        return Role::separator;
    }
    if (cp >= 0x2070 && cp <= 0x2BFF)
        return Role::separator; // super/subscripts, currency, arrows, maths, shapes, dingbats
    if (cp == 0x2D70)
        return Role::separator; // Tifinagh separator mark
    if (cp == 0x2D7F)
        return Role::drop; // Tifinagh consonant joiner
    if ((cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F))
        return Role::separator;
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE01EF))
        return Role::drop; // variation selectors, byte order mark, tags
    if ((cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F) || cp >= 0xFFF0 ||
        (cp >= 0x1F000 && cp <= 0x1FBFF))
        return Role::separator; // forms of punctuation, specials, emoji
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return fold(cp - 0xFEE0, word); // full-width ASCII
    append_utf8(word, cp);
    return Role::letter;
}

// Cuts `word` to at most `max` characters.
void truncate_characters(std::string& word, size_t max) {
    size_t count = 0;
    for (size_t i = 0; i < word.size(); ++i) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80 && ++count > max) {
            word.resize(i);
            return;
        }
    }
}

// "ال" and the prepositions and conjunctions written in one word with it, longest first, as
// they are after folding (every alef is ا).
constexpr std::array<std::string_view, 6> kArticles{
    "\u0648\u0627\u0644", // وال
    "\u0628\u0627\u0644", // بال
    "\u0643\u0627\u0644", // كال
    "\u0641\u0627\u0644", // فال
    "\u0627\u0644",       // ال
    "\u0644\u0644",       // لل
};

} // namespace

std::vector<NormalizedWord> normalized_words(std::string_view text) {
    std::vector<NormalizedWord> words;
    std::string word;
    size_t length = 0;         // characters in `word`
    bool after_joiner = false; // the last thing read was a joiner right after a word
    bool next_joined = false;  // the word being read is glued to the previous one
    auto finish = [&] {
        if (!word.empty()) {
            truncate_characters(word, kMaxWordLength);
            words.push_back({std::move(word), next_joined});
        }
        word.clear();
        length = 0;
    };
    for (size_t i = 0; i < text.size();) {
        char32_t cp = decode_utf8(text, i);
        size_t before = word.size();
        Role role = fold(cp, word);
        switch (role) {
        case Role::letter:
            if (before == 0) {
                next_joined = after_joiner;
                after_joiner = false;
            }
            // Past the cap, a word only keeps being read (and dropped) to its end.
            if (length >= kMaxWordLength)
                word.resize(before);
            else
                length += utf8_length(std::string_view(word).substr(before));
            break;
        case Role::drop:
            break;
        case Role::separator:
            finish();
            after_joiner = false;
            break;
        case Role::joiner:
            after_joiner = !word.empty();
            finish();
            break;
        }
    }
    finish();
    return words;
}

std::string normalize_text(std::string_view text) {
    std::string out;
    for (const NormalizedWord& w : normalized_words(text)) {
        if (!out.empty())
            out += ' ';
        out += w.text;
    }
    return out;
}

std::string match_form(std::string_view word) {
    for (std::string_view article : kArticles)
        if (word.starts_with(article) && utf8_length(word.substr(article.size())) >= 2)
            return std::string(word.substr(article.size()));
    return std::string(word);
}

std::vector<std::string> query_words(std::string_view text) {
    std::vector<std::string> out;
    for (const NormalizedWord& w : normalized_words(text))
        out.push_back(match_form(w.text));
    return out;
}

std::vector<std::string> index_terms(std::string_view text) {
    std::vector<std::string> terms;
    std::vector<NormalizedWord> words = normalized_words(text);
    std::string chain;
    size_t chain_words = 0;
    auto end_chain = [&] {
        if (chain_words > 1) {
            truncate_characters(chain, kMaxWordLength);
            terms.push_back(chain);
        }
        chain.clear();
        chain_words = 0;
    };
    for (const NormalizedWord& w : words) {
        if (!w.joined)
            end_chain();
        chain += w.text;
        ++chain_words;
        terms.push_back(w.text);
        std::string form = match_form(w.text);
        if (form != w.text)
            terms.push_back(std::move(form));
    }
    end_chain();
    return terms;
}

} // namespace vitrine
