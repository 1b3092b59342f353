// [SECTION] Index
// - Helpers: line numbers, JSON access
// - Manifest
// - Tables: localized columns, sectors, exhibitors, products, stands
// - Floor plan
// - Fingerprints and unused files
// - Removals (what an update deletes)

#include "vitrine/catalog/pack_reader.h"

#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/labels.h"
#include "vitrine/catalog/sha256.h"
#include "vitrine/catalog/text.h"
#include "vitrine/catalog/wayfinding.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

namespace vitrine {
namespace {

using nlohmann::json;

constexpr uint64_t kMaxTextFileBytes = 64ull << 20;
constexpr const char* kLangNames[] = {"French", "Arabic", "English", "Amazigh"};

// [SECTION] Helpers

size_t line_at(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// JSON keeps no positions, so an item is found by its quoted id in the text, after the key
// of the list that holds it (a kiosk and a door may share an id).
size_t json_line(std::string_view text, std::string_view id, std::string_view section = {}) {
    if (id.empty())
        return 0;
    size_t from = 0;
    if (!section.empty()) {
        size_t at = text.find("\"" + std::string(section) + "\"");
        from = at == std::string_view::npos ? 0 : at;
    }
    size_t at = text.find("\"" + std::string(id) + "\"", from);
    return at == std::string_view::npos ? 0 : line_at(text, at);
}

bool is_slug(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::string upper_ascii(std::string_view text) {
    std::string out(trim(text));
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool is_stand_id(std::string_view id) {
    return !id.empty() && id.size() <= 8 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::optional<uint32_t> parse_color(std::string_view text) {
    text = trim(text);
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    uint32_t value = 0;
    for (char c : text.substr(1)) {
        int digit = (c >= '0' && c <= '9')   ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + static_cast<uint32_t>(digit);
    }
    return value;
}

// "120", "45,50", "45.5", "80-120", "80 - 120 MAD" -> centimes.
std::optional<int64_t> parse_amount(std::string_view text) {
    text = trim(text);
    std::string digits;
    for (char c : text) {
        if (c == ' ' || c == '\xC2' || c == '\xA0') // spaces, NBSP as thousands separators
            continue;
        digits += c == ',' ? '.' : c;
    }
    if (digits.empty())
        return std::nullopt;
    size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : digits.substr(dot + 1);
    auto all_digits = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 9 || !all_digits(whole) || frac.size() > 2 ||
        !all_digits(frac))
        return std::nullopt;
    if (frac.size() == 1)
        frac += '0';
    return std::stoll(whole) * 100 + (frac.empty() ? 0 : std::stoll(frac));
}

std::optional<Price> parse_price(std::string_view text) {
    std::string cleaned(trim(text));
    for (std::string_view unit : {"MAD", "mad", "DH", "dh", "Dh"}) {
        if (cleaned.size() > unit.size() && cleaned.ends_with(unit))
            cleaned = std::string(trim(cleaned.substr(0, cleaned.size() - unit.size())));
    }
    size_t dash = cleaned.find('-');
    if (dash == std::string::npos) {
        auto amount = parse_amount(cleaned);
        if (!amount)
            return std::nullopt;
        return Price{*amount, *amount};
    }
    auto low = parse_amount(std::string_view(cleaned).substr(0, dash));
    auto high = parse_amount(std::string_view(cleaned).substr(dash + 1));
    if (!low || !high || *high < *low)
        return std::nullopt;
    return Price{*low, *high};
}

bool is_iso_date(std::string_view s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

bool is_iso_timestamp(std::string_view s) {
    return s.size() >= 19 && is_iso_date(s.substr(0, 10)) && s[10] == 'T';
}

Text json_text(const json& value) {
    Text text;
    if (value.is_string()) {
        text.values[0] = value.get<std::string>();
        return text;
    }
    if (!value.is_object())
        return text;
    for (Lang lang : kLangs) {
        auto it = value.find(std::string(lang_code(lang)));
        if (it != value.end() && it->is_string())
            text.exact(lang) = std::string(trim(it->get<std::string>()));
    }
    return text;
}

std::optional<double> json_number(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    double v = it->get<double>();
    return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

std::optional<Point> json_point(const json& value) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        return std::nullopt;
    return Point{value[0].get<double>(), value[1].get<double>()};
}

// The document, or nullopt with the reason in diags. A number too large for a double (1e400) is
// not a syntax error to json, which names the number but not where it is.
std::optional<json> parse_json(std::string_view text, const std::string& file, Diagnostics& diags) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        diags.error(file, line_at(text, e.byte), "not valid JSON",
                    "check for a missing comma, quote or bracket near this line");
    } catch (const json::out_of_range& e) {
        const std::string_view what = e.what();
        const size_t from = what.find('\'') + 1, to = what.rfind('\'');
        const size_t at =
            from > 0 && to > from ? text.find(what.substr(from, to - from)) : text.npos;
        diags.error(file, at == text.npos ? 0 : line_at(text, at), "a number is too large",
                    "write distances in metres and versions as small whole numbers");
    }
    return std::nullopt;
}

// A string member, or `fallback` when it is absent. Another type reads as "", which the check
// that follows reports; json's value() would throw instead, and so would any member of a value
// that is not an object.
std::string json_string(const json& object, const char* key, std::string fallback = {}) {
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    return it->is_string() ? it->get<std::string>() : std::string();
}

std::string json_id(const json& object) {
    auto it = object.find("id");
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Point in polygon (even-odd), with points on an edge counted as inside.
bool inside_polygon(const std::vector<Point>& poly, Point p) {
    constexpr double eps = 1e-9;
    bool inside = false;
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const Point& a = poly[i];
        const Point& b = poly[j];
        double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
        if (std::abs(cross) < eps && p.x >= std::min(a.x, b.x) - eps &&
            p.x <= std::max(a.x, b.x) + eps && p.y >= std::min(a.y, b.y) - eps &&
            p.y <= std::max(a.y, b.y) + eps)
            return true;
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool rect_inside_polygon(const std::vector<Point>& poly, const Rect& r) {
    for (Point corner : {Point{r.x, r.y}, Point{r.x + r.width, r.y}, Point{r.x, r.y + r.depth},
                         Point{r.x + r.width, r.y + r.depth}})
        if (!inside_polygon(poly, corner))
            return false;
    // A concave hall's corner may poke into the rectangle while all four corners are inside.
    return std::none_of(poly.begin(), poly.end(), [&](Point p) { return r.contains(p); });
}

std::string fmt_metres(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// [SECTION] Reader

class Reader {
public:
    Reader(const PackSource& source, Diagnostics& diags) : source_(source), diags_(diags) {}

    std::optional<PackContents> run();

private:
    std::optional<std::string> read_text(const char* file);
    // Localized columns are given by base name; those starting with '*' need French text.
    std::optional<CsvTable> load_table(const char* file, const std::vector<std::string>& required,
                                       const std::vector<std::string>& localized,
                                       const std::vector<std::string>& optional);
    Text localized(const CsvTable& table, const CsvRow& row, const std::string& base, bool required,
                   size_t max_length, const std::string& what);
    void read_sectors(const CsvTable& table);
    void read_stands(const CsvTable& table);
    void read_exhibitors(const CsvTable& table);
    void read_products(const CsvTable& table);
    void read_floor_plan(std::string_view text);
    void check_fingerprints();
    void check_unused_photos();

    const PackSource& source_;
    Diagnostics& diags_;
    PackContents out_;
    std::map<std::string, std::string> text_files_; // file -> bytes, for fingerprints
    std::map<std::string, size_t> stand_rows_;      // stand id -> line in stands.csv
    std::set<std::string> columns_warned_;
    std::set<std::string> photo_files_used_;
    bool have_plan_ = false;
    bool sectors_ok_ = false;
    bool exhibitors_ok_ = false;
};

std::optional<std::string> Reader::read_text(const char* file) {
    if (!source_.exists(file)) {
        diags_.error(file, 0, "missing file",
                     "every pack has manifest.json, sectors.csv, exhibitors.csv, products.csv, "
                     "stands.csv and floorplan.json; 'vitrine-pack init' writes a template");
        return std::nullopt;
    }
    try {
        std::string bytes = source_.read(file, kMaxTextFileBytes);
        text_files_[file] = bytes;
        return bytes;
    } catch (const Error& e) {
        diags_.error(file, 0, e.what());
        return std::nullopt;
    }
}

std::optional<CsvTable> Reader::load_table(const char* file,
                                           const std::vector<std::string>& required,
                                           const std::vector<std::string>& localized,
                                           const std::vector<std::string>& optional) {
    auto bytes = read_text(file);
    if (!bytes)
        return std::nullopt;
    auto table = parse_csv(*bytes, file, diags_);
    if (!table)
        return std::nullopt;
    std::set<std::string> known(required.begin(), required.end());
    known.insert(optional.begin(), optional.end());
    bool missing = false;
    for (const auto& column : required) {
        if (!table->column(column)) {
            diags_.error(file, 1, "missing column \"" + column + "\"",
                         "add it to the first line; see docs/pack-format.md for every column");
            missing = true;
        }
    }
    for (const auto& spec : localized) {
        bool needs_french = spec.starts_with('*');
        std::string base = needs_french ? spec.substr(1) : spec;
        for (Lang lang : kLangs)
            known.insert(base + "_" + std::string(lang_code(lang)));
        if (needs_french && !table->column(base + "_fr")) {
            diags_.error(file, 1, "missing column \"" + base + "_fr\"",
                         "French text is required; add the column");
            missing = true;
        }
    }
    for (const auto& column : table->header) {
        if (!column.empty() && !known.contains(column))
            diags_.warning(file, 1, "unknown column \"" + column + "\" is ignored",
                           "check its spelling against docs/pack-format.md, or delete it");
    }
    if (missing)
        return std::nullopt;
    return table;
}

Text Reader::localized(const CsvTable& table, const CsvRow& row, const std::string& base,
                       bool required, size_t max_length, const std::string& what) {
    Text text;
    for (Lang lang : kLangs)
        text.exact(lang) = std::string(table.cell(row, base + "_" + std::string(lang_code(lang))));
    if (text.exact(Lang::fr).empty()) {
        if (required)
            diags_.error(table.file, row.line, "empty " + base + "_fr for " + what,
                         "French text is required");
        return text;
    }
    for (Lang lang : {Lang::ar, Lang::en}) {
        std::string column = base + "_" + std::string(lang_code(lang));
        const char* name = kLangNames[static_cast<size_t>(lang)];
        if (!table.column(column)) {
            if (columns_warned_.insert(table.file + "/" + column).second)
                diags_.warning(table.file, 1,
                               "no column \"" + column + "\": " + name +
                                   " visitors will read the French text",
                               "add the column with the translations");
        } else if (text.exact(lang).empty()) {
            diags_.warning(table.file, row.line,
                           "missing " + std::string(name) + " translation of " + base + " for " +
                               what,
                           "fill " + column + "; until then the French text is shown");
        }
    }
    for (Lang lang : kLangs) {
        size_t length = utf8_length(text.exact(lang));
        if (length > max_length)
            diags_.warning(table.file, row.line,
                           base + "_" + std::string(lang_code(lang)) + " of " + what + " has " +
                               std::to_string(length) + " characters: too long for a card",
                           "shorten it to " + std::to_string(max_length) + " characters at most");
    }
    return text;
}

void Reader::read_sectors(const CsvTable& table) {
    std::vector<Sector> rows;
    std::map<std::string, size_t> lines;
    for (const CsvRow& row : table.rows) {
        Sector s;
        s.id = std::string(table.cell(row, "id"));
        s.parent = std::string(table.cell(row, "parent"));
        if (!is_slug(s.id)) {
            diags_.error(table.file, row.line,
                         s.id.empty() ? "empty id" : "id \"" + s.id + "\" has spaces or capitals",
                         "use lower-case letters, digits and '-', e.g. \"huile-argan\"");
            continue;
        }
        if (lines.contains(s.id)) {
            diags_.error(table.file, row.line, "duplicate id \"" + s.id + "\"",
                         "already used on line " + std::to_string(lines[s.id]));
            continue;
        }
        lines[s.id] = row.line;
        s.name = localized(table, row, "name", true, kMaxNameLength, "sector \"" + s.id + "\"");
        std::string_view color = table.cell(row, "color");
        if (!color.empty()) {
            if (auto c = parse_color(color))
                s.color = *c;
            else
                diags_.error(table.file, row.line, "bad colour \"" + std::string(color) + "\"",
                             "write # and six hex digits, e.g. #C0643B");
        } else if (s.parent.empty()) {
            diags_.error(table.file, row.line, "sector \"" + s.id + "\" has no colour",
                         "give every sector a colour, e.g. #C0643B");
        } else {
            s.color = 0xFFFFFFFF; // taken from the parent below
        }
        rows.push_back(std::move(s));
    }
    // Order: each sector followed by its sub-sectors, both in pack order.
    for (const Sector& s : rows) {
        if (!s.parent.empty()) {
            auto parent = std::find_if(rows.begin(), rows.end(),
                                       [&](const Sector& p) { return p.id == s.parent; });
            if (parent == rows.end())
                diags_.error(table.file, lines[s.id], "unknown parent sector \"" + s.parent + "\"",
                             "the parent column names a sector's id, or stays empty for a sector");
            else if (!parent->parent.empty())
                diags_.error(table.file, lines[s.id], "\"" + s.parent + "\" is itself a sub-sector",
                             "sub-sectors sit directly under a sector: two levels only");
            continue;
        }
        out_.catalog.sectors.push_back(s);
        for (Sector sub : rows) {
            if (sub.parent != s.id)
                continue;
            if (sub.color == 0xFFFFFFFF)
                sub.color = s.color;
            out_.catalog.sectors.push_back(std::move(sub));
        }
    }
}

void Reader::read_stands(const CsvTable& table) {
    for (const CsvRow& row : table.rows) {
        std::string id = upper_ascii(table.cell(row, "stand"));
        if (!is_stand_id(id)) {
            diags_.error(table.file, row.line,
                         id.empty() ? "empty stand number" : "bad stand number \"" + id + "\"",
                         "a letter and a number, e.g. B12");
            continue;
        }
        if (stand_rows_.contains(id)) {
            diags_.error(table.file, row.line, "duplicate stand \"" + id + "\"",
                         "already on line " + std::to_string(stand_rows_[id]));
            continue;
        }
        stand_rows_[id] = row.line;
        Text zone = localized(table, row, "zone", false, kMaxNameLength, "stand " + id);
        for (Stand& s : out_.catalog.plan.stands)
            if (s.id == id)
                s.zone = zone;
    }
    if (!have_plan_)
        return;
    for (const Stand& s : out_.catalog.plan.stands)
        if (!stand_rows_.contains(s.id))
            diags_.error(table.file, 0,
                         "stand \"" + s.id + "\" of floorplan.json has no row in stands.csv",
                         "add a row for it, or remove it from the floor plan");
    for (const auto& [id, line] : stand_rows_)
        if (!out_.catalog.plan.stand(id))
            diags_.error(table.file, line, "stand \"" + id + "\" is not in floorplan.json",
                         "draw it in the floor plan, or remove the row");
}

void Reader::read_exhibitors(const CsvTable& table) {
    std::map<std::string, std::string> stand_owner;
    for (const CsvRow& row : table.rows) {
        Exhibitor e;
        e.id = std::string(table.cell(row, "id"));
        if (!is_slug(e.id)) {
            diags_.error(table.file, row.line,
                         e.id.empty() ? "empty id" : "id \"" + e.id + "\" has spaces or capitals",
                         "use lower-case letters, digits and '-', e.g. \"coop-tifawin\"");
            continue;
        }
        if (out_.exhibitor_lines.contains(e.id)) {
            diags_.error(table.file, row.line, "duplicate id \"" + e.id + "\"",
                         "already used on line " + std::to_string(out_.exhibitor_lines[e.id]));
            continue;
        }
        out_.exhibitor_lines[e.id] = row.line;
        std::string what = "exhibitor \"" + e.id + "\"";
        e.name = localized(table, row, "name", true, kMaxNameLength, what);
        e.city = localized(table, row, "city", true, kMaxNameLength, what);
        e.region = localized(table, row, "region", false, kMaxNameLength, what);
        e.description = localized(table, row, "description", false, kMaxDescriptionLength, what);

        std::string_view kind = table.cell(row, "kind");
        if (auto k = kind_from_text(kind))
            e.kind = *k;
        else
            diags_.error(table.file, row.line,
                         kind.empty() ? "empty kind" : "unknown kind \"" + std::string(kind) + "\"",
                         "cooperative, tpe, artisan or auto-entrepreneur");

        e.sector = std::string(table.cell(row, "sector"));
        e.subsector = std::string(table.cell(row, "subsector"));
        const Sector* sector = nullptr;
        for (const Sector& s : out_.catalog.sectors)
            if (s.id == e.sector)
                sector = &s;
        if (!sectors_ok_) {
            // sectors.csv is unreadable: its own errors say why.
        } else if (!sector || !sector->is_sector()) {
            std::string known;
            for (const Sector& s : out_.catalog.sectors)
                if (s.is_sector())
                    known += (known.empty() ? "" : ", ") + s.id;
            diags_.error(table.file, row.line,
                         e.sector.empty() ? "empty sector" : "unknown sector \"" + e.sector + "\"",
                         "known sectors: " + known);
        } else if (!e.subsector.empty()) {
            auto sub = std::find_if(
                out_.catalog.sectors.begin(), out_.catalog.sectors.end(),
                [&](const Sector& s) { return s.id == e.subsector && s.parent == e.sector; });
            if (sub == out_.catalog.sectors.end()) {
                std::string known;
                for (const Sector& s : out_.catalog.sectors)
                    if (s.parent == e.sector)
                        known += (known.empty() ? "" : ", ") + s.id;
                diags_.error(table.file, row.line,
                             "unknown sub-sector \"" + e.subsector + "\" in sector \"" + e.sector +
                                 "\"",
                             "sub-sectors of " + e.sector + ": " + known);
            }
        }

        e.stand = upper_ascii(table.cell(row, "stand"));
        if (e.stand.empty()) {
            diags_.error(table.file, row.line, "empty stand for " + what,
                         "give the stand number, e.g. B12");
        } else if (have_plan_ && !out_.catalog.plan.stand(e.stand)) {
            diags_.error(table.file, row.line, "unknown stand \"" + e.stand + "\"",
                         "stands are listed in stands.csv and drawn in floorplan.json");
        } else if (auto it = stand_owner.find(e.stand); it != stand_owner.end()) {
            diags_.error(table.file, row.line,
                         "stand \"" + e.stand + "\" already has exhibitor \"" + it->second + "\"",
                         "one exhibitor per stand: check the stand numbers");
        } else {
            stand_owner[e.stand] = e.id;
        }

        e.phone = std::string(table.cell(row, "phone"));
        e.email = std::string(table.cell(row, "email"));
        e.website = std::string(table.cell(row, "website"));
        e.association = std::string(table.cell(row, "association"));
        if (!e.email.empty() &&
            (e.email.find('@') == std::string::npos || e.email.find(' ') != std::string::npos))
            diags_.warning(table.file, row.line, "email \"" + e.email + "\" looks wrong",
                           "write it as name@domain.ma");
        std::string featured = fold_latin(table.cell(row, "featured"));
        if (featured == "oui" || featured == "yes" || featured == "1" || featured == "x" ||
            featured == "vrai" || featured == "true")
            e.featured = true;
        else if (!featured.empty() && featured != "non" && featured != "no" && featured != "0" &&
                 featured != "faux" && featured != "false")
            diags_.error(table.file, row.line, "featured is \"" + featured + "\"",
                         "write oui or leave it empty");
        out_.catalog.exhibitors.push_back(std::move(e));
    }
}

void Reader::read_products(const CsvTable& table) {
    std::set<std::string> exhibitors;
    for (const Exhibitor& e : out_.catalog.exhibitors)
        exhibitors.insert(e.id);
    std::string known_labels_list;
    for (const LabelInfo& l : known_labels())
        known_labels_list += (known_labels_list.empty() ? "" : ", ") + std::string(l.key);

    for (const CsvRow& row : table.rows) {
        Product p;
        p.id = std::string(table.cell(row, "id"));
        if (!is_slug(p.id)) {
            diags_.error(table.file, row.line,
                         p.id.empty() ? "empty id" : "id \"" + p.id + "\" has spaces or capitals",
                         "use lower-case letters, digits and '-'");
            continue;
        }
        if (out_.product_lines.contains(p.id)) {
            diags_.error(table.file, row.line, "duplicate id \"" + p.id + "\"",
                         "already used on line " + std::to_string(out_.product_lines[p.id]));
            continue;
        }
        out_.product_lines[p.id] = row.line;
        std::string what = "product \"" + p.id + "\"";
        p.exhibitor = std::string(table.cell(row, "exhibitor"));
        if (exhibitors_ok_ && !exhibitors.contains(p.exhibitor))
            diags_.error(table.file, row.line,
                         p.exhibitor.empty() ? "empty exhibitor for " + what
                                             : "unknown exhibitor \"" + p.exhibitor + "\"",
                         "use an id from exhibitors.csv");
        p.name = localized(table, row, "name", true, kMaxNameLength, what);
        p.description = localized(table, row, "description", false, kMaxDescriptionLength, what);
        p.material = localized(table, row, "material", false, kMaxNameLength * 2, what);

        for (std::string& label : split_list(table.cell(row, "labels"), '|')) {
            std::string key = fold_latin(label);
            std::replace(key.begin(), key.end(), ' ', '-');
            if (find_label(key))
                p.labels.push_back(key);
            else
                diags_.error(table.file, row.line, "unknown label \"" + label + "\"",
                             "known labels: " + known_labels_list);
        }
        std::string_view price = table.cell(row, "price_mad");
        if (!price.empty()) {
            if (auto parsed = parse_price(price))
                p.price = parsed;
            else
                diags_.error(table.file, row.line, "bad price \"" + std::string(price) + "\"",
                             "a number of dirhams: 120, 120,50 or a range 80-120");
        }
        for (const std::string& name : split_list(table.cell(row, "photos"), '|')) {
            std::string path = name.starts_with(kPhotosDir) ? name : kPhotosDir + name;
            if (path.find("..") != std::string::npos || path.find('\\') != std::string::npos) {
                diags_.error(table.file, row.line, "photo \"" + name + "\" is outside photos/",
                             "give the file's name inside the photos folder");
                continue;
            }
            if (!source_.exists(path)) {
                std::string hint = "put the file in the photos folder, or fix its name";
                std::string folded = fold_latin(path);
                for (const std::string& f : source_.files())
                    if (fold_latin(f) == folded)
                        hint = "names are case-sensitive: the file is \"" +
                               f.substr(std::string_view(kPhotosDir).size()) + "\"";
                diags_.error(table.file, row.line, "missing photo \"" + name + "\"", hint);
                continue;
            }
            p.photos.push_back(path);
            if (photo_files_used_.insert(path).second)
                out_.photos.push_back({path, table.file, row.line});
        }
        if (p.photos.empty() && table.cell(row, "photos").empty())
            diags_.warning(table.file, row.line, what + " has no photo",
                           "add a file name in the photos column");
        out_.catalog.products.push_back(std::move(p));
    }
}

// [SECTION] Floor plan

void Reader::read_floor_plan(std::string_view text) {
    const std::string file = kFloorPlanFile;
    auto parsed = parse_json(text, file, diags_);
    if (!parsed)
        return;
    json doc = std::move(*parsed);
    FloorPlan& plan = out_.catalog.plan;
    auto hall = doc.find("hall");
    if (hall == doc.end() || !hall->is_object() || !hall->contains("outline") ||
        !(*hall)["outline"].is_array()) {
        diags_.error(file, 0, "missing \"hall\": {\"outline\": [...]}",
                     "give the hall's corners in metres, e.g. [[0,0],[40,0],[40,25],[0,25]]");
        return;
    }
    for (const json& p : (*hall)["outline"]) {
        if (auto pt = json_point(p))
            plan.outline.push_back(*pt);
        else
            diags_.error(file, 0, "a corner of hall.outline is not [x, y]",
                         "write each corner as two numbers in metres");
    }
    if (plan.outline.size() < 3) {
        diags_.error(file, 0, "hall.outline needs at least three corners");
        return;
    }
    have_plan_ = true;

    auto array = [&](const char* key) -> const json& {
        static const json empty = json::array();
        auto it = doc.find(key);
        if (it == doc.end())
            return empty;
        if (!it->is_array()) {
            diags_.error(file, 0, std::string("\"") + key + "\" must be a list [...]");
            return empty;
        }
        return *it;
    };

    auto read_rect = [&](const json& item, const std::string& what, size_t line,
                         Rect& rect) -> bool {
        auto x = json_number(item, "x"), y = json_number(item, "y");
        auto w = json_number(item, "width"), d = json_number(item, "depth");
        if (!x || !y || !w || !d || *w <= 0 || *d <= 0) {
            diags_.error(file, line, what + " needs numbers x, y, width and depth (metres, > 0)");
            return false;
        }
        rect = {*x, *y, *w, *d};
        if (!rect_inside_polygon(plan.outline, rect)) {
            diags_.error(file, line, what + " is outside the hall",
                         "its rectangle (" + fmt_metres(rect.x) + ", " + fmt_metres(rect.y) + ", " +
                             fmt_metres(rect.width) + " x " + fmt_metres(rect.depth) +
                             " m) must fit inside hall.outline");
            return false;
        }
        return true;
    };

    std::map<std::string, size_t> stand_lines;
    for (const json& item : array("stands")) {
        if (!item.is_object())
            continue;
        Stand s;
        s.id = upper_ascii(json_id(item));
        size_t line = json_line(text, json_id(item), "stands");
        if (!is_stand_id(s.id)) {
            diags_.error(file, line, "a stand has no valid \"id\"",
                         "a letter and a number, e.g. B12");
            continue;
        }
        if (stand_lines.contains(s.id)) {
            diags_.error(file, line, "duplicate stand \"" + s.id + "\"");
            continue;
        }
        stand_lines[s.id] = line;
        std::string opening = json_string(item, "opening");
        if (auto side = side_from_key(opening))
            s.opening = *side;
        else
            diags_.error(file, line, "stand \"" + s.id + "\" has opening \"" + opening + "\"",
                         "north, south, east or west: the side visitors walk in");
        if (read_rect(item, "stand \"" + s.id + "\"", line, s.rect))
            plan.stands.push_back(std::move(s));
    }
    for (size_t i = 0; i < plan.stands.size(); ++i)
        for (size_t j = i + 1; j < plan.stands.size(); ++j)
            if (plan.stands[i].rect.overlaps(plan.stands[j].rect))
                diags_.error(file, stand_lines[plan.stands[j].id],
                             "stand \"" + plan.stands[j].id + "\" overlaps stand \"" +
                                 plan.stands[i].id + "\"",
                             "fix their rectangles");

    for (const json& item : array("aisles")) {
        Aisle a;
        a.id = json_id(item);
        a.width = item.is_object() ? json_number(item, "width").value_or(2.0) : 2.0;
        if (item.is_object() && item.contains("points") && item["points"].is_array())
            for (const json& p : item["points"])
                if (auto pt = json_point(p))
                    a.points.push_back(*pt);
        if (a.points.size() < 2)
            diags_.error(file, json_line(text, a.id, "aisles"),
                         "aisle \"" + a.id + "\" needs two points or more");
        else
            plan.aisles.push_back(std::move(a));
    }

    for (const json& item : array("doors")) {
        if (!item.is_object())
            continue;
        Door door;
        door.id = json_id(item);
        size_t line = json_line(text, door.id, "doors");
        std::string kind = json_string(item, "kind");
        if (auto k = door_kind_from_key(kind))
            door.kind = *k;
        else
            diags_.error(file, line, "door \"" + door.id + "\" has kind \"" + kind + "\"",
                         "entrance, exit, entrance-exit or emergency-exit");
        auto x = json_number(item, "x"), y = json_number(item, "y");
        if (!x || !y) {
            diags_.error(file, line, "door \"" + door.id + "\" needs numbers x and y");
            continue;
        }
        door.at = {*x, *y};
        door.width = json_number(item, "width").value_or(2.0);
        if (item.contains("name"))
            door.name = json_text(item["name"]);
        if (!inside_polygon(plan.outline, door.at))
            diags_.error(file, line, "door \"" + door.id + "\" is outside the hall",
                         "place it on a wall of hall.outline");
        plan.doors.push_back(std::move(door));
    }
    if (plan.doors.empty())
        diags_.error(file, 0, "the hall has no doors", "add at least the entrance to \"doors\"");

    std::map<std::string, size_t> facility_lines;
    for (const json& item : array("facilities")) {
        if (!item.is_object())
            continue;
        Facility f;
        f.id = json_id(item);
        size_t line = json_line(text, f.id, "facilities");
        facility_lines.emplace(f.id, line);
        std::string kind = json_string(item, "kind");
        if (auto k = facility_kind_from_key(kind))
            f.kind = *k;
        else
            diags_.error(file, line, "facility \"" + f.id + "\" has kind \"" + kind + "\"",
                         "toilets, prayer-room, cafe, first-aid, information or other");
        if (item.contains("name"))
            f.name = json_text(item["name"]);
        if (!read_rect(item, "facility \"" + f.id + "\"", line, f.rect))
            continue;
        for (const Stand& s : plan.stands)
            if (s.rect.overlaps(f.rect))
                diags_.error(file, line,
                             "facility \"" + f.id + "\" overlaps stand \"" + s.id + "\"",
                             "fix their rectangles");
        plan.facilities.push_back(std::move(f));
    }

    for (const json& item : array("kiosks")) {
        if (!item.is_object())
            continue;
        KioskSpot k;
        k.id = json_id(item);
        size_t line = json_line(text, k.id, "kiosks");
        auto x = json_number(item, "x"), y = json_number(item, "y");
        if (k.id.empty() || !x || !y) {
            diags_.error(file, line, "a kiosk needs an \"id\" and numbers x and y");
            continue;
        }
        k.at = {*x, *y};
        k.facing_degrees = json_number(item, "facing").value_or(0.0);
        if (!inside_polygon(plan.outline, k.at))
            diags_.error(file, line, "kiosk \"" + k.id + "\" is outside the hall");
        for (const Stand& s : plan.stands)
            if (s.rect.contains(k.at))
                diags_.error(file, line,
                             "kiosk \"" + k.id + "\" stands inside stand \"" + s.id + "\"",
                             "move the kiosk into an aisle");
        plan.kiosks.push_back(std::move(k));
    }

    // Every stand and facility can be walked to from where visitors come in. Without a door or
    // a kiosk there is nowhere to walk from: that error is reported above.
    if (plan.doors.empty() && plan.kiosks.empty())
        return;
    Wayfinder wayfinder(plan);
    for (const Unreachable& u : wayfinder.unreachable_places()) {
        bool stand = u.kind == Place::Kind::stand;
        std::string what = (stand ? "stand \"" : "facility \"") + u.id + "\"";
        size_t line = stand ? stand_lines[u.id] : facility_lines[u.id];
        if (u.opening_blocked && stand)
            diags_.error(file, line,
                         what + " cannot be reached: its opening (" +
                             std::string(side_key(plan.stand(u.id)->opening)) +
                             " side) is against a wall, a stand or a facility",
                         "turn \"opening\" to the side that faces an aisle, or leave at least "
                         "1 m free in front of it");
        else if (u.opening_blocked)
            diags_.error(file, line,
                         what + " cannot be reached: every side of it is against a wall, a stand "
                                "or another facility",
                         "leave at least 1 m free along one of its sides");
        else
            diags_.error(file, line,
                         what + " cannot be reached: stands, facilities or walls close off the "
                                "space in front of it from every door and kiosk",
                         "leave an aisle at least 1 m wide from it to the rest of the hall");
    }
}

// [SECTION] Fingerprints and unused files

void Reader::check_fingerprints() {
    const auto& sealed = out_.manifest.files;
    if (sealed.empty())
        return;
    const std::vector<std::string> files = source_.files();
    std::set<std::string> present(files.begin(), files.end());
    for (const std::string& f : files) {
        if (f == kManifestFile)
            continue;
        auto it = sealed.find(f);
        if (it == sealed.end()) {
            diags_.error(f, 0, "this file was added after the pack was sealed",
                         "run 'vitrine-pack seal' again, or remove the file");
            continue;
        }
        // Photos the products use are hashed by the photo pipeline, which reads them anyway.
        if (photo_files_used_.contains(f))
            continue;
        std::string bytes;
        if (auto t = text_files_.find(f); t != text_files_.end()) {
            bytes = t->second;
        } else {
            try {
                bytes = source_.read(f, ~0ull);
            } catch (const Error& e) {
                diags_.error(f, 0, e.what());
                continue;
            }
        }
        if (sha256_hex(bytes) != it->second)
            diags_.error(f, 0,
                         "fingerprint does not match the manifest: the file changed after sealing",
                         "run 'vitrine-pack seal' again after editing, or copy the pack again if "
                         "it was damaged on the way");
    }
    for (const auto& [f, hash] : sealed)
        if (!present.contains(f))
            diags_.error(f, 0, "listed in manifest.json but missing from the pack",
                         "copy the whole pack again, or run 'vitrine-pack seal' again");
}

void Reader::check_unused_photos() {
    for (const std::string& f : source_.files())
        if (f.starts_with(kPhotosDir) && !photo_files_used_.contains(f))
            diags_.warning(f, 0, "no product uses this photo",
                           "name it in the photos column of products.csv, or remove it");
}

std::optional<PackContents> Reader::run() {
    auto manifest_text = read_text(kManifestFile);
    std::optional<Manifest> manifest;
    if (manifest_text)
        manifest = parse_manifest(*manifest_text, diags_);
    if (manifest)
        out_.manifest = *manifest;

    if (auto plan = read_text(kFloorPlanFile))
        read_floor_plan(*plan);
    auto sectors = load_table(kSectorsFile, {"id", "parent", "color"}, {"*name"}, {});
    auto stands = load_table(kStandsFile, {"stand"}, {"zone"}, {});
    auto exhibitors =
        load_table(kExhibitorsFile, {"id", "kind", "sector", "stand"},
                   {"*name", "*city", "region", "description"},
                   {"subsector", "phone", "email", "website", "association", "featured"});
    auto products =
        load_table(kProductsFile, {"id", "exhibitor"}, {"*name", "description", "material"},
                   {"labels", "price_mad", "photos"});
    // A file that could not be read must not make every reference to it an error too.
    sectors_ok_ = sectors.has_value();
    exhibitors_ok_ = exhibitors.has_value();
    if (sectors)
        read_sectors(*sectors);
    if (stands)
        read_stands(*stands);
    if (exhibitors)
        read_exhibitors(*exhibitors);
    if (products)
        read_products(*products);
    check_fingerprints();
    check_unused_photos();

    if (!manifest || !sectors || !stands || !exhibitors || !products || !have_plan_)
        return std::nullopt;
    out_.catalog.stamp = out_.manifest.stamp;
    out_.catalog.fair = out_.manifest.fair;
    out_.catalog.build_index();
    return std::move(out_);
}

} // namespace

// [SECTION] Manifest

std::optional<Manifest> parse_manifest(std::string_view text, Diagnostics& diags) {
    const std::string file = kManifestFile;
    auto parsed = parse_json(text, file, diags);
    if (!parsed)
        return std::nullopt;
    json doc = std::move(*parsed);
    if (!doc.is_object()) {
        diags.error(file, 1, "must be a JSON object { ... }");
        return std::nullopt;
    }
    Manifest m;
    bool ok = true;
    auto line_of = [&](const char* key) { return json_line(text, key); };
    if (!doc.contains("format") || !doc["format"].is_number_integer() ||
        doc["format"].get<int>() != kPackFormat) {
        diags.error(file, line_of("format"), "\"format\" must be 1",
                    "this Vitrine reads packs of format 1");
        ok = false;
    }
    if (doc.contains("version") && doc["version"].is_number_integer() &&
        doc["version"].get<int64_t>() >= 1) {
        m.stamp.version = doc["version"].get<int64_t>();
    } else {
        diags.error(file, line_of("version"), "\"version\" must be a whole number, 1 or more",
                    "raise it by one with each new pack");
        ok = false;
    }
    m.stamp.created = json_string(doc, "created");
    if (!is_iso_timestamp(m.stamp.created)) {
        diags.error(file, line_of("created"),
                    "\"created\" must be a date and time like 2025-03-18T09:00:00Z",
                    "'vitrine-pack seal' writes it for you");
        ok = false;
    }
    std::string lang = json_string(doc, "default_language", "fr");
    if (auto l = lang_from_code(lang))
        m.fair.default_lang = *l;
    else
        diags.error(file, line_of("default_language"), "unknown default_language \"" + lang + "\"",
                    "fr, ar, en or zgh");

    auto fair = doc.find("fair");
    if (fair == doc.end() || !fair->is_object()) {
        diags.error(file, 0, "missing \"fair\" object", "see docs/pack-format.md");
        return std::nullopt;
    }
    auto text_of = [&](const char* key, bool required) {
        Text t = fair->contains(key) ? json_text((*fair)[key]) : Text{};
        if (required && t.exact(Lang::fr).empty()) {
            diags.error(file, line_of(key),
                        std::string("fair.") + key + " needs at least French text (\"fr\")");
            ok = false;
        } else if (!t.exact(Lang::fr).empty()) {
            for (Lang l : {Lang::ar, Lang::en})
                if (t.exact(l).empty())
                    diags.warning(file, line_of(key),
                                  std::string("missing ") + kLangNames[static_cast<size_t>(l)] +
                                      " translation of fair." + key,
                                  std::string("add \"") + std::string(lang_code(l)) + "\"");
        }
        return t;
    };
    m.fair.name = text_of("name", true);
    m.fair.venue = text_of("venue", true);
    m.fair.city = text_of("city", false);
    m.fair.hours = text_of("hours", false);
    m.fair.organiser = text_of("organiser", false);
    m.fair.about = text_of("about", false);
    m.fair.start_date = json_string(*fair, "start");
    m.fair.end_date = json_string(*fair, "end");
    for (auto [key, value] : {std::pair{"start", &m.fair.start_date}, {"end", &m.fair.end_date}}) {
        if (!is_iso_date(*value)) {
            diags.error(file, line_of(key),
                        std::string("fair.") + key + " must be a date like 2025-03-18");
            ok = false;
        }
    }
    if (ok && m.fair.end_date < m.fair.start_date)
        diags.error(file, line_of("end"), "the fair ends before it starts");

    if (auto files = doc.find("files"); files != doc.end()) {
        if (!files->is_object()) {
            diags.error(file, line_of("files"), "\"files\" must be an object",
                        "let 'vitrine-pack seal' write it");
        } else {
            for (auto& [path, hash] : files->items()) {
                if (hash.is_string() && hash.get<std::string>().size() == 64)
                    m.files[path] = hash.get<std::string>();
                else
                    diags.error(file, json_line(text, path),
                                "the fingerprint of \"" + path + "\" is not a SHA-256",
                                "let 'vitrine-pack seal' write it");
            }
        }
    }
    if (!ok)
        return std::nullopt;
    return m;
}

std::optional<PackContents> read_pack(const PackSource& source, Diagnostics& diags) {
    return Reader(source, diags).run();
}

// [SECTION] Removals

void report_removals(const Catalog& installed, const PackContents& incoming, Diagnostics& diags) {
    const Catalog& next = incoming.catalog;
    auto check_text = [&](const char* file, size_t line, const std::string& base, const Text& was,
                          const Text& now) {
        for (Lang lang : kLangs) {
            if (!was.exact(lang).empty() && now.exact(lang).empty())
                diags.warning(file, line,
                              base + "_" + std::string(lang_code(lang)) +
                                  " is empty, but the installed catalogue has text for it: "
                                  "importing removes that text",
                              "if that is a mistake, fill the cell from your master spreadsheet");
        }
    };
    for (const Exhibitor& old : installed.exhibitors) {
        const Exhibitor* now = next.exhibitor(old.id);
        if (!now) {
            diags.warning(kExhibitorsFile, 0,
                          "exhibitor \"" + old.id + "\" (" + old.name.in(Lang::fr) +
                              ") is not in this pack: importing removes them from the kiosks",
                          "if that is a mistake, add their row back");
            continue;
        }
        size_t line = incoming.exhibitor_lines.at(old.id);
        check_text(kExhibitorsFile, line, "description", old.description, now->description);
        check_text(kExhibitorsFile, line, "region", old.region, now->region);
    }
    for (const Product& old : installed.products) {
        const Product* now = next.product(old.id);
        if (!now) {
            diags.warning(kProductsFile, 0,
                          "product \"" + old.id + "\" (" + old.name.in(Lang::fr) +
                              ") is not in this pack: importing removes it from the kiosks",
                          "if that is a mistake, add its row back");
            continue;
        }
        size_t line = incoming.product_lines.at(old.id);
        check_text(kProductsFile, line, "description", old.description, now->description);
        check_text(kProductsFile, line, "material", old.material, now->material);
        if (old.price && !now->price)
            diags.warning(kProductsFile, line,
                          "price_mad is empty, but the installed catalogue has a price: importing "
                          "removes it");
        if (!old.photos.empty() && now->photos.empty())
            diags.warning(kProductsFile, line,
                          "photos is empty, but the installed product has photos: importing "
                          "removes them");
    }
}

} // namespace vitrine
