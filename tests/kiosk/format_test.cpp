// Prices and lists as each language writes them: a visitor reads "15 000 MAD", not "15000".
#include "ui/format.h"

#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::kiosk;

namespace {
const std::string kThin = "\u202F"; // narrow no-break space
}

TEST(Format, FrenchGroupsThousandsWithANarrowNoBreakSpace) {
    EXPECT_EQ(format_amount(1500000, Lang::fr), "15" + kThin + "000");
    EXPECT_EQ(format_amount(123456789, Lang::fr), "1" + kThin + "234" + kThin + "567,89");
    EXPECT_EQ(format_amount(250000, Lang::fr), "2" + kThin + "500");
}

TEST(Format, EnglishGroupsThousandsWithCommasAndAPoint) {
    EXPECT_EQ(format_amount(1500000, Lang::en), "15,000");
    EXPECT_EQ(format_amount(100000000, Lang::en), "1,000,000");
    EXPECT_EQ(format_amount(1250, Lang::en), "12.50");
}

TEST(Format, ArabicAndAmazighWriteAmountsAsMoroccanPriceTagsDo) {
    EXPECT_EQ(format_amount(3000000, Lang::ar), "30" + kThin + "000");
    EXPECT_EQ(format_amount(3000050, Lang::zgh), "30" + kThin + "000,50");
}

TEST(Format, SmallAmountsStayWhole) {
    EXPECT_EQ(format_amount(0, Lang::fr), "0");
    EXPECT_EQ(format_amount(12000, Lang::en), "120");
    EXPECT_EQ(format_amount(99900, Lang::fr), "999");
    EXPECT_EQ(format_amount(-150000, Lang::en), "-1,500");
}

TEST(Format, ListsUseTheArabicCommaInArabic) {
    std::vector<std::string> items{"a", "b", "c"};
    EXPECT_EQ(join_list(items, Lang::fr), "a, b, c");
    EXPECT_EQ(join_list(items, Lang::ar), "a\u060C b\u060C c");
    EXPECT_EQ(join_list({"seul"}, Lang::en), "seul");
    EXPECT_EQ(join_list({}, Lang::zgh), "");
}
