// The values organisers type into cells, one at a time, as a spreadsheet hands them over.
#include "vitrine/catalog/pack_values.h"

#include <gtest/gtest.h>

using namespace vitrine;

TEST(PackValues, SlugsAreLowerCaseLettersDigitsAndDashes) {
    EXPECT_TRUE(is_slug("huile-argan"));
    EXPECT_TRUE(is_slug("coop_2"));
    EXPECT_FALSE(is_slug(""));
    EXPECT_FALSE(is_slug("Huile"));
    EXPECT_FALSE(is_slug("huile argan"));
    EXPECT_FALSE(is_slug("zellige-fès"));
}

TEST(PackValues, StandNumbersAreTrimmedAndUpperCased) {
    EXPECT_EQ(stand_id(" b12 "), "B12");
    EXPECT_TRUE(is_stand_id("B12"));
    EXPECT_TRUE(is_stand_id("A-03"));
    EXPECT_FALSE(is_stand_id("b12"));
    EXPECT_FALSE(is_stand_id("B 12"));
    EXPECT_FALSE(is_stand_id("STAND-B12"));
}

TEST(PackValues, ColoursAreHashAndSixHexDigits) {
    EXPECT_EQ(parse_color("#C0643B"), 0xC0643Bu);
    EXPECT_EQ(parse_color(" #c0643b "), 0xC0643Bu);
    EXPECT_FALSE(parse_color("C0643B"));
    EXPECT_FALSE(parse_color("#C0643"));
    EXPECT_FALSE(parse_color("#C0643G"));
}

TEST(PackValues, PricesAsOrganisersWriteThem) {
    EXPECT_EQ(parse_amount("120"), 12000);
    EXPECT_EQ(parse_amount("45,50"), 4550);
    EXPECT_EQ(parse_amount("45.5"), 4550);
    EXPECT_EQ(parse_amount("1 200"), 120000);
    EXPECT_EQ(parse_amount("1\xC2\xA0"
                           "200"),
              120000);
    EXPECT_FALSE(parse_amount("12,345"));
    EXPECT_FALSE(parse_amount("douze"));
    EXPECT_FALSE(parse_amount(""));
    auto range = parse_price("80 - 120 MAD");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->min_centimes, 8000);
    EXPECT_EQ(range->max_centimes, 12000);
    EXPECT_EQ(parse_price("35 DH")->min_centimes, 3500);
    EXPECT_FALSE(parse_price("120-80")); // upside down
    EXPECT_FALSE(parse_price("MAD"));
}

TEST(PackValues, DatesAndTimestamps) {
    EXPECT_TRUE(is_iso_date("2025-03-18"));
    EXPECT_FALSE(is_iso_date("18/03/2025"));
    EXPECT_TRUE(is_iso_timestamp("2025-03-18T09:00:00Z"));
    EXPECT_FALSE(is_iso_timestamp("2025-03-18 09:00:00"));
}

TEST(PackValues, YesAndNoInFrenchAndEnglish) {
    for (const char* yes : {"oui", "OUI", "Yes", "1", "x", "vrai"})
        EXPECT_EQ(parse_yes_no(yes), true) << yes;
    for (const char* no : {"", "non", "No", "0", "faux"})
        EXPECT_EQ(parse_yes_no(no), false) << no;
    EXPECT_FALSE(parse_yes_no("peut-être"));
}

TEST(PackValues, PhoneNumbersASpreadsheetTookForNumbers) {
    EXPECT_EQ(phone_damage("612345678"), PhoneDamage::lost_zero);
    EXPECT_EQ(phone_damage("522 12 34 56"), PhoneDamage::lost_zero);
    EXPECT_EQ(phone_damage("212612345678"), PhoneDamage::lost_plus);
    EXPECT_EQ(phone_damage("6,12346E+08"), PhoneDamage::scientific);
    EXPECT_EQ(phone_damage("2.12612E+11"), PhoneDamage::scientific);
    for (const char* fine :
         {"0612345678", "06 12 34 56 78", "+212612345678", "+212 6 12 34 56 78", "", "sur demande"})
        EXPECT_EQ(phone_damage(fine), PhoneDamage::none) << fine;
}

TEST(PackValues, IdsThatDifferOnlyByLeadingZeros) {
    EXPECT_TRUE(same_but_leading_zeros("007", "7"));
    EXPECT_TRUE(same_but_leading_zeros("7", "007"));
    EXPECT_TRUE(same_but_leading_zeros("000", "0"));
    EXPECT_FALSE(same_but_leading_zeros("007", "007"));
    EXPECT_FALSE(same_but_leading_zeros("007", "70"));
    EXPECT_FALSE(same_but_leading_zeros("b07", "b7"));
}
