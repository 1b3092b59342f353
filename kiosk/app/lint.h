// The layout check: every screen of the installed catalogue, in every language and both
// orientations, drawn (not rasterised) with the kiosk's own code, reporting any text cut by its
// box, any touch target smaller than a finger and any character missing from the font atlas.
// What a tester runs before approving images, and what CI requires to find nothing.
#pragma once

#include "app/app.h"

#include <ostream>
#include <utility>
#include <vector>

namespace vitrine::kiosk {

struct LintOptions {
    AppOptions app; // as the window's: data and configuration (kiosk_id places "you are here")
    std::vector<std::pair<int, int>> sizes{{1920, 1080}, {1080, 1920}};
};

// Prints each finding once, with where it was seen first and how often; returns how many
// distinct findings there were (0: the layout is clean).
int run_lint(const LintOptions& options, std::ostream& log);

} // namespace vitrine::kiosk
