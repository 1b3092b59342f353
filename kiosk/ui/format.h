// Numbers and lists written the way each language writes them: digit groups in prices, the
// comma between the items of a list. Pure functions, safe from any thread.
#pragma once

#include "vitrine/catalog/lang.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitrine::kiosk {

// An amount in centimes as a visitor reads it: "15 000" in French (narrow no-break space),
// "15,000" in English, "12,50" / "12.50" when there are centimes.
std::string format_amount(int64_t centimes, Lang lang);

// "a, b, c", with the Arabic comma "،" in Arabic.
std::string join_list(const std::vector<std::string>& items, Lang lang);

} // namespace vitrine::kiosk
