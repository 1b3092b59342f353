// "Ma visite" and the organisers' counts, driven as a visitor does: a headless kiosk on a small
// installed pack, tapped by label (the runner's own input path), then its statistics file read
// back. What a visitor depends on: the pin adds and shows it, the eleventh maker is refused
// kindly, a stop can be taken off, the next visitor finds an empty visit; and what organisers
// depend on: every view, route, code shown and repeated search counted once, in that file.
#include "app/headless.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/stats.h"
#include "vitrine/catalog/store.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::kiosk;
using namespace vitrine::test;

namespace {

class VisitScreen : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(packs / "fair", {.exhibitors = 12, .products_per_exhibitor = 1});
        Diagnostics diags;
        ASSERT_EQ(Store(data.path()).import_pack(packs / "fair", diags), ImportOutcome::installed);
    }

    // Runs the scenario; "" when every line passed, else the runner's report. Shots go to
    // `shots` when given.
    std::string run(const std::string& script, const fs::path& shots = {}) {
        write_file(packs / "scenario.txt", script);
        HeadlessOptions o;
        o.app.data_dir = data.path();
        o.app.assets_dir = VITRINE_ASSETS_DIR;
        o.app.photos = false;
        o.app.idle_timeout_s = 90;
        o.script = packs / "scenario.txt";
        o.out_dir = shots;
        o.write_shots = !shots.empty();
        std::ostringstream log;
        return run_headless(o, log) == 0 ? std::string() : log.str();
    }

    // The sum over every hour of one count in the statistics file.
    int64_t count(Metric metric, const std::string& key = {}) {
        int64_t n = 0;
        for (const StatCount& c : StatsStore(StatsStore::file_in(data.path())).counts())
            if (c.metric == metric && c.key == key)
                n += c.count;
        return n;
    }

    static std::string pin(int stand) {
        char id[8];
        std::snprintf(id, sizeof id, "S%02d", stand);
        return "tap \"Accueil\"\ntap \"Par stand\"\ntap \"" + std::string(id) +
               "\"\ntap \"Ajouter à ma visite\"\nexpect \"Dans ma visite\"\n";
    }

    TempDir packs, data;
};

TEST_F(VisitScreen, PinsTenMakersRefusesTheEleventhRemovesAndForgetsAtTheIdleReset) {
    std::string script = "tap \"Touchez pour découvrir\"\n"
                         "tap \"Ma visite\"\n"
                         "expect \"Votre visite est encore vide\"\n";
    for (int s = 1; s <= 10; ++s)
        script += pin(s);
    script += "tap \"Accueil\"\ntap \"Par stand\"\ntap \"S11\"\n"
              "tap \"Ajouter à ma visite\"\n"
              "expect \"Votre visite compte déjà 10 étapes\"\n"
              "expect \"Ajouter à ma visite\"\n" // not added: the pin still offers it
              "tap \"Ma visite\"\n"
              "expect \"Étapes : 10\"\n"
              "expect \"Emportez votre visite\"\n" // the tour was planned: its code is shown
              "tap \"Retirer\"\n"
              "expect \"Étapes : 9\"\n"
              "idle 100\n"
              "tap \"Touchez pour découvrir\"\n"
              "tap \"Ma visite\"\n"
              "expect \"Votre visite est encore vide\"\n";
    EXPECT_EQ(run(script), "");
}

TEST_F(VisitScreen, AnAddedMakerCanBeTakenOffFromItsOwnPage) {
    EXPECT_EQ(run("tap \"Touchez pour découvrir\"\n" + pin(3) +
                  "tap \"Dans ma visite\"\n"
                  "expect \"Ajouter à ma visite\"\n"
                  "tap \"Ma visite\"\n"
                  "expect \"Votre visite est encore vide\"\n"),
              "");
}

TEST_F(VisitScreen, AScriptedVisitIsCountedInTheStatisticsFile) {
    std::string script = "tap \"Touchez pour découvrir\"\n" + pin(1) + pin(2) +
                         "tap \"Montrez-moi le chemin\"\n" // the way to S02
                         "tap \"Ma visite\"\n";
    script += "tap \"Accueil\"\ntap \"Rechercher\"\ntype \"atelier\"\ntap \"Accueil\"\n"
              "tap \"Rechercher\"\ntap \"Effacer la recherche\"\ntype \"qwxz\"\n"
              "tap \"Accueil\"\n"
              "lang ar\n"
              "tap \"حسب الرواق\"\n"
              "idle 100\n";
    // Two more visitors search the same: three in a day reach the file; the one typed once
    // never does.
    for (int i = 0; i < 2; ++i)
        script += "tap \"Touchez pour découvrir\"\ntap \"Rechercher\"\ntype \"atelier\"\n"
                  "tap \"Accueil\"\nidle 100\n";
    ASSERT_EQ(run(script), "");

    EXPECT_EQ(count(Metric::visits), 3);
    EXPECT_EQ(count(Metric::exhibitor_views, "ex-1"), 1);
    EXPECT_EQ(count(Metric::exhibitor_views, "ex-2"), 1);
    EXPECT_EQ(count(Metric::exhibitor_views, "ex-3"), 0);
    EXPECT_EQ(count(Metric::routes, "S02"), 1);
    EXPECT_EQ(count(Metric::qr_codes, "contact"), 2);
    EXPECT_EQ(count(Metric::qr_codes, "visit"), 1);
    EXPECT_EQ(count(Metric::searches_found, "atelier"), 3);
    EXPECT_EQ(count(Metric::searches_unmet, "qwxz"), 0);
    EXPECT_GE(count(Metric::screens, "fr"), 20);
    EXPECT_EQ(count(Metric::screens, "ar"), 2); // home switched to Arabic, then the stands
}

// The code on screen, read by ZBar from the kiosk's own picture as a phone's camera would: the
// visit as plain text, the stands in walking order with their names, then the exit.
TEST_F(VisitScreen, TheQrCodeOnScreenReadsBackAsTheVisit) {
    if (std::system("command -v zbarimg >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "zbarimg is missing: install zbar-tools (scripts/setup does)";
    TempDir shots;
    ASSERT_EQ(run("tap \"Touchez pour découvrir\"\n" + pin(2) + pin(1) +
                      "tap \"Ma visite\"\nshot visit-qr\n",
                  shots.path()),
              "");
    std::string command =
        "zbarimg --quiet --raw -Sbinary '" + (shots / "visit-qr.png").string() + "' 2>/dev/null";
    std::string decoded;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buf[512];
        for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;)
            decoded.append(buf, n);
        EXPECT_EQ(pclose(pipe), 0) << "ZBar read no code in the shot";
    }
    EXPECT_EQ(decoded.rfind("Ma visite · 2 stands · ", 0), 0u) << decoded;
    for (const char* line : {". S01 Atelier 1\n", ". S02 Atelier 2\n", "\nSortie: entree"})
        EXPECT_NE(decoded.find(line), std::string::npos) << line << " in:\n" << decoded;
}

} // namespace
