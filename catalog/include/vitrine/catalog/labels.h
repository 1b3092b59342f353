// Product labels: a fixed vocabulary of keys that the kiosk translates.
#pragma once

#include "vitrine/catalog/lang.h"

#include <span>
#include <string_view>

namespace vitrine {

struct LabelInfo {
    std::string_view key; // as written in products.csv: "fait-main"
    std::string_view fr, ar, en, zgh;
    std::string_view in(Lang lang) const;
};

std::span<const LabelInfo> known_labels();
const LabelInfo* find_label(std::string_view key);

} // namespace vitrine
