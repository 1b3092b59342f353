// Visitors are told "stand B12" and type it every way: with or without the word "stand", with
// a space, with leading zeros, in Arabic. What the query says about stands decides whether
// search shows that stand first, or stands alone.
#include "stand_number.h"

#include <gtest/gtest.h>

using namespace vitrine;

namespace {

std::string number_of(const StandQuery& q) {
    return q.number ? q.number->letters + "|" + q.number->digits : "none";
}

StandQuery query(std::vector<std::string> words) {
    return read_stand_query(words);
}

} // namespace

TEST(StandNumber, LettersThenDigits) {
    auto n = parse_stand_number("b12");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->letters, "b");
    EXPECT_EQ(n->digits, "12");
    EXPECT_EQ(parse_stand_number("12")->letters, "");
    EXPECT_EQ(parse_stand_number("aba")->digits, "");
}

TEST(StandNumber, AnythingElseIsNotANumber) {
    for (const char* text : {"", "12b", "b12x", "abcd1", "b12345", "b-12", "B12", "é1"})
        EXPECT_FALSE(parse_stand_number(text)) << text;
}

TEST(StandNumber, LeadingZerosDoNotCount) {
    EXPECT_EQ(without_leading_zeros("007"), "7");
    EXPECT_EQ(without_leading_zeros("120"), "120");
    EXPECT_EQ(without_leading_zeros("000"), "0");
}

TEST(StandQuery, TheWordStandAnnouncesStandsOnly) {
    for (const auto& words : std::vector<std::vector<std::string>>{
             {"stand", "12"},
             {"booth", "b12"},
             {"stand", "no", "b12"},
             {"\u062c\u0646\u0627\u062d", "12"},                      // جناح 12
             {"\u062c\u0646\u0627\u062d", "\u0631\u0642\u0645", "7"}, // جناح رقم 7
         }) {
        const StandQuery q = read_stand_query(words);
        EXPECT_TRUE(q.announced) << words[0];
        EXPECT_TRUE(q.number) << words[0];
    }
    EXPECT_EQ(number_of(query({"stand", "ab"})), "ab|");
    EXPECT_TRUE(query({"stand"}).announced);
    EXPECT_EQ(number_of(query({"stand"})), "none");
}

TEST(StandQuery, ANumberAloneIsAStandToo) {
    EXPECT_EQ(number_of(query({"b12"})), "b|12");
    EXPECT_EQ(number_of(query({"b", "12"})), "b|12");
    EXPECT_EQ(number_of(query({"12"})), "|12");
    EXPECT_FALSE(query({"b12"}).announced);
}

TEST(StandQuery, WordsThatOnlyLookLikeNumbersAreLeftToTextSearch) {
    EXPECT_EQ(number_of(query({"ab"})), "none");      // the start of a word
    EXPECT_EQ(number_of(query({"b"})), "b|");         // a row of stands
    EXPECT_EQ(number_of(query({"12", "b"})), "none"); // digits first is no stand
    EXPECT_EQ(number_of(query({"b", "c"})), "none");  // two letters apart
    EXPECT_EQ(number_of(query({"b", "12", "x"})), "none");
    EXPECT_EQ(number_of(query({"tapis"})), "none");
}
