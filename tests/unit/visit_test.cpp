// "Ma visite": the shortlist's rules, its tour on the sample hall, and the QR text a phone reads
// back.
#include "test_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/text.h"
#include "vitrine/catalog/visit.h"

#include <cstdio>
#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::test;

namespace {

VisitStop stop_of(const Exhibitor& e) {
    return {e.id, e.name.in(Lang::fr), e.stand};
}

bool valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();)
        if (decode_utf8(text, i) == kInvalidCodePoint)
            return false;
    return true;
}

bool have(const char* tool) {
    return run_shell(std::string("command -v ") + tool + " >/dev/null 2>&1").first;
}

} // namespace

TEST(Visit, ShortlistRefusesTheEleventhKindlyAndKeepsTheList) {
    Visit visit;
    for (int k = 0; k < 10; ++k)
        EXPECT_EQ(visit.add({"E" + std::to_string(k), "Maker", "A0" + std::to_string(k)}),
                  Visit::Added::added);
    EXPECT_EQ(visit.add({"E3", "Maker", "A03"}), Visit::Added::already_there);
    auto eleventh = visit.add({"E10", "Maker", "B01"});
    EXPECT_EQ(eleventh, Visit::Added::full);
    EXPECT_EQ(Visit::message_key(eleventh), "visit.full");
    EXPECT_EQ(visit.size(), 10u);
    EXPECT_FALSE(visit.contains("E10"));
    EXPECT_EQ(visit.add({"E11", "Sans stand", ""}), Visit::Added::no_stand);
    // Removing one makes room again.
    EXPECT_TRUE(visit.remove("E4"));
    EXPECT_FALSE(visit.remove("E4"));
    EXPECT_EQ(visit.add({"E10", "Maker", "B01"}), Visit::Added::added);
    visit.clear(); // the idle reset
    EXPECT_TRUE(visit.empty());
}

TEST(Visit, PlannedInWalkingOrderFromTheKioskToAnExit) {
    Catalog catalog = sample_catalog();
    Wayfinder w(catalog.plan);
    Visit visit;
    for (size_t k = 0; k < 5; ++k)
        visit.add(stop_of(catalog.exhibitors[k * 13]));
    auto planned = plan_visit(w, *w.place(Place::Kind::kiosk, "entree"), visit);
    ASSERT_TRUE(planned);
    ASSERT_EQ(planned->order.size(), visit.size());
    ASSERT_EQ(planned->route.stops.size(), visit.size() + 2);
    for (size_t k = 0; k < planned->order.size(); ++k)
        EXPECT_EQ(planned->order[k].stand, planned->route.stops[k + 1].id);
    EXPECT_EQ(planned->route.stops.back().kind, Place::Kind::door);

    Visit lost;
    lost.add({"X", "Nowhere", "Z99"});
    EXPECT_FALSE(plan_visit(w, *w.place("entree"), lost));
}

TEST(Visit, QrTextListsTheStandsInOrderAndFitsItsCode) {
    Catalog catalog = sample_catalog();
    Wayfinder w(catalog.plan);
    Visit visit;
    for (size_t k = 0; k < 3; ++k)
        visit.add(stop_of(catalog.exhibitors[k * 20]));
    auto planned = plan_visit(w, *w.place("entree"), visit);
    ASSERT_TRUE(planned);
    std::string text = visit_qr_text(*planned);
    EXPECT_TRUE(text.starts_with("Ma visite · 3 stands · ")) << text;
    EXPECT_NE(text.find("1. " + planned->order[0].stand + " " + planned->order[0].name),
              std::string::npos)
        << text;
    EXPECT_NE(text.find(" min\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Sortie: " + planned->route.stops.back().id), std::string::npos) << text;

    // Ten makers with long Arabic names: names shortened alike, never inside a letter; every
    // stand still there.
    PlannedVisit long_names = *planned;
    long_names.order.clear();
    for (int k = 0; k < 10; ++k)
        long_names.order.push_back(
            {"E" + std::to_string(k),
             "تعاونية النساء للزربية والنسيج التقليدي رقم " + std::to_string(k),
             "B" + std::to_string(10 + k)});
    std::string cut = visit_qr_text(long_names);
    EXPECT_LE(cut.size(), kVisitQrMaxBytes);
    EXPECT_TRUE(valid_utf8(cut));
    EXPECT_NE(cut.find("…"), std::string::npos) << cut;
    for (int k = 0; k < 10; ++k)
        EXPECT_NE(cut.find(std::to_string(k + 1) + ". B" + std::to_string(10 + k)),
                  std::string::npos)
            << cut;
    // So small a code that even names go: the stands, distance and time remain.
    std::string bare = visit_qr_text(long_names, {}, 180);
    EXPECT_LE(bare.size(), 180u);
    EXPECT_NE(bare.find("10. B19"), std::string::npos) << bare;
}

// The text drawn as a QR code of version 13 at level M (what the kiosk shows) and read back by
// ZBar, as a phone's camera would: the same bytes.
TEST(Visit, QrCodeDecodesBackToTheVisit) {
    if (!have("qrencode") || !have("zbarimg") || !have("identify-im6.q16"))
        GTEST_SKIP() << "qrencode or zbarimg is missing: install qrencode and zbar-tools "
                        "(scripts/setup does)";
    Catalog catalog = sample_catalog();
    Wayfinder w(catalog.plan);
    Visit visit;
    for (size_t k = 0; k < Visit::kMaxStops; ++k)
        visit.add(stop_of(catalog.exhibitors[k * 7]));
    auto planned = plan_visit(w, *w.place("entree"), visit);
    ASSERT_TRUE(planned);
    std::string text = visit_qr_text(*planned);
    ASSERT_LE(text.size(), kVisitQrMaxBytes);
    TempDir dir;
    write_file(dir / "visit.txt", text);
    const std::string png = (dir / "visit.png").string();
    // -v 13 is the smallest version allowed: a text too long would make a larger code.
    auto [drawn, _] = run_shell("qrencode -l M -v 13 -8 -s 4 -m 4 -o '" + png + "' < '" +
                                (dir / "visit.txt").string() + "'");
    ASSERT_TRUE(drawn);
    auto [size_ok, identify] = run_shell("identify-im6.q16 -format '%w x %h' '" + png + "'");
    // 69 modules and a margin of 4 on each side, 4 pixels each.
    EXPECT_NE(identify.find("308 x 308"), std::string::npos)
        << "not a version 13 code: " << identify;
    auto [read, decoded] = run_shell("zbarimg --quiet --raw -Sbinary '" + png + "' 2>/dev/null");
    ASSERT_TRUE(read) << "ZBar could not read the code";
    EXPECT_EQ(decoded, text);
}
