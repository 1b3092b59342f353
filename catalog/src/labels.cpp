#include "vitrine/catalog/labels.h"

#include <array>

namespace vitrine {
namespace {

constexpr std::array<LabelInfo, 10> kLabels{{
    {"fait-main", "Fait main", "صنع يدوي", "Handmade", ""},
    {"bio", "Bio", "عضوي", "Organic", ""},
    {"naturel", "Naturel", "طبيعي", "Natural", ""},
    {"igp", "IGP", "بيان جغرافي محمي", "Protected geographical indication", ""},
    {"aop", "AOP", "تسمية منشأ محمية", "Protected designation of origin", ""},
    {"commerce-equitable", "Commerce équitable", "تجارة منصفة", "Fair trade", ""},
    {"cooperative-feminine", "Coopérative féminine", "تعاونية نسائية", "Women's cooperative", ""},
    {"terroir", "Produit du terroir", "منتوج مجالي", "Local speciality", ""},
    {"recycle", "Matières recyclées", "مواد معاد تدويرها", "Recycled materials", ""},
    {"sur-mesure", "Sur mesure", "حسب الطلب", "Made to order", ""},
}};

} // namespace

std::string_view LabelInfo::in(Lang lang) const {
    switch (lang) {
    case Lang::ar:
        return ar;
    case Lang::en:
        return en;
    case Lang::zgh:
        return zgh.empty() ? fr : zgh;
    case Lang::fr:
        break;
    }
    return fr;
}

std::span<const LabelInfo> known_labels() {
    return kLabels;
}

const LabelInfo* find_label(std::string_view key) {
    for (const auto& label : kLabels)
        if (label.key == key)
            return &label;
    return nullptr;
}

} // namespace vitrine
