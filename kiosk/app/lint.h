// The layout check: every screen of the installed catalogue, in every language and at six screen
// sizes, drawn (not rasterised) with the kiosk's own code, reporting any text cut by its
// box or pushed out of its card or the screen, any touch target smaller than a finger and any
// character missing from the font atlas. What a tester runs before approving images, and what CI
// requires to find nothing.
#pragma once

#include "app/app.h"

#include <ostream>
#include <utility>
#include <vector>

namespace vitrine::kiosk {

// The screens kiosks are sold with, portrait and landscape; the first two are the designed ones.
inline const std::vector<std::pair<int, int>> kLintSizes{{1920, 1080}, {1080, 1920}, {1280, 720},
                                                         {1366, 768},  {2560, 1440}, {800, 1280}};

struct LintOptions {
    AppOptions app; // as the window's: data and configuration (kiosk_id places "you are here")
    std::vector<std::pair<int, int>> sizes = kLintSizes;
};

// Prints each finding once, with where it was seen first and how often; returns how many
// distinct findings there were (0: the layout is clean).
int run_lint(const LintOptions& options, std::ostream& log);

} // namespace vitrine::kiosk
