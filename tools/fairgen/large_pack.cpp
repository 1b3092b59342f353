#include "large_pack.h"

#include "det_math.h"
#include "large_texts.h"
#include "photos.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace fairgen {

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;

namespace {

constexpr double kStand = 3;     // stands are 3 m x 3 m
constexpr double kAisle = 3;     // every aisle, the perimeter one included
constexpr double kBand = 5;      // depth of the facilities along the entrance wall
constexpr double kLobby = 8;     // free width in front of the entrance
constexpr double kMinWidth = 40; // room for the facilities, however few the stands
constexpr double kAspect = 1.6;  // the hall's preferred width / depth
constexpr int kPhotosPerMotif = 2;
constexpr int kPhotoWidth = 800;
constexpr int kPhotoHeight = 600;
constexpr size_t kMaxName = 60;
constexpr size_t kMaxDescription = 400;

// ---- small text helpers ----

size_t codePoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) {
        n += (c & 0xC0) != 0x80;
    }
    return n;
}

std::string cat(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (std::string_view p : parts) {
        s += p;
    }
    return s;
}

std::string padded(int value, int width) {
    std::string s = std::to_string(value);
    return std::string(s.size() < static_cast<size_t>(width) ? width - s.size() : 0, '0') + s;
}

int digits(int v) {
    return static_cast<int>(std::to_string(v).size());
}

std::string slug(std::string_view ascii) {
    std::string s;
    for (char c : ascii) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
            s += l;
        } else if (!s.empty() && s.back() != '-') {
            s += '-';
        }
    }
    while (!s.empty() && s.back() == '-') {
        s.pop_back();
    }
    return s;
}

std::string csvCell(std::string_view v) {
    const bool quote = v.find_first_of(";\"\n\r") != std::string_view::npos ||
                       (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!quote) {
        return std::string(v);
    }
    std::string s = "\"";
    for (char c : v) {
        s += c;
        if (c == '"') {
            s += '"';
        }
    }
    return s + "\"";
}

class CsvWriter {
public:
    explicit CsvWriter(std::vector<std::string_view> header) {
        row(std::vector<std::string>(header.begin(), header.end()));
    }
    void row(const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                out_ += ';';
            }
            out_ += csvCell(cells[i]);
        }
        out_ += '\n';
    }
    const std::string& text() const { return out_; }

private:
    std::string out_;
};

ojson tri(const std::string& fr, const std::string& ar, const std::string& en) {
    return ojson{{"fr", fr}, {"ar", ar}, {"en", en}};
}

// Whole metres stay integers in the JSON, half metres print as 1.5.
ojson metres(double v) {
    if (v == std::floor(v) && std::abs(v) < 1e9) {
        return static_cast<int64_t>(v);
    }
    return v;
}

ojson point(double x, double y) {
    return ojson::array({metres(x), metres(y)});
}

// ---- hall ----

struct Grid {
    int perSide = 0;   // stands along one side of a block
    int blocks = 0;    // blocks across the hall, between cross aisles
    int rows = 0;      // double rows
    double margin = 0; // west and east perimeter aisles, widened in a small hall
    double width = 0;
    double depth = 0;
};

Grid chooseGrid(int count) {
    Grid best;
    double bestCost = 1e300;
    for (int perSide = 4; perSide <= 10; ++perSide) {
        for (int blocks = 1; 2 * perSide * blocks <= 999; ++blocks) {
            const int perRow = 2 * perSide * blocks;
            const int rows = (count + perRow - 1) / perRow;
            if (rows > 26) {
                continue;
            }
            const double inner = blocks * perSide * kStand + (blocks - 1) * kAisle;
            const double margin = std::max(kAisle, (kMinWidth - inner) / 2);
            const double width = inner + 2 * margin;
            const double depth = kAisle + rows * (2 * kStand + kAisle) + kBand;
            const double waste = static_cast<double>(rows * perRow - count) / (rows * perRow);
            const double cost =
                std::abs(std::log(width / depth / kAspect)) + 2 * waste + 0.02 * (10 - perSide);
            if (cost < bestCost) {
                bestCost = cost;
                best = {perSide, blocks, rows, margin, width, depth};
            }
        }
    }
    return best;
}

} // namespace

HallLayout layOutHall(int count) {
    const Grid g = chooseGrid(count);
    HallLayout hall;
    hall.width = g.width;
    hall.depth = g.depth;
    const double W = g.width, D = g.depth;
    const int perRow = g.perSide * g.blocks;
    const int numberWidth = std::max(2, digits(2 * perRow));
    const double rowPitch = 2 * kStand + kAisle;
    auto rowTop = [&](int r) { return kAisle + r * rowPitch; };
    auto columnX = [&](int c) {
        const int block = c / g.perSide;
        return g.margin + block * (g.perSide * kStand + kAisle) + (c % g.perSide) * kStand;
    };

    ojson stands = ojson::array();
    for (int i = 0; i < count; ++i) {
        const int r = i / (2 * perRow);
        const int inRow = i % (2 * perRow);
        const bool back = inRow >= perRow; // the south-facing half of the double row
        LaidStand s;
        s.id = std::string(1, static_cast<char>('A' + r)) + padded(inRow + 1, numberWidth);
        s.x = columnX(inRow % perRow);
        s.y = rowTop(r) + (back ? kStand : 0);
        s.opening = back ? "south" : "north";
        stands.push_back(ojson{{"id", s.id},
                               {"x", metres(s.x)},
                               {"y", metres(s.y)},
                               {"width", metres(kStand)},
                               {"depth", metres(kStand)},
                               {"opening", s.opening}});
        hall.stands.push_back(std::move(s));
    }

    // Aisles as centre lines: the perimeter, one between double rows, the cross aisles, and
    // the lobby from the entrance.
    const double southAisle = rowTop(g.rows) - kAisle / 2;
    const double west = g.margin / 2, east = W - g.margin / 2;
    ojson aisles = ojson::array();
    aisles.push_back({{"id", "allee-nord"},
                      {"points", ojson::array({point(west, kAisle / 2), point(east, kAisle / 2)})},
                      {"width", metres(kAisle)}});
    for (int r = 1; r < g.rows; ++r) {
        const double y = rowTop(r) - kAisle / 2;
        aisles.push_back({{"id", cat({"allee-", std::to_string(r + 1)})},
                          {"points", ojson::array({point(west, y), point(east, y)})},
                          {"width", metres(kAisle)}});
    }
    aisles.push_back({{"id", "allee-sud"},
                      {"points", ojson::array({point(west, southAisle), point(east, southAisle)})},
                      {"width", metres(kAisle)}});
    aisles.push_back({{"id", "allee-ouest"},
                      {"points", ojson::array({point(west, kAisle / 2), point(west, southAisle)})},
                      {"width", metres(g.margin)}});
    aisles.push_back({{"id", "allee-est"},
                      {"points", ojson::array({point(east, kAisle / 2), point(east, southAisle)})},
                      {"width", metres(g.margin)}});
    for (int b = 1; b < g.blocks; ++b) {
        const double x = g.margin + b * (g.perSide * kStand + kAisle) - kAisle / 2;
        aisles.push_back({{"id", cat({"allee-transversale-", std::to_string(b)})},
                          {"points", ojson::array({point(x, kAisle / 2), point(x, southAisle)})},
                          {"width", metres(kAisle)}});
    }
    aisles.push_back({{"id", "hall-entree"},
                      {"points", ojson::array({point(W / 2, southAisle), point(W / 2, D)})},
                      {"width", metres(kLobby)}});

    // Doors open onto aisles: the entrance on the south wall, exits east and west on the aisle
    // nearest the middle, emergency exits on the north wall.
    const int midRow = std::max(1, g.rows / 2);
    const double sideY = midRow < g.rows ? rowTop(midRow) - kAisle / 2 : southAisle;
    ojson doors = ojson::array();
    doors.push_back({{"id", "entree"},
                     {"kind", "entrance"},
                     {"x", metres(W / 2)},
                     {"y", metres(D)},
                     {"width", 6},
                     {"name", tri("Entrée principale", "المدخل الرئيسي", "Main entrance")}});
    doors.push_back({{"id", "sortie-ouest"},
                     {"kind", "exit"},
                     {"x", 0},
                     {"y", metres(sideY)},
                     {"width", 3},
                     {"name", tri("Sortie ouest", "المخرج الغربي", "West exit")}});
    doors.push_back({{"id", "sortie-est"},
                     {"kind", "exit"},
                     {"x", metres(W)},
                     {"y", metres(sideY)},
                     {"width", 3},
                     {"name", tri("Sortie est", "المخرج الشرقي", "East exit")}});
    for (int k = 1; k <= 2; ++k) {
        doors.push_back({{"id", cat({"secours-", std::to_string(k)})},
                         {"kind", "emergency-exit"},
                         {"x", metres(std::round(W * (2 * k - 1) / 4))},
                         {"y", 0},
                         {"width", 2},
                         {"name", tri("Sortie de secours", "مخرج الطوارئ", "Emergency exit")}});
    }

    // Facilities along the entrance wall, packed outwards from the lobby on both sides.
    struct Facility {
        std::string_view id;
        std::string_view kind;
        double width;
    };
    const Facility left[] = {{"information", "information", 4},
                             {"wc-ouest", "toilets", 6},
                             {"premiers-secours", "first-aid", 4},
                             {"salle-de-priere", "prayer-room", 8}};
    const Facility right[] = {{"cafe", "cafe", 10}, {"wc-est", "toilets", 6}};
    ojson facilities = ojson::array();
    auto pack = [&](std::span<const Facility> list, double from, double to, double dir) {
        double at = from;
        for (const Facility& f : list) {
            const double x = dir > 0 ? at : at - f.width;
            if (dir > 0 ? at + f.width > to : at - f.width < to) {
                continue;
            }
            facilities.push_back({{"id", f.id},
                                  {"kind", f.kind},
                                  {"x", metres(x)},
                                  {"y", metres(D - kBand)},
                                  {"width", metres(f.width)},
                                  {"depth", metres(kBand)}});
            at += dir * (f.width + 1);
        }
    };
    pack(left, W / 2 - kLobby / 2 - 1, 0.5, -1);
    pack(right, W / 2 + kLobby / 2 + 1, W - 0.5, 1);

    ojson plan;
    plan["hall"] = {
        {"outline", ojson::array({point(0, 0), point(W, 0), point(W, D), point(0, D)})}};
    plan["stands"] = std::move(stands);
    plan["aisles"] = std::move(aisles);
    plan["doors"] = std::move(doors);
    plan["facilities"] = std::move(facilities);
    // The kiosk stands in the lobby, its screen turned to the people coming in.
    plan["kiosks"] = ojson::array(
        {{{"id", "entree"}, {"x", metres(W / 2)}, {"y", metres(D - 2.5)}, {"facing", 180}}});
    hall.floorplanJson = plan.dump(1) + "\n";
    return hall;
}

namespace {

// A text in French, Arabic and English, in that order.
using Texts = std::array<std::string, 3>;

struct Exhibitor {
    std::string id;
    const Sector* sector = nullptr;
    const SubSector* sub = nullptr;
    const Place* place = nullptr;
    std::string kind;
    Texts name;
};

std::string_view lang(const Tri& t, int l) {
    return l == 0 ? t.fr : (l == 1 ? t.ar : t.en);
}

template <class T> const T& choose(Rng& rng, std::span<const T> items) {
    return items[static_cast<size_t>(rng.below(static_cast<int>(items.size())))];
}

// Joins sentences, dropping whole ones from the end until the text fits.
std::string fit(std::vector<std::string> sentences, size_t limit) {
    for (;;) {
        std::string s;
        for (const std::string& p : sentences) {
            if (!s.empty()) {
                s += ' ';
            }
            s += p;
        }
        if (codePoints(s) <= limit || sentences.size() <= 1) {
            return s;
        }
        sentences.pop_back();
    }
}

// The three price forms of the guide: `120`, `119,50` and `80-120`.
std::string price(Rng& rng, const ProductType& t) {
    const auto round5 = [](int v) { return std::max(5, (v + 2) / 5 * 5); };
    const int p = round5(rng.between(t.priceLow, t.priceHigh));
    const double roll = rng.unit();
    if (t.unit == Unit::Service ? roll < 0.5 : roll < 0.15) {
        const int hi = round5(p + (t.priceHigh - t.priceLow) / 4 + 5);
        return std::to_string(p) + "-" + std::to_string(hi);
    }
    if (roll > 0.85 && p < 1000) {
        return std::to_string(p - 1) + ",50";
    }
    return std::to_string(p);
}

std::string labelsFor(Rng& rng, std::string_view candidates) {
    std::string out;
    size_t start = 0;
    while (start < candidates.size()) {
        size_t end = candidates.find('|', start);
        if (end == std::string_view::npos) {
            end = candidates.size();
        }
        if (rng.chance(0.6)) {
            if (!out.empty()) {
                out += '|';
            }
            out += candidates.substr(start, end - start);
        }
        start = end + 1;
    }
    return out;
}

std::string colourCell(uint32_t c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06X", c);
    return buf;
}

struct PhotoPool {
    std::vector<PhotoSpec> photos;
    std::map<std::string_view, std::vector<std::string>, std::less<>> filesOf; // by motif
};

// A few variants of every motif the product types use: products share them, as the store
// dedupes photos by content.
PhotoPool planPhotoPool(uint64_t seed) {
    std::vector<const ProductType*> firstOfMotif;
    for (const Sector& s : sectors()) {
        for (const SubSector& sub : s.subsectors) {
            for (const ProductType& t : sub.types) {
                if (std::none_of(firstOfMotif.begin(), firstOfMotif.end(),
                                 [&](const ProductType* f) { return f->motif == t.motif; })) {
                    firstOfMotif.push_back(&t);
                }
            }
        }
    }
    PhotoPool pool;
    for (int v = 0; v < kPhotosPerMotif; ++v) {
        for (const ProductType* t : firstOfMotif) {
            PhotoSpec p;
            const int index = static_cast<int>(pool.photos.size());
            p.file = cat({t->motif, "-", std::to_string(v + 1), ".jpg"});
            p.motif = std::string(t->motif);
            p.seed = seed * 1000 + static_cast<uint64_t>(index);
            p.width = kPhotoWidth;
            p.height = kPhotoHeight;
            // Some are stored sideways with an Exif orientation, as a phone held upright does.
            p.orientation = index % 5 == 4 ? 6 : 1;
            p.color = hex(t->colours[v % 3]);
            pool.filesOf[t->motif].push_back(p.file);
            pool.photos.push_back(std::move(p));
        }
    }
    return pool;
}

std::string sectorsCsv() {
    CsvWriter csv({"id", "parent", "color", "name_fr", "name_ar", "name_en"});
    for (const Sector& s : sectors()) {
        csv.row({std::string(s.id), "", colourCell(s.colour), std::string(s.name.fr),
                 std::string(s.name.ar), std::string(s.name.en)});
        for (const SubSector& sub : s.subsectors) {
            csv.row({std::string(sub.id), std::string(s.id), colourCell(sub.colour),
                     std::string(sub.name.fr), std::string(sub.name.ar), std::string(sub.name.en)});
        }
    }
    return csv.text();
}

// By the sectors' shares; the last sector takes what rounding leaves.
std::vector<int> exhibitorsPerSector(int n) {
    std::vector<int> out;
    int given = 0;
    for (size_t i = 0; i < sectors().size(); ++i) {
        const int c = i + 1 == sectors().size()
                          ? n - given
                          : static_cast<int>(std::lround(n * sectors()[i].share));
        out.push_back(std::max(0, std::min(c, n - given)));
        given += out.back();
    }
    return out;
}

Exhibitor makeExhibitor(Rng& rng, const Sector& sector, std::string id) {
    Exhibitor e;
    e.id = std::move(id);
    e.sector = &sector;
    e.sub = &choose(rng, sector.subsectors);
    e.place = &choose(rng, places());
    // Cooperatives and craftspeople in crafts and produce; small firms and the self-employed
    // in services.
    const bool services = sector.id == "services";
    const double roll = rng.unit();
    e.kind = roll < (services ? 0.12 : 0.38)   ? "cooperative"
             : roll < (services ? 0.3 : 0.68)  ? "artisan"
             : roll < (services ? 0.55 : 0.82) ? "tpe"
                                               : "auto-entrepreneur";
    const Tri& brand = choose(rng, brandWords());
    const Tri& first = choose(rng, firstNames());
    const Tri& family = choose(rng, familyNames());
    for (int l = 0; l < 3; ++l) {
        const std::string_view city = lang(e.place->city, l);
        std::string& name = e.name[static_cast<size_t>(l)];
        if (e.kind == "cooperative") {
            name = l == 0   ? cat({"Coopérative ", brand.fr, " ", city})
                   : l == 1 ? cat({"تعاونية ", brand.ar, " ", city})
                            : cat({brand.en, " ", city, " Cooperative"});
        } else if (e.kind == "artisan") {
            name = l == 0   ? cat({"Atelier ", first.fr, " ", family.fr})
                   : l == 1 ? cat({"ورشة ", first.ar, " ", family.ar})
                            : cat({first.en, " ", family.en, " Workshop"});
        } else if (e.kind == "tpe") {
            name = l == 0   ? cat({brand.fr, " ", sector.tradeWord.fr, " SARL"})
                   : l == 1 ? cat({"شركة ", brand.ar, " ", sector.tradeWord.ar})
                            : cat({brand.en, " ", sector.tradeWord.en, " Ltd"});
        } else {
            name = cat({lang(first, l), " ", lang(family, l), " – ", lang(e.sub->name, l)});
        }
        if (codePoints(name) > kMaxName) {
            name = e.kind == "cooperative" || e.kind == "tpe"
                       ? std::string(lang(brand, l))
                       : cat({lang(first, l), " ", lang(family, l)});
        }
    }
    return e;
}

// Who they are, what they do, and since when: the same facts in the three languages.
Texts exhibitorDescriptions(Rng& rng, const Exhibitor& e) {
    const int founded = rng.between(1995, 2023);
    const std::string year = std::to_string(founded);
    const std::string members = std::to_string(rng.between(5, 60));
    const std::string staff = std::to_string(rng.between(2, 9));
    const std::string since = std::to_string(std::max(founded, 2015));
    const Tri artisan = {
        "Un savoir-faire appris auprès des maîtres artisans de la médina.",
        "مهارة مكتسبة على يد المعلمين الحرفيين في المدينة العتيقة.",
        "Skills learned from the master craftsmen of the medina.",
    };
    const Tri delivery = {
        "Commandes et livraisons dans tout le Maroc.",
        "الطلبيات والتوصيل إلى جميع أنحاء المغرب.",
        "Orders and delivery across Morocco.",
    };
    const Texts who = {
        cat({e.name[0], " : ", e.sub->activity.fr, " à ", e.place->city.fr, " depuis ", year, "."}),
        cat({e.name[1], ": ", e.sub->activity.ar, " في ", e.place->city.ar, " منذ ", year, "."}),
        cat({e.name[2], ": ", e.sub->activity.en, " in ", e.place->city.en, " since ", year, "."}),
    };
    Texts about;
    if (e.kind == "cooperative") {
        about = {cat({"La coopérative réunit ", members,
                      " membres, en majorité des femmes de la région."}),
                 cat({"تضم التعاونية ", members, " عضوا، أغلبهم نساء من المنطقة."}),
                 cat({"The cooperative brings together ", members,
                      " members, mostly women from the region."})};
    } else if (e.kind == "artisan") {
        about = {std::string(artisan.fr), std::string(artisan.ar), std::string(artisan.en)};
    } else if (e.kind == "tpe") {
        about = {cat({"Une petite entreprise de ", staff,
                      " salariés, accompagnée par un programme de microcrédit."}),
                 cat({"مقاولة صغيرة تشغل ", staff, " أجراء، بدعم من برنامج للقروض الصغرى."}),
                 cat({"A small business with ", staff,
                      " employees, supported by a microcredit programme."})};
    } else {
        about = {cat({"Statut d'auto-entrepreneur depuis ", since, ", avec une clientèle fidèle."}),
                 cat({"بصفة مقاول ذاتي منذ ", since, "، مع زبناء أوفياء."}),
                 cat({"Self-employed since ", since, ", with loyal customers."})};
    }
    Texts out;
    for (size_t l = 0; l < 3; ++l) {
        out[l] = fit({who[l], about[l], std::string(lang(delivery, static_cast<int>(l)))},
                     kMaxDescription);
    }
    return out;
}

// Products spread unevenly, as at a real fair: random weights, shared out by largest remainders
// so that the counts add up to exactly `m`.
std::vector<int> productsPerExhibitor(Rng& rng, int n, int m) {
    std::vector<int> count(static_cast<size_t>(n), 0);
    if (n == 0 || m == 0) {
        return count;
    }
    std::vector<double> weight(static_cast<size_t>(n));
    double total = 0;
    for (double& w : weight) {
        w = 0.3 + 1.4 * rng.unit();
        total += w;
    }
    std::vector<std::pair<double, int>> rest;
    int given = 0;
    for (int i = 0; i < n; ++i) {
        const double q = m * weight[static_cast<size_t>(i)] / total;
        count[static_cast<size_t>(i)] = static_cast<int>(q);
        given += count[static_cast<size_t>(i)];
        rest.push_back({q - std::floor(q), i});
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; given < m; ++k, ++given) {
        ++count[static_cast<size_t>(rest[k % rest.size()].second)];
    }
    return count;
}

std::vector<std::string> productRow(Rng& rng, const Exhibitor& e, std::string id,
                                    const PhotoPool& pool, std::set<std::string>& usedPhotos) {
    const ProductType& t = choose(rng, e.sub->types);
    const std::span<const Tri> qualifiers = t.unit == Unit::Mass      ? massQualifiers()
                                            : t.unit == Unit::Volume  ? volumeQualifiers()
                                            : t.unit == Unit::Service ? serviceQualifiers()
                                                                      : craftQualifiers();
    const Tri& q = choose(rng, qualifiers);
    const Tri& sentence = choose(rng, e.sector->productSentences);
    Texts name, desc;
    for (int l = 0; l < 3; ++l) {
        const size_t k = static_cast<size_t>(l);
        name[k] = cat({lang(t.name, l), lang(q, l)});
        if (codePoints(name[k]) > kMaxName) {
            name[k] = std::string(lang(t.name, l));
        }
        const std::string_view in = l == 0 ? " à " : (l == 1 ? " في " : " in ");
        const std::string by =
            cat({lang(e.sector->madeBy, l), " ", e.name[k], in, lang(e.place->city, l), "."});
        desc[k] = fit({std::string(lang(sentence, l)), by}, kMaxDescription);
    }
    const std::vector<std::string>& files = pool.filesOf.find(t.motif)->second;
    const std::string& photo =
        files[static_cast<size_t>(rng.below(static_cast<int>(files.size())))];
    usedPhotos.insert(photo);
    std::string labels = labelsFor(rng, t.labels);
    return {std::move(id),
            e.id,
            name[0],
            name[1],
            name[2],
            desc[0],
            desc[1],
            desc[2],
            std::string(t.material.fr),
            std::string(t.material.ar),
            std::string(t.material.en),
            std::move(labels),
            price(rng, t),
            photo};
}

// A fixed creation date, so that the same options always give the same pack.
std::string manifestJson(int n, int m) {
    const std::string ns = std::to_string(n), ms = std::to_string(m);
    ojson manifest;
    manifest["format"] = 1;
    manifest["version"] = 1;
    manifest["created"] = "2025-03-01T09:00:00Z";
    manifest["default_language"] = "fr";
    manifest["fair"] = {
        {"name", tri("Foire solidaire des micro-entrepreneurs (pack de test)",
                     "المعرض التضامني للمقاولين الصغار (حزمة اختبار)",
                     "Solidarity fair of micro-entrepreneurs (test pack)")},
        {"venue", tri("Parc Mohammedia", "منتزه المحمدية", "Parc Mohammedia")},
        {"city", tri("Mohammedia", "المحمدية", "Mohammedia")},
        {"hours", tri("Tous les jours, 10 h – 21 h", "كل يوم، من 10 صباحا إلى 9 ليلا",
                      "Every day, 10 am – 9 pm")},
        {"organiser", tri("Comité d'organisation de la foire", "لجنة تنظيم المعرض",
                          "Fair organising committee")},
        {"about",
         tri(cat({"Pack synthétique pour les essais de charge : ", ns, " exposants et ", ms,
                  " produits."}),
             cat({"حزمة اصطناعية لاختبارات التحميل: ", ns, " عارض و", ms, " منتج."}),
             cat({"Synthetic pack for load tests: ", ns, " exhibitors and ", ms, " products."}))},
        {"start", "2025-03-18"},
        {"end", "2025-03-31"},
    };
    return manifest.dump(2) + "\n";
}

bool writeText(const fs::path& path, const std::string& text, std::vector<std::string>& errors) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
        errors.push_back(path.string() + ": error: cannot write the file");
        return false;
    }
    return true;
}

} // namespace

int runLargeCommand(const LargeOptions& opt, const fs::path& outDir) {
    const auto start = std::chrono::steady_clock::now();
    std::error_code ec;
    if (fs::exists(outDir, ec) && !fs::is_empty(outDir, ec)) {
        std::cerr << outDir.string()
                  << ": error: the folder exists and is not empty (hint: give a new folder, or "
                     "remove this one)\n";
        return 1;
    }
    // The pack is written beside OUT_DIR and renamed into place at the end, so that OUT_DIR
    // only ever holds a complete pack, even when a run is interrupted.
    fs::path work = outDir.lexically_normal();
    if (!work.has_filename()) {
        work = work.parent_path();
    }
    work += ".fairgen-partial";
    fs::remove_all(work, ec);
    fs::create_directories(work / "photos", ec);
    if (ec) {
        std::cerr << work.string() << ": error: cannot create the folder (" << ec.message()
                  << ")\n";
        return 1;
    }
    const int n = opt.exhibitors, m = opt.products;
    Rng rng(opt.seed * 0x9E3779B97F4A7C15ull + 0x5EED);
    PhotoPool pool = planPhotoPool(opt.seed);
    const HallLayout hall = layOutHall(n);

    // Exhibitors sector by sector, taking the stands in order, so that each sector has its own
    // area of the hall.
    CsvWriter exhibitorsCsv(
        {"id",        "name_fr", "name_ar",        "name_en",        "kind",           "city_fr",
         "city_ar",   "city_en", "region_fr",      "region_ar",      "region_en",      "sector",
         "subsector", "stand",   "description_fr", "description_ar", "description_en", "phone",
         "email",     "website", "association",    "featured"});
    CsvWriter standsCsv({"stand", "zone_fr", "zone_ar", "zone_en"});
    std::vector<Exhibitor> exhibitors;
    exhibitors.reserve(static_cast<size_t>(n));
    const int idWidth = std::max(5, digits(n));
    const std::vector<int> perSector = exhibitorsPerSector(n);
    for (size_t si = 0; si < perSector.size(); ++si) {
        const Sector& sector = sectors()[si];
        for (int k = 0; k < perSector[si]; ++k) {
            const int i = static_cast<int>(exhibitors.size());
            Exhibitor e = makeExhibitor(rng, sector, cat({"exp-", padded(i + 1, idWidth)}));
            const Texts desc = exhibitorDescriptions(rng, e);
            std::string phone = "+212 6";
            for (int d = 0; d < 4; ++d) {
                phone += ' ';
                phone += padded(rng.between(0, 99), 2);
            }
            const std::string slugged = slug(e.name[2]);
            const std::string email = rng.chance(0.8) ? slugged + "@example.com" : "";
            const std::string website =
                rng.chance(0.35) ? cat({"https://", slugged, ".example.com"}) : "";
            const std::string association =
                rng.chance(0.7) ? std::string(choose(rng, associations())) : "";
            const bool featured = i == 0 || rng.chance(0.03);
            const LaidStand& stand = hall.stands[static_cast<size_t>(i)];
            const Place& p = *e.place;
            exhibitorsCsv.row({e.id,
                               e.name[0],
                               e.name[1],
                               e.name[2],
                               e.kind,
                               std::string(p.city.fr),
                               std::string(p.city.ar),
                               std::string(p.city.en),
                               std::string(p.region.fr),
                               std::string(p.region.ar),
                               std::string(p.region.en),
                               std::string(sector.id),
                               std::string(e.sub->id),
                               stand.id,
                               desc[0],
                               desc[1],
                               desc[2],
                               phone,
                               email,
                               website,
                               association,
                               featured ? "oui" : ""});
            standsCsv.row({stand.id, std::string(sector.zone.fr), std::string(sector.zone.ar),
                           std::string(sector.zone.en)});
            exhibitors.push_back(std::move(e));
        }
    }

    CsvWriter productsCsv({"id", "exhibitor", "name_fr", "name_ar", "name_en", "description_fr",
                           "description_ar", "description_en", "material_fr", "material_ar",
                           "material_en", "labels", "price_mad", "photos"});
    const std::vector<int> count = productsPerExhibitor(rng, n, m);
    const int productWidth = std::max(6, digits(m));
    std::set<std::string> usedPhotos;
    int pid = 0;
    for (size_t i = 0; i < exhibitors.size(); ++i) {
        for (int k = 0; k < count[i]; ++k) {
            productsCsv.row(productRow(
                rng, exhibitors[i], cat({"prd-", padded(++pid, productWidth)}), pool, usedPhotos));
        }
    }

    // Only the photos some product shows: a pack carries no unused file.
    std::vector<PhotoSpec> photos;
    for (PhotoSpec& p : pool.photos) {
        if (usedPhotos.count(p.file) != 0) {
            photos.push_back(std::move(p));
        }
    }
    std::vector<std::string> errors;
    const PhotoRunStats photoStats = drawPhotos(photos, work / "photos", false, opt.jobs, errors);
    writeText(work / "manifest.json", manifestJson(n, m), errors);
    writeText(work / "sectors.csv", sectorsCsv(), errors);
    writeText(work / "exhibitors.csv", exhibitorsCsv.text(), errors);
    writeText(work / "products.csv", productsCsv.text(), errors);
    writeText(work / "stands.csv", standsCsv.text(), errors);
    writeText(work / "floorplan.json", hall.floorplanJson, errors);
    if (errors.empty()) {
        fs::remove(outDir, ec); // empty, or missing
        fs::rename(work, outDir, ec);
        if (ec) {
            errors.push_back(outDir.string() + ": error: cannot move the pack into place (" +
                             ec.message() + ")");
        }
    }
    for (const std::string& e : errors) {
        std::cerr << e << '\n';
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char summary[160];
    std::snprintf(summary, sizeof summary,
                  "%d exhibitors, %d products, %d photos, hall %g m x %g m, in %.1f s\n", n, m,
                  photoStats.written, hall.width, hall.depth, seconds);
    std::cout << summary;
    return errors.empty() ? 0 : 1;
}

} // namespace fairgen
