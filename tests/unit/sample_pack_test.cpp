// The sample fair shipped with Vitrine validates cleanly: it is what visitors first see.
#include "diag_matchers.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"

#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::test;

TEST(SamplePack, ValidatesWithNoErrorsAndNoWarnings) {
    Diagnostics diags;
    auto contents = check_pack(sample_pack(), diags);
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_EQ(diags.warning_count(), 0u) << dump(diags);
    ASSERT_TRUE(contents);
    const Catalog& c = contents->catalog;
    EXPECT_EQ(c.exhibitors.size(), 70u);
    EXPECT_GE(c.products.size(), 350u);
    EXPECT_EQ(c.plan.stands.size(), 70u);
    EXPECT_TRUE(contents->manifest.sealed());
    for (const char* sector : {"artisanat", "terroir", "services"})
        EXPECT_TRUE(c.sector(sector)) << sector;
    for (const Product& p : c.products) {
        EXPECT_FALSE(p.photos.empty()) << p.id;
        for (Lang lang : {Lang::fr, Lang::ar, Lang::en})
            EXPECT_FALSE(p.name.exact(lang).empty()) << p.id;
    }
}
