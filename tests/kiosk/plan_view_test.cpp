// The map's view: metres on the plan to pixels and back, whatever the plan's turn, and the
// turn that puts what a visitor faces at the kiosk up on the screen.
#include "ui/plan_view.h"

#include <gtest/gtest.h>

namespace vitrine::kiosk {
namespace {

TEST(PlanView, PixelsAndMetresRoundTripAtEveryTurn) {
    for (int turns = 0; turns < 4; ++turns) {
        PlanView view{{100, 50, 800, 600}, 20, {20, 12.5}, turns};
        for (vitrine::Point p :
             {vitrine::Point{0, 0}, vitrine::Point{40, 25}, vitrine::Point{3.5, 21}}) {
            vitrine::Point back = view.to_plan(view.to_screen(p));
            EXPECT_NEAR(back.x, p.x, 1e-4) << "turns " << turns;
            EXPECT_NEAR(back.y, p.y, 1e-4) << "turns " << turns;
        }
        // The centre of the plan is drawn at the middle of the view.
        ImVec2 c = view.to_screen({20, 12.5});
        EXPECT_FLOAT_EQ(c.x, 500);
        EXPECT_FLOAT_EQ(c.y, 350);
    }
}

TEST(PlanView, TurnsClockwiseOnTheScreen) {
    // A quarter turn puts the plan's east (x growing) downwards, its north (y shrinking) right.
    PlanView view{{0, 0, 1000, 1000}, 10, {0, 0}, 1};
    ImVec2 east = view.to_screen({1, 0});
    EXPECT_FLOAT_EQ(east.x, 500);
    EXPECT_FLOAT_EQ(east.y, 510);
    ImVec2 north = view.to_screen({0, -1});
    EXPECT_FLOAT_EQ(north.x, 510);
    EXPECT_FLOAT_EQ(north.y, 500);
}

TEST(PlanView, FitsTheWholeHallWithTheSidesSwappedWhenTurned) {
    vitrine::PlanRect hall{0, 0, 40, 25};
    PlanView wide{{0, 0, 1040, 1040}, 1, {20, 12.5}, 0};
    EXPECT_FLOAT_EQ(wide.fit(hall, 20), 25.0f); // 1000 px for 40 m
    PlanView tall{{0, 0, 520, 1040}, 1, {20, 12.5}, 1};
    EXPECT_FLOAT_EQ(tall.fit(hall, 20), 480.0f / 25.0f); // the 25 m side is now across
}

TEST(PlanView, PutsWhatTheVisitorFacesUp) {
    // The screen looks south (180): the visitor looks north, up the plan as drawn.
    EXPECT_EQ(quarter_turns_for(180), 0);
    // The screen looks north: the visitor faces south, so the plan turns half round.
    EXPECT_EQ(quarter_turns_for(0), 2);
    // The screen looks west (270): the visitor faces east, which must point up: the plan turns
    // a quarter anticlockwise, three clockwise.
    EXPECT_EQ(quarter_turns_for(270), 3);
    PlanView view{{0, 0, 100, 100}, 1, {0, 0}, quarter_turns_for(270)};
    ImVec2 east = view.to_screen({10, 0});
    EXPECT_LT(east.y, 50); // up
    EXPECT_FLOAT_EQ(east.x, 50);
}

} // namespace
} // namespace vitrine::kiosk
