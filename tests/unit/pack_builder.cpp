#include "pack_builder.h"

#include "test_support.h"
#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/image.h"

#include <stdexcept>

namespace fs = std::filesystem;

namespace vitrine::test {

std::string solid_jpeg(int width, int height, unsigned rgb) {
    Pixels p{width, height, 3, std::vector<uint8_t>(static_cast<size_t>(width * height * 3))};
    for (size_t i = 0; i < p.data.size(); i += 3) {
        p.data[i] = static_cast<uint8_t>(rgb >> 16);
        p.data[i + 1] = static_cast<uint8_t>(rgb >> 8);
        p.data[i + 2] = static_cast<uint8_t>(rgb);
    }
    return encode_jpeg(p, 90);
}

void build_pack(const fs::path& dir, const PackSpec& spec) {
    fs::create_directories(dir / "photos");
    write_file(dir / "manifest.json", R"({
  "format": 1,
  "version": )" + std::to_string(spec.version) +
                                          R"(,
  "created": ")" + spec.created + R"(",
  "fair": {
    "name": {"fr": "Foire test", "ar": "معرض تجريبي", "en": "Test fair"},
    "venue": {"fr": "Salle", "ar": "قاعة", "en": "Hall"},
    "start": "2025-03-18",
    "end": "2025-03-31"
  }
}
)");
    std::string sectors = "id;parent;color;name_fr;name_ar;name_en\n"
                          "artisanat;;#B5532F;Artisanat;الصناعة التقليدية;Crafts\n"
                          "poterie;artisanat;#C0643B;Poterie;الفخار;Pottery\n"
                          "terroir;;#C98A16;Terroir;منتوجات مجالية;Local produce\n";
    write_file(dir / "sectors.csv", sectors);

    // Stands in one row along the north wall, 3 m wide, opening on a 3 m aisle.
    int n = spec.exhibitors;
    double hall_width = 3.0 * n + 2;
    std::string stands = "stand;zone_fr;zone_ar;zone_en\n";
    std::string plan_stands;
    std::string exhibitors = "id;name_fr;name_ar;name_en;kind;city_fr;city_ar;city_en;sector;"
                             "subsector;stand;description_fr;description_ar;description_en\n";
    std::string products = "id;exhibitor;name_fr;name_ar;name_en;description_fr;description_ar;"
                           "description_en;material_fr;material_ar;material_en;labels;price_mad;"
                           "photos\n";
    for (int e = 1; e <= n; ++e) {
        char stand[16];
        std::snprintf(stand, sizeof stand, "S%02d", e);
        stands += std::string(stand) + ";Allée;ممر;Aisle\n";
        plan_stands += std::string(plan_stands.empty() ? "" : ",\n") + R"(    {"id": ")" + stand +
                       R"(", "x": )" + std::to_string(1 + 3 * (e - 1)) +
                       R"(, "y": 0, "width": 3, "depth": 3, "opening": "south"})";
        std::string id = "ex-" + std::to_string(e);
        exhibitors += id + ";Atelier " + std::to_string(e) + ";ورشة " + std::to_string(e) +
                      ";Workshop " + std::to_string(e) + ";artisan;Safi;آسفي;Safi;" +
                      (e % 2 ? "artisanat;poterie;" : "terroir;;") + stand +
                      ";Une histoire.;قصة.;A story.\n";
        for (int p = 1; p <= spec.products_per_exhibitor; ++p) {
            std::string pid = "p-" + std::to_string(e) + "-" + std::to_string(p);
            std::string photo = pid + ".jpg";
            products += pid + ";" + id + ";Produit " + pid + ";منتوج " + pid + ";Product " + pid +
                        ";Beau.;جميل.;Nice.;Argile;طين;Clay;fait-main;" + std::to_string(10 * p) +
                        ";" + photo + "\n";
            write_file(dir / "photos" / photo,
                       solid_jpeg(spec.photo_side, spec.photo_side * 3 / 4,
                                  static_cast<unsigned>(e * 40503 + p * 977) & 0xFFFFFF));
        }
    }
    write_file(dir / "stands.csv", stands);
    write_file(dir / "exhibitors.csv", exhibitors);
    write_file(dir / "products.csv", products);
    std::string w = std::to_string(hall_width);
    write_file(dir / "floorplan.json", R"({
  "hall": {"outline": [[0, 0], [)" + w + R"(, 0], [)" +
                                           w + R"(, 8], [0, 8]]},
  "stands": [
)" + plan_stands + R"(
  ],
  "aisles": [{"id": "allee", "points": [[0.5, 4.5], [)" +
                                           std::to_string(hall_width - 0.5) +
                                           R"(, 4.5]], "width": 3}],
  "doors": [{"id": "entree", "kind": "entrance", "x": 1, "y": 8, "width": 2}],
  "facilities": [],
  "kiosks": [{"id": "entree", "x": 1, "y": 6}]
}
)");
}

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = read_file(file);
    size_t at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("\"" + from + "\" not found in " + file.string());
    text.replace(at, from.size(), to);
    write_file(file, text);
}

void append_to_file(const fs::path& file, const std::string& text) {
    write_file(file, read_file(file) + text);
}

} // namespace vitrine::test
