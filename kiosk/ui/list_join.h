// Lists joined as each language writes them: Arabic separates with its own comma "،", the
// others with ",". For every place the kiosk runs names together (a sector's sub-sectors, a
// venue and its town).
//
// Pure function: thread safe.
#pragma once

#include "vitrine/catalog/lang.h"

#include <string>
#include <vector>

namespace vitrine::kiosk {

// The separator between two items of a list in `lang`, its space included.
const char* list_separator(Lang lang);
// `items` joined with list_separator(lang); empty items are left out.
std::string join_list(Lang lang, const std::vector<std::string>& items);

} // namespace vitrine::kiosk
