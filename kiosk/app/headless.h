// Headless render checks: the kiosk's own screens and input path, driven by a scenario, drawn
// by SDL's software renderer into memory with a fixed clock, so every run gives the same bytes.
//
// A scenario is one command a line ('#' starts a comment):
//   tap "label"              tap the visible item showing that text
//   tap X Y                  tap at a point (pixels)
//   drag X1 Y1 X2 Y2 [MS]    press, move over MS milliseconds (default 300), release
//   pinch X Y FROM TO [MS]   two fingers about X Y, from FROM to TO pixels apart (zoom)
//   type "text"              tap the on-screen keyboard's keys
//   wait MS                  let MS milliseconds pass (animations, inertia)
//   idle S                   let S seconds pass with nobody touching (the idle reset)
//   lang CODE                switch language (fr, ar, en, zgh)
//   shot NAME                take a picture, compared with the approved NAME.png
//   expect "text"            fail unless a visible item shows that text
//   stick insert PATH        a stick holding a copy of PATH (relative to the scenario) appears
//                            in the watched root (renamed in whole, as a mount point appears)
//   stick hold PERCENT       the next import stops at that percentage (to picture progress)
//   stick pull               the stick goes away, even mid-import; a held import goes on
//   wait-update              until the last stick is handled, or its import is held
//   corner-tap N             N taps in the bottom-left corner (five: the admin screen)
//   monkey SEED N            N random actions from SEED (taps, drags, swipes, pinches, typing,
//                            languages, idle resets), checking the layout after each
// A failing line stops the run with its line number and a non-zero exit.
#pragma once

#include "app/app.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

namespace vitrine::kiosk {

struct HeadlessOptions {
    AppOptions app; // as the window's: data, language, configuration
    int width = 1920;
    int height = 1080;
    std::filesystem::path script;
    std::filesystem::path out_dir;                   // failures, and every shot if write_shots
    std::optional<std::filesystem::path> golden_dir; // approved images; none: nothing compared
    int tolerance = 0;        // per channel: the software renderer is byte-identical
    bool write_shots = false; // write every shot (for approving), not only failures
};

// Runs the scenario; returns the exit status (0 when every line passed) and reports to `log`.
int run_headless(const HeadlessOptions& options, std::ostream& log);

} // namespace vitrine::kiosk
