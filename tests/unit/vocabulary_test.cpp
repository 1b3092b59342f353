// The vocabulary is what forgives a visitor's typos: "tapsi" must still find the rugs, a word
// half typed must find what it starts, and a slip must never flood the results.
#include "search_vocabulary.h"

#include <gtest/gtest.h>

using namespace vitrine;

namespace {

Vocabulary sample_vocabulary() {
    Vocabulary v;
    for (const auto& [term, docs] : std::vector<std::pair<const char*, uint32_t>>{
             {"tajine", 9}, {"tapis", 12}, {"tapisserie", 3}, {"tasse", 4}, {"zellige", 7}})
        v.add(term, docs);
    return v;
}

std::vector<std::string> texts(const std::vector<Candidate>& candidates) {
    std::vector<std::string> out;
    for (const Candidate& c : candidates)
        out.push_back(c.text);
    return out;
}

} // namespace

TEST(Vocabulary, CountsLettersNotBytes) {
    EXPECT_EQ(to_code_points("zellige").size(), 7u);
    EXPECT_EQ(to_code_points("caf\u00e9"), std::u32string(U"caf\u00e9"));
    EXPECT_EQ(to_code_points("\u0632\u0644\u064a\u062c").size(), 4u); // زليج
}

TEST(Vocabulary, LongerWordsForgiveMoreTypos) {
    EXPECT_EQ(typo_budget(4), 0);
    EXPECT_EQ(typo_budget(5), 1);
    EXPECT_EQ(typo_budget(8), 1);
    EXPECT_EQ(typo_budget(9), 2);
}

TEST(Vocabulary, FindsTheTermsAPrefixStarts) {
    const Vocabulary v = sample_vocabulary();
    ASSERT_EQ(v.size(), 5u);
    EXPECT_EQ(v.starting_with(U"tap"), (std::pair<size_t, size_t>{1, 3}));
    EXPECT_EQ(v.starting_with(U"ta"), (std::pair<size_t, size_t>{0, 4}));
    auto [first, last] = v.starting_with(U"vase");
    EXPECT_EQ(first, last);
    EXPECT_EQ(v.term(4), U"zellige");
    EXPECT_EQ(v.shared[2], 5u); // "tapisserie" shares "tapis"
}

TEST(Vocabulary, ASwappedPairIsOneTypo) {
    const Vocabulary v = sample_vocabulary();
    const auto found = typo_candidates(v, U"tapsi", 1, false);
    ASSERT_EQ(texts(found), std::vector<std::string>{"tapis"});
    EXPECT_EQ(found[0].distance, 1);
    EXPECT_EQ(found[0].docs, 12u);
    EXPECT_TRUE(typo_candidates(v, U"zelige", 1, false).size() == 1);
}

TEST(Vocabulary, TheWordItselfIsLeftToTheExactTiers) {
    const Vocabulary v = sample_vocabulary();
    EXPECT_TRUE(typo_candidates(v, U"tapis", 1, false).empty());
    EXPECT_TRUE(typo_candidates(v, U"tapsi", 0, false).empty()); // no budget, no typo
}

TEST(Vocabulary, AWordBeingTypedMatchesThePrefixesOfTerms) {
    const Vocabulary v = sample_vocabulary();
    // "tapo…" is one edit from "tap", which starts "tapis" and "tapisserie".
    const auto found = typo_candidates(v, U"tapo", 1, true);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].text, "tap");
    EXPECT_TRUE(found[0].prefix);
    EXPECT_EQ(found[0].docs, 15u);
}

TEST(Vocabulary, FewestEditsThenMostUsedComeFirst) {
    Vocabulary v;
    v.add("lapis", 5);
    v.add("tapas", 20);
    v.add("tapir", 1);
    v.add("tapis", 12);
    const auto found = typo_candidates(v, U"tapiz", 2, false);
    EXPECT_EQ(texts(found), (std::vector<std::string>{"tapis", "tapir", "tapas", "lapis"}));
}

TEST(Vocabulary, ASlipNeverFloodsTheResults) {
    Vocabulary v;
    for (char c = 'a'; c <= 'z'; ++c)
        v.add(std::string("chapea") + c, static_cast<uint32_t>(c));
    const auto found = typo_candidates(v, U"chapeay", 1, false);
    ASSERT_EQ(found.size(), kMaxTypoCandidates);
    EXPECT_EQ(found[0].text, "chapeaz"); // the most used of the spellings one edit away
}

TEST(Vocabulary, EditDistanceCountsASwapOnce) {
    EXPECT_EQ(edit_distance(U"tapis", U"tapsi"), 1u);
    EXPECT_EQ(edit_distance(U"", U"abc"), 3u);
    EXPECT_EQ(edit_distance(U"artisanat", U"artisanat"), 0u);
    EXPECT_EQ(edit_distance(U"poterie", U"potrie"), 1u);
}
