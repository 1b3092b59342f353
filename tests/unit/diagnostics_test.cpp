// The list an organiser reads: file:line: error|warning: message (hint: ...), in file and line
// order, a summary after everything it sums up.
#include "vitrine/catalog/diagnostics.h"

#include <gtest/gtest.h>

using namespace vitrine;

TEST(Diagnostics, ReadAsFileLineSeverityMessageAndHint) {
    Diagnostic d{Severity::error, "exhibitors.csv", 14, "unknown sector \"artisant\"",
                 "known sectors: artisanat"};
    EXPECT_EQ(d.to_string(),
              "exhibitors.csv:14: error: unknown sector \"artisant\" (hint: known sectors: "
              "artisanat)");
    EXPECT_EQ((Diagnostic{Severity::warning, "photos/a.jpg", 0, "no product uses this photo", ""})
                  .to_string(),
              "photos/a.jpg: warning: no product uses this photo");
}

TEST(Diagnostics, SortedByFileAndLineWithSummariesLast) {
    Diagnostics diags;
    Diagnostic summary{Severity::warning, "manifest.json", 0, "removes 3 exhibitors", ""};
    summary.last = true;
    diags.add(summary);
    diags.warning("products.csv", 9, "b");
    diags.error("exhibitors.csv", 2, "a");
    diags.warning("products.csv", 3, "c");
    std::vector<std::string> order;
    for (const Diagnostic& d : diags.sorted())
        order.push_back(d.message);
    EXPECT_EQ(order, (std::vector<std::string>{"a", "c", "b", "removes 3 exhibitors"}));
    EXPECT_EQ(diags.error_count(), 1u);
    EXPECT_EQ(diags.warning_count(), 3u);
}
