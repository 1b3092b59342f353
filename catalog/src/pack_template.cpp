#include "durable.h"
#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/image.h"
#include "vitrine/catalog/pack_tools.h"

#include <cmath>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

std::string table(const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    for (const auto& row : rows)
        out += csv_row(row);
    return out;
}

constexpr const char* kManifest = R"({
  "format": 1,
  "version": 1,
  "created": "2025-01-01T00:00:00Z",
  "default_language": "fr",
  "fair": {
    "name": {"fr": "Ma foire", "ar": "معرضي", "en": "My fair"},
    "venue": {"fr": "Salle des fêtes", "ar": "قاعة الحفلات", "en": "Town hall"},
    "city": {"fr": "Mohammedia", "ar": "المحمدية", "en": "Mohammedia"},
    "hours": {"fr": "Tous les jours, 10 h – 20 h", "ar": "كل يوم، من 10 صباحا إلى 8 مساء", "en": "Every day, 10 am – 8 pm"},
    "organiser": {"fr": "L'organisateur", "ar": "المنظم", "en": "The organiser"},
    "about": {"fr": "Une phrase sur la foire.", "ar": "جملة عن المعرض.", "en": "A sentence about the fair."},
    "start": "2025-03-18",
    "end": "2025-03-31"
  }
}
)";

constexpr const char* kFloorPlan = R"({
  "hall": {"outline": [[0, 0], [20, 0], [20, 10], [0, 10]]},
  "stands": [
    {"id": "A01", "x": 1, "y": 1, "width": 3, "depth": 3, "opening": "south"}
  ],
  "aisles": [
    {"id": "allee", "points": [[1, 5.5], [19, 5.5]], "width": 3}
  ],
  "doors": [
    {"id": "entree", "kind": "entrance", "x": 10, "y": 10, "width": 3,
     "name": {"fr": "Entrée", "ar": "المدخل", "en": "Entrance"}}
  ],
  "facilities": [
    {"id": "wc", "kind": "toilets", "x": 16, "y": 1, "width": 3, "depth": 3}
  ],
  "kiosks": [{"id": "entree", "x": 10, "y": 8, "facing": 0}]
}
)";

// A soft terracotta vase shape on sand, so the template shows what a product photo is.
std::string example_photo() {
    Pixels p{800, 600, 3, std::vector<uint8_t>(800 * 600 * 3)};
    for (int y = 0; y < p.height; ++y) {
        for (int x = 0; x < p.width; ++x) {
            double dx = (x - 400) / 160.0, dy = (y - 320) / 220.0;
            bool vase = dx * dx + dy * dy < 1.0 || (std::abs(x - 400) < 60 && y > 80 && y < 160);
            uint8_t* px = &p.data[static_cast<size_t>((y * p.width + x) * 3)];
            px[0] = vase ? 181 : 236;
            px[1] = vase ? 83 : 224;
            px[2] = vase ? 47 : 200;
        }
    }
    return encode_jpeg(p, 85);
}

} // namespace

void write_template_pack(const fs::path& folder) {
    std::error_code ec;
    if (fs::exists(folder, ec) && !fs::is_empty(folder, ec))
        throw PackError(folder.string() + " already exists and is not empty: choose a new folder");
    fs::create_directories(folder / "photos", ec);
    if (ec)
        throw PackError("cannot create " + folder.string() + ": " + ec.message());

    durable::write_file(folder / "manifest.json", kManifest);
    durable::write_file(folder / "floorplan.json", kFloorPlan);
    durable::write_file(
        folder / "sectors.csv",
        table({{"id", "parent", "color", "name_fr", "name_ar", "name_en", "name_zgh"},
               {"artisanat", "", "#B5532F", "Artisanat", "الصناعة التقليدية", "Crafts", ""},
               {"poterie", "artisanat", "#C0643B", "Poterie", "الفخار", "Pottery", ""}}));
    durable::write_file(
        folder / "stands.csv",
        table({{"stand", "zone_fr", "zone_ar", "zone_en", "zone_zgh"},
               {"A01", "Allée des artisans", "ممر الصناع", "Artisans' aisle", ""}}));
    durable::write_file(folder / "exhibitors.csv",
                        table({{"id",
                                "name_fr",
                                "name_ar",
                                "name_en",
                                "name_zgh",
                                "kind",
                                "city_fr",
                                "city_ar",
                                "city_en",
                                "region_fr",
                                "region_ar",
                                "region_en",
                                "sector",
                                "subsector",
                                "stand",
                                "description_fr",
                                "description_ar",
                                "description_en",
                                "description_zgh",
                                "phone",
                                "email",
                                "website",
                                "association_fr",
                                "association_ar",
                                "association_en",
                                "association_zgh",
                                "featured"},
                               {"atelier-exemple",
                                "Atelier Exemple",
                                "ورشة المثال",
                                "Example Workshop",
                                "",
                                "artisan",
                                "Safi",
                                "آسفي",
                                "Safi",
                                "Marrakech-Safi",
                                "مراكش آسفي",
                                "Marrakech-Safi",
                                "artisanat",
                                "poterie",
                                "A01",
                                "Deux ou trois phrases sur l'atelier.",
                                "جملتان أو ثلاث عن الورشة.",
                                "Two or three sentences about the workshop.",
                                "",
                                "+212 600 00 00 00",
                                "contact@exemple.ma",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "oui"}}));
    durable::write_file(
        folder / "products.csv",
        table({{"id", "exhibitor", "name_fr", "name_ar", "name_en", "name_zgh", "description_fr",
                "description_ar", "description_en", "description_zgh", "material_fr", "material_ar",
                "material_en", "material_zgh", "labels", "price_mad", "photos"},
               {"vase-exemple", "atelier-exemple", "Vase en terre cuite", "مزهرية من الطين",
                "Terracotta vase", "", "Une phrase sur le produit.", "جملة عن المنتوج.",
                "A sentence about the product.", "", "Argile de Safi", "طين آسفي", "Safi clay", "",
                "fait-main", "120", "exemple.jpg"}}));
    durable::write_file(folder / "photos" / "exemple.jpg", example_photo());
}

} // namespace vitrine
