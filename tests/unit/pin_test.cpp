#include "vitrine/catalog/pin.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace vitrine;

TEST(Pin, TheRightPinOpensAndAWrongOneDoesNot) {
    std::string stored = hash_pin("4821");
    EXPECT_TRUE(is_pin_hash(stored));
    EXPECT_TRUE(pin_matches("4821", stored));
    EXPECT_FALSE(pin_matches("4822", stored));
    EXPECT_FALSE(pin_matches("", stored));
    EXPECT_FALSE(pin_matches("48210", stored));
}

TEST(Pin, TheConfigurationNeverHoldsThePinItselfAndEachHashHasItsOwnSalt) {
    std::string a = hash_pin("1234"), b = hash_pin("1234");
    EXPECT_EQ(a.find("1234"), std::string::npos) << a;
    EXPECT_NE(a, b); // two kiosks with the same PIN do not show it in their files
    EXPECT_TRUE(pin_matches("1234", b));
}

TEST(Pin, AMalformedHashOpensNothing) {
    for (const std::string& bad : std::vector<std::string>{"", "1234", "sha256:", "sha256:zz:00",
                                                           "md5:" + std::string(97, 'a')})
        EXPECT_FALSE(pin_matches("1234", bad)) << bad;
    std::string cut = hash_pin("1234");
    cut.pop_back();
    EXPECT_FALSE(is_pin_hash(cut));
    EXPECT_FALSE(pin_matches("1234", cut));
}
