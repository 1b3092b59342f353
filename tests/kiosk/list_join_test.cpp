// Lists read as each language writes them: an Arabic reader expects "،" between names.
#include "ui/list_join.h"

#include <gtest/gtest.h>

namespace vitrine::kiosk {
namespace {

TEST(ListJoin, ArabicUsesTheArabicComma) {
    EXPECT_EQ(join_list(Lang::ar, {"حرف", "منتجات محلية", "خدمات"}), "حرف، منتجات محلية، خدمات");
}

TEST(ListJoin, OtherLanguagesUseTheLatinCommaAndSkipEmptyItems) {
    EXPECT_EQ(join_list(Lang::fr, {"Artisanat", "", "Terroir"}), "Artisanat, Terroir");
    EXPECT_EQ(join_list(Lang::zgh, {"ⴰ"}), "ⴰ");
    EXPECT_EQ(join_list(Lang::en, {}), "");
}

} // namespace
} // namespace vitrine::kiosk
