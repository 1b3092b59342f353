// The search screen's query: a search that fails shows the calm "nothing found" page to the
// visitor, and says on stderr what failed, so that whoever looks after the kiosk can know.
#include "screens/search.h"

#include <gtest/gtest.h>

namespace vitrine::kiosk {
namespace {

TEST(SearchScreen, AFailedSearchIsLoggedWithWhatFailed) {
    Search search = Search::build(Catalog{});
    Search broken = std::move(search); // `search` has no index left: every query fails
    testing::internal::CaptureStderr();
    SearchResults results = run_search(search, "zellige", Lang::fr, 10);
    std::string log = testing::internal::GetCapturedStderr();
    EXPECT_TRUE(results.failed);
    EXPECT_TRUE(results.hits.empty());
    EXPECT_NE(log.find("search for \"zellige\" failed"), std::string::npos) << log;
    EXPECT_NE(log.find("moved away"), std::string::npos) << log;
}

TEST(SearchScreen, ASearchThatWorksLogsNothing) {
    Search search = Search::build(Catalog{});
    testing::internal::CaptureStderr();
    SearchResults results = run_search(search, "zellige", Lang::fr, 10);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    EXPECT_FALSE(results.failed);
}

} // namespace
} // namespace vitrine::kiosk
