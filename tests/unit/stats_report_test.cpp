// The organisers' report: what it says, that it needs no network, that vitrine-pack writes it
// from several kiosks' exports, and that a real browser renders it.
#include "test_support.h"
#include "vitrine/catalog/stats_report.h"

#include <cstdio>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

std::vector<KioskCount> fair_counts() {
    std::vector<KioskCount> counts;
    auto add = [&](const char* kiosk, const char* hour, Metric m, const char* key, int64_t n) {
        counts.push_back({kiosk, {hour, m, key, n}});
    };
    const char* hours[] = {"2026-03-18T10", "2026-03-18T11", "2026-03-18T15", "2026-03-19T10",
                           "2026-03-19T16"};
    int64_t v = 12;
    for (const char* h : hours) {
        add("entree", h, Metric::visits, "", v);
        add("entree", h, Metric::visit_length, "120", v);
        add("fond", h, Metric::visits, "", v / 2);
        v += 9;
    }
    add("entree", "2026-03-18T10", Metric::exhibitor_views, "E01", 400);
    add("fond", "2026-03-18T11", Metric::exhibitor_views, "E01", 12);
    add("entree", "2026-03-18T10", Metric::exhibitor_views, "E02", 120);
    add("entree", "2026-03-18T10", Metric::product_views, "P01", 90);
    add("entree", "2026-03-18T10", Metric::product_views, "P02", 30);
    add("entree", "2026-03-18T10", Metric::routes, "B07", 37);
    add("entree", "2026-03-18T10", Metric::screens, "fr", 800);
    add("entree", "2026-03-18T10", Metric::screens, "ar", 500);
    add("entree", "2026-03-18T10", Metric::screens, "zgh", 60);
    add("entree", "2026-03-18T10", Metric::searches_unmet, "babouches rouges", 7);
    add("entree", "2026-03-18T10", Metric::searches_unmet, "<script>", 3);
    add("entree", "2026-03-18T10", Metric::qr_codes, "visit", 25);
    add("entree", "2026-03-18T10", Metric::sector_views, "artisanat", 210);
    return counts;
}

ReportNames fair_names() {
    ReportNames names;
    names.fair = "Foire solidaire des micro-entrepreneurs";
    names.exhibitors = {{"E01", "Coopérative Tifawin"}, {"E02", "تعاونية الأمل"}};
    names.stands = {{"E01", "B07"}, {"E02", "A03"}};
    names.products = {{"P01", "Tapis berbère"}, {"P02", "Huile d'argan"}};
    names.product_of = {{"P01", "E01"}, {"P02", "E02"}};
    names.sectors = {{"artisanat", "Artisanat"}};
    return names;
}

} // namespace

TEST(StatsReport, MainPageShowsTheFairsFiguresWithNothingFetched) {
    std::string html = stats_report_html(fair_counts(), fair_names());
    EXPECT_NE(html.find("Foire solidaire des micro-entrepreneurs"), std::string::npos);
    // 12 + 21 + 30 + 39 + 48 visits at one kiosk, 6 + 10 + 15 + 19 + 24 at the other.
    EXPECT_NE(html.find("<b>224</b>"), std::string::npos);
    EXPECT_NE(html.find("Coopérative Tifawin"), std::string::npos);
    EXPECT_NE(html.find("تعاونية الأمل"), std::string::npos);
    EXPECT_NE(html.find("babouches rouges"), std::string::npos);
    EXPECT_NE(html.find("B07 · Coopérative Tifawin"), std::string::npos) << "a route's stand";
    EXPECT_NE(html.find("<svg"), std::string::npos);
    // What a visitor typed is text, never markup.
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    for (const char* fetched : {"http://", "https://", "@import", "url(", "@font-face"})
        EXPECT_EQ(html.find(fetched), std::string::npos) << fetched;
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("exposants/E01.html"), std::string::npos);
}

TEST(StatsReport, ExhibitorPageSaysHowOftenItWasViewedAndAskedFor) {
    std::string html = exhibitor_report_html(fair_counts(), fair_names(), "E01");
    EXPECT_NE(html.find("Votre stand a été consulté <b>412</b> fois"), std::string::npos) << html;
    EXPECT_NE(html.find("<b>37</b> visiteurs ont demandé le chemin"), std::string::npos);
    EXPECT_NE(html.find("Your stand was viewed <b>412</b> times"), std::string::npos);
    EXPECT_NE(html.find("<b>37</b> visitors asked the way"), std::string::npos);
    EXPECT_NE(html.find("Tapis berbère"), std::string::npos);
    EXPECT_EQ(html.find("Huile d'argan"), std::string::npos) << "another maker's product";
    // Without the catalogue: ids, and no stand to count routes for.
    std::string bare = exhibitor_report_html(fair_counts(), {}, "E01");
    EXPECT_NE(bare.find("<h1 dir=\"auto\">E01</h1>"), std::string::npos);
    EXPECT_NE(bare.find("consulté <b>412</b> fois sur les bornes."), std::string::npos);
    EXPECT_EQ(bare.find("demandé le chemin"), std::string::npos) << "routes to an unknown stand";
    // One visitor, in both languages.
    auto one = fair_counts();
    for (KioskCount& k : one)
        if (k.count.metric == Metric::routes)
            k.count.count = 1;
    std::string single = exhibitor_report_html(one, fair_names(), "E01");
    EXPECT_NE(single.find("<b>1</b> visiteur a demandé le chemin"), std::string::npos);
    EXPECT_NE(single.find("<b>1</b> visitor asked the way"), std::string::npos);
}

TEST(StatsReport, PackToolMergesThreeKiosksIntoAReport) {
    TempDir dir;
    const char* kiosks[] = {"entree", "fond", "cafe"};
    std::string files;
    for (int k = 0; k < 3; ++k) {
        std::string csv = "kiosk,hour,metric,key,count\n";
        csv += std::string(kiosks[k]) + ",2026-03-18T10,visits,," + std::to_string(10 * (k + 1)) +
               "\n";
        csv += std::string(kiosks[k]) + ",2026-03-18T10,exhibitor_views,E01,5\n";
        fs::path f = dir / ("vitrine-stats-" + std::string(kiosks[k]) + "-2026-03-18.csv");
        write_file(f, csv);
        files += " '" + f.string() + "'";
    }
    ToolRun r = run_tool("stats" + files + " --out '" + (dir / "report").string() + "'");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("Merged 3 exports"), std::string::npos) << r.output;
    std::string html = read_file(dir / "report/index.html");
    EXPECT_NE(html.find("<b>60</b>"), std::string::npos) << "10 + 20 + 30 visits";
    EXPECT_NE(html.find("3 bornes"), std::string::npos);
    std::string page = read_file(dir / "report/exposants/E01.html");
    EXPECT_NE(page.find("consulté <b>15</b> fois"), std::string::npos);

    // A bad export: the file, line and cell, and nothing written.
    write_file(dir / "bad.csv", "kiosk,hour,metric,key,count\nx,2026-03-18T10,visits,,-4\n");
    r = run_tool("stats '" + (dir / "bad.csv").string() + "' --out '" + (dir / "other").string() +
                 "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("bad.csv:2: count"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(dir / "other"));
}

// Chromium, headless and offline, renders the page to a screenshot that is not blank: the
// charts and text are there in many colours.
TEST(StatsReport, RendersInHeadlessChromium) {
    if (!run_shell("command -v chromium >/dev/null 2>&1").first ||
        !run_shell("command -v identify-im6.q16 >/dev/null 2>&1").first)
        GTEST_SKIP() << "chromium or ImageMagick is missing: install chromium and imagemagick "
                        "(scripts/setup does)";
    TempDir dir;
    ReportFiles files = write_stats_report(fair_counts(), fair_names(), dir / "report");
    const fs::path shot = dir / "report.png";
    std::string command =
        "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--user-data-dir='" +
        (dir / "profile").string() + "' --screenshot='" + shot.string() +
        "' --window-size=1280,2000 'file://" + files.index.string() + "' >/dev/null 2>&1";
    run_shell(command);
    ASSERT_TRUE(fs::exists(shot)) << "chromium wrote no screenshot: " << command;
    auto [ok, info] = run_shell("identify-im6.q16 -format '%w %h %k' '" + shot.string() + "'");
    ASSERT_TRUE(ok);
    int width = 0, height = 0, colours = 0;
    ASSERT_EQ(std::sscanf(info.c_str(), "%d %d %d", &width, &height, &colours), 3) << info;
    EXPECT_EQ(width, 1280);
    EXPECT_EQ(height, 2000);
    EXPECT_GT(colours, 200) << "the page rendered blank or nearly so";
}
