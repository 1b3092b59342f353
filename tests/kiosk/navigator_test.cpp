// The visitor's way through the kiosk: home at the bottom, back one step at a time, no screen
// pushed twice by a double tap, a new visitor starting with no history.
#include "nav/navigator.h"

#include <gtest/gtest.h>
#include <set>

namespace vitrine::kiosk {
namespace {

const Route kAttract{ScreenKind::attract, {}};
const Route kHome{ScreenKind::home, {}};
const Route kMaker{ScreenKind::exhibitor, ExhibitorId{"coop-azir"}};
const Route kProduct{ScreenKind::product, ProductId{"tapis-azir"}};

TEST(Navigator, BackReturnsToWhereTheVisitorCameFrom) {
    Navigator nav(kHome);
    nav.go(kMaker);
    nav.go(kProduct);
    EXPECT_EQ(nav.current(), kProduct);
    EXPECT_EQ(nav.depth(), 3u);
    nav.back();
    EXPECT_EQ(nav.current(), kMaker);
    nav.back();
    EXPECT_EQ(nav.current(), kHome);
    EXPECT_FALSE(nav.can_go_back());
    nav.back(); // nothing below home: stays
    EXPECT_EQ(nav.current(), kHome);
}

TEST(Navigator, ATapRepeatedOnTheSameThingOpensItOnce) {
    Navigator nav(kHome);
    nav.go(kMaker);
    nav.go(kMaker);
    EXPECT_EQ(nav.depth(), 2u);
    nav.back();
    EXPECT_EQ(nav.current(), kHome);
}

TEST(Navigator, TheSameScreenOnAnotherTargetIsAnotherStep) {
    Navigator nav(kHome);
    nav.go({ScreenKind::map, StandId{"B07"}});
    nav.go({ScreenKind::map, FacilityId{"toilettes"}});
    EXPECT_EQ(nav.depth(), 3u);
    // A stand and a sector of the same id are different places on the map.
    nav.go({ScreenKind::map, SectorId{"B07"}});
    EXPECT_EQ(nav.depth(), 4u);
}

TEST(Navigator, HomeFromAnywhereLeavesOnlyHome) {
    Navigator nav(kAttract);
    nav.go(kMaker); // the attract screen's first touch
    nav.go(kProduct);
    nav.home();
    EXPECT_EQ(nav.current(), kHome);
    EXPECT_EQ(nav.depth(), 1u);
    // Going to home is the same as the home button, never a second home on the stack.
    nav.go(kMaker);
    nav.go(kHome);
    EXPECT_EQ(nav.depth(), 1u);
}

TEST(Navigator, ANewVisitorStartsWithNoHistory) {
    Navigator nav(kHome);
    nav.go(kMaker);
    nav.go(kProduct);
    nav.reset(kAttract);
    EXPECT_EQ(nav.current(), kAttract);
    EXPECT_FALSE(nav.can_go_back());
}

TEST(Navigator, SaysOnceThatTheScreenChanged) {
    Navigator nav(kHome);
    EXPECT_TRUE(nav.take_changed()); // the first screen is new
    EXPECT_FALSE(nav.take_changed());
    nav.go(kMaker);
    EXPECT_TRUE(nav.take_changed());
    EXPECT_FALSE(nav.take_changed());
    nav.go(kMaker); // already there: nothing to redraw
    EXPECT_FALSE(nav.take_changed());
    nav.back();
    EXPECT_TRUE(nav.take_changed());
    nav.back(); // at the bottom: nothing happened
    EXPECT_FALSE(nav.take_changed());
}

TEST(Navigator, TheLogNamesTheScreenAndWhatItShows) {
    EXPECT_EQ(screen_name(ScreenKind::no_catalog), "no-catalog");
    EXPECT_EQ(screen_name(ScreenKind::exhibitor), "exhibitor");
    EXPECT_EQ(describe(kMaker), "coop-azir");
    EXPECT_EQ(describe({ScreenKind::map, StandId{"B07"}}), "stand:B07");
    EXPECT_EQ(describe({ScreenKind::map, SectorId{"artisanat"}}), "sector:artisanat");
    EXPECT_EQ(describe({ScreenKind::sector, SectorId{"artisanat"}}), "artisanat");
    EXPECT_EQ(describe(kHome), "");
    // Every screen of the table has a name of its own.
    std::set<std::string_view> names;
    for (ScreenKind kind : kEveryScreenKind)
        EXPECT_TRUE(names.insert(screen_name(kind)).second) << screen_name(kind);
}

} // namespace
} // namespace vitrine::kiosk
