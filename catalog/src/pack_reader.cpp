// [SECTION] Index
// - Reader: the pack's files in order, localized columns
// - Tables: sectors, stands, exhibitors, products
// - Fingerprints and unused files
// The manifest (manifest.cpp), the floor plan (floor_plan_reader.cpp), the values in cells
// (pack_values.cpp) and what an update removes (removals.cpp) have units of their own.

#include "vitrine/catalog/pack_reader.h"

#include "pack_reading.h"
#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/drawable.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/labels.h"
#include "vitrine/catalog/lang.h"
#include "vitrine/catalog/pack_values.h"
#include "vitrine/catalog/sha256.h"
#include "vitrine/catalog/text.h"
#include "vitrine/catalog/trust.h"

#include <algorithm>
#include <set>

namespace vitrine {
namespace {

constexpr uint64_t kMaxTextFileBytes = 64ull << 20;

constexpr const char* kFormatAsText =
    "a spreadsheet takes a column of digits for numbers and drops their leading 0 or +: select "
    "the column, format its cells as Text, type the values again and save";

// `fallback`, or, when the unknown `ref` differs from a known id only by leading zeros, a hint
// that names it and says how to keep zeros.
template <typename Ids>
std::string hint_for_unknown(const std::string& ref, const Ids& known, std::string fallback) {
    for (const auto& id : known)
        if (same_but_leading_zeros(ref, id))
            return quote_cell(id) + " is there: " + kFormatAsText;
    return fallback;
}

void check_phone(const CsvTable& table, const CsvRow& row, std::string_view phone,
                 Diagnostics& diags) {
    switch (phone_damage(phone)) {
    case PhoneDamage::none:
        return;
    case PhoneDamage::lost_zero:
        diags.warning(table.file, row.line,
                      "phone " + quote_cell(phone) + " seems to have lost its leading 0",
                      std::string("write it 0") + std::string(phone) + "; " + kFormatAsText);
        return;
    case PhoneDamage::lost_plus:
        diags.warning(table.file, row.line,
                      "phone " + quote_cell(phone) + " seems to have lost its +",
                      std::string("write it +") + std::string(phone) + "; " + kFormatAsText);
        return;
    case PhoneDamage::scientific:
        diags.warning(table.file, row.line,
                      "phone " + quote_cell(phone) +
                          " was turned into a number in scientific notation",
                      std::string("type the number again; ") + kFormatAsText);
        return;
    }
}

std::string describe_characters(const std::vector<char32_t>& cps) {
    std::string out;
    for (size_t i = 0; i < cps.size() && i < 5; ++i) {
        std::string one;
        append_utf8(one, cps[i]);
        out += (i ? ", \"" : "\"") + one + "\" (" + code_point_name(cps[i]) + ")";
    }
    if (cps.size() > 5)
        out += " and " + std::to_string(cps.size() - 5) + " more";
    return out;
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
    bool claim_id(const CsvTable& table, const CsvRow& row, const std::string& id, IdClaims& ids,
                  const char* example);
    void read_sectors(const CsvTable& table);
    void read_stands(const CsvTable& table);
    void read_exhibitors(const CsvTable& table);
    std::vector<std::string> stand_ids() const;
    void check_sector(const CsvTable& table, const CsvRow& row, const Exhibitor& e);
    void check_stand(const CsvTable& table, const CsvRow& row, const Exhibitor& e,
                     std::map<std::string, std::string>& stand_owner);
    void read_products(const CsvTable& table);
    bool pack_is_deeper();
    void check_fingerprints();
    void check_unused_photos();

    const PackSource& source_;
    Diagnostics& diags_;
    PackContents out_;
    std::map<std::string, std::string> text_files_; // file -> bytes, for fingerprints
    IdClaims stand_rows_;                           // stand id -> line in stands.csv
    IdClaims exhibitor_ids_, product_ids_;
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
            diags_.warning(file, 1, "unknown column " + quote_cell(column) + " is ignored",
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
        const std::string column = base + "_" + std::string(lang_code(lang));
        if (auto missing = undrawable_characters(text.exact(lang)); !missing.empty())
            diags_.warning(table.file, row.line,
                           column + " of " + what + " has " + describe_characters(missing) +
                               ", which the kiosk cannot draw: visitors would see \"?\"",
                           "remove it or say it in words; emoji and symbols are not in the "
                           "kiosk's fonts");
        size_t length = utf8_length(text.exact(lang));
        if (length > max_length)
            diags_.warning(table.file, row.line,
                           base + "_" + std::string(lang_code(lang)) + " of " + what + " has " +
                               std::to_string(length) + " characters: too long for a card",
                           "shorten it to " + std::to_string(max_length) + " characters at most");
    }
    return text;
}

// A row's id: well formed and not used by an earlier row of the same table.
bool Reader::claim_id(const CsvTable& table, const CsvRow& row, const std::string& id,
                      IdClaims& ids, const char* example) {
    if (!is_slug(id)) {
        diags_.error(table.file, row.line,
                     id.empty() ? "empty id" : "id " + quote_cell(id) + " has spaces or capitals",
                     std::string("use lower-case letters, digits and '-', e.g. \"") + example +
                         "\"");
        return false;
    }
    return ids.claim(id, table.file, row.line, diags_);
}

void Reader::read_sectors(const CsvTable& table) {
    std::vector<Sector> rows;
    IdClaims ids;
    for (const CsvRow& row : table.rows) {
        Sector s;
        s.id = std::string(table.cell(row, "id"));
        s.parent = std::string(table.cell(row, "parent"));
        if (!claim_id(table, row, s.id, ids, "huile-argan"))
            continue;
        s.name = localized(table, row, "name", true, kMaxNameLength, "sector \"" + s.id + "\"");
        std::string_view color = table.cell(row, "color");
        if (!color.empty()) {
            if (auto c = parse_color(color))
                s.color = *c;
            else
                diags_.error(table.file, row.line, "bad colour " + quote_cell(color),
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
                diags_.error(table.file, ids.line_of(s.id),
                             "unknown parent sector " + quote_cell(s.parent),
                             "the parent column names a sector's id, or stays empty for a sector");
            else if (!parent->parent.empty())
                diags_.error(table.file, ids.line_of(s.id),
                             "\"" + s.parent + "\" is itself a sub-sector",
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
        std::string id = stand_id(table.cell(row, "stand"));
        if (!is_stand_id(id)) {
            diags_.error(table.file, row.line,
                         id.empty() ? "empty stand number" : "bad stand number " + quote_cell(id),
                         "a letter and a number, e.g. B12");
            continue;
        }
        if (!stand_rows_.claim(id, table.file, row.line, diags_, "stand"))
            continue;
        Text zone = localized(table, row, "zone", false, kMaxNameLength, "stand " + id);
        for (Stand& s : out_.catalog.plan.stands)
            if (s.id == id)
                s.zone = zone;
    }
    if (!have_plan_)
        return;
    for (const Stand& s : out_.catalog.plan.stands)
        if (!stand_rows_.lines().contains(s.id))
            diags_.error(table.file, 0,
                         "stand \"" + s.id + "\" of floorplan.json has no row in stands.csv",
                         "add a row for it, or remove it from the floor plan");
    for (const auto& [id, line] : stand_rows_.lines())
        if (!out_.catalog.plan.stand(id))
            diags_.error(
                table.file, line, "stand \"" + id + "\" is not in floorplan.json",
                hint_for_unknown(id, stand_ids(), "draw it in the floor plan, or remove the row"));
}

std::vector<std::string> Reader::stand_ids() const {
    std::vector<std::string> ids;
    for (const Stand& s : out_.catalog.plan.stands)
        ids.push_back(s.id);
    return ids;
}

void Reader::check_sector(const CsvTable& table, const CsvRow& row, const Exhibitor& e) {
    if (!sectors_ok_)
        return; // sectors.csv is unreadable: its own errors say why
    const auto& sectors = out_.catalog.sectors;
    auto known_ids = [&](auto keep) {
        std::vector<std::string> ids;
        for (const Sector& s : sectors)
            if (keep(s))
                ids.push_back(s.id);
        return ids;
    };
    auto list = [](const std::vector<std::string>& ids) {
        std::string out;
        for (const std::string& id : ids)
            out += (out.empty() ? "" : ", ") + id;
        return out;
    };
    auto sector = std::find_if(sectors.begin(), sectors.end(),
                               [&](const Sector& s) { return s.id == e.sector; });
    if (sector == sectors.end() || !sector->is_sector()) {
        auto ids = known_ids([](const Sector& s) { return s.is_sector(); });
        diags_.error(table.file, row.line,
                     e.sector.empty() ? "empty sector" : "unknown sector " + quote_cell(e.sector),
                     hint_for_unknown(e.sector, ids, "known sectors: " + list(ids)));
        return;
    }
    if (e.subsector.empty())
        return;
    auto ids = known_ids([&](const Sector& s) { return s.parent == e.sector; });
    if (std::find(ids.begin(), ids.end(), e.subsector) == ids.end())
        diags_.error(
            table.file, row.line,
            "unknown sub-sector " + quote_cell(e.subsector) + " in sector \"" + e.sector + "\"",
            hint_for_unknown(e.subsector, ids, "sub-sectors of " + e.sector + ": " + list(ids)));
}

void Reader::check_stand(const CsvTable& table, const CsvRow& row, const Exhibitor& e,
                         std::map<std::string, std::string>& stand_owner) {
    if (e.stand.empty()) {
        diags_.error(table.file, row.line, "empty stand for exhibitor \"" + e.id + "\"",
                     "give the stand number, e.g. B12");
    } else if (have_plan_ && !out_.catalog.plan.stand(e.stand)) {
        diags_.error(table.file, row.line, "unknown stand " + quote_cell(e.stand),
                     hint_for_unknown(e.stand, stand_ids(),
                                      "stands are listed in stands.csv and drawn in "
                                      "floorplan.json"));
    } else if (auto it = stand_owner.find(e.stand); it != stand_owner.end()) {
        diags_.error(table.file, row.line,
                     "stand \"" + e.stand + "\" already has exhibitor \"" + it->second + "\"",
                     "one exhibitor per stand: check the stand numbers");
    } else {
        stand_owner[e.stand] = e.id;
    }
}

void Reader::read_exhibitors(const CsvTable& table) {
    std::map<std::string, std::string> stand_owner;
    for (const CsvRow& row : table.rows) {
        Exhibitor e;
        e.id = std::string(table.cell(row, "id"));
        if (!claim_id(table, row, e.id, exhibitor_ids_, "coop-tifawin"))
            continue;
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
                         kind.empty() ? "empty kind" : "unknown kind " + quote_cell(kind),
                         "cooperative, tpe, artisan or auto-entrepreneur");

        e.sector = std::string(table.cell(row, "sector"));
        e.subsector = std::string(table.cell(row, "subsector"));
        check_sector(table, row, e);
        e.stand = stand_id(table.cell(row, "stand"));
        check_stand(table, row, e, stand_owner);

        e.phone = std::string(table.cell(row, "phone"));
        check_phone(table, row, e.phone, diags_);
        e.email = std::string(table.cell(row, "email"));
        e.website = std::string(table.cell(row, "website"));
        e.association = localized(table, row, "association", false, kMaxNameLength,
                                  "exhibitor \"" + e.id + "\"");
        // A pack made before the association was given per language names it in "association".
        if (e.association.exact(Lang::fr).empty())
            e.association.exact(Lang::fr) = std::string(table.cell(row, "association"));
        if (!e.email.empty() &&
            (e.email.find('@') == std::string::npos || e.email.find(' ') != std::string::npos))
            diags_.warning(table.file, row.line, "email " + quote_cell(e.email) + " looks wrong",
                           "write it as name@domain.ma");
        std::string_view featured = table.cell(row, "featured");
        if (auto yes = parse_yes_no(featured))
            e.featured = *yes;
        else
            diags_.error(table.file, row.line, "featured is " + quote_cell(featured),
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
        if (!claim_id(table, row, p.id, product_ids_, "tapis-azilal"))
            continue;
        std::string what = "product \"" + p.id + "\"";
        p.exhibitor = std::string(table.cell(row, "exhibitor"));
        if (exhibitors_ok_ && !exhibitors.contains(p.exhibitor))
            diags_.error(
                table.file, row.line,
                p.exhibitor.empty() ? "empty exhibitor for " + what
                                    : "unknown exhibitor " + quote_cell(p.exhibitor),
                hint_for_unknown(p.exhibitor, exhibitors, "use an id from exhibitors.csv"));
        p.name = localized(table, row, "name", true, kMaxNameLength, what);
        p.description = localized(table, row, "description", false, kMaxDescriptionLength, what);
        p.material = localized(table, row, "material", false, kMaxNameLength * 2, what);

        for (std::string& label : split_list(table.cell(row, "labels"), '|')) {
            std::string key = fold_latin(label);
            std::replace(key.begin(), key.end(), ' ', '-');
            if (find_label(key))
                p.labels.push_back(key);
            else
                diags_.error(table.file, row.line, "unknown label " + quote_cell(label),
                             "known labels: " + known_labels_list);
        }
        std::string_view price = table.cell(row, "price_mad");
        if (!price.empty()) {
            if (auto parsed = parse_price(price))
                p.price = parsed;
            else
                diags_.error(table.file, row.line, "bad price " + quote_cell(price),
                             "a number of dirhams: 120, 120,50 or a range 80-120");
        }
        for (const std::string& name : split_list(table.cell(row, "photos"), '|')) {
            std::string path = name.starts_with(kPhotosDir) ? name : kPhotosDir + name;
            if (path.find("..") != std::string::npos || path.find('\\') != std::string::npos) {
                diags_.error(table.file, row.line,
                             "photo " + quote_cell(name) + " is outside photos/",
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
                diags_.error(table.file, row.line, "missing photo " + quote_cell(name), hint);
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

// [SECTION] Fingerprints and unused files

void Reader::check_fingerprints() {
    const auto& sealed = out_.manifest.files;
    if (sealed.empty())
        return;
    const std::vector<std::string> files = source_.files();
    std::set<std::string> present(files.begin(), files.end());
    for (const std::string& f : files) {
        if (f == kManifestFile || f == kSignatureFile)
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

// A pack copied with its folder into another one ("stick/fair/manifest.json" while the stick
// itself was chosen): every file would be missing, and one message says why.
bool Reader::pack_is_deeper() {
    if (source_.exists(kManifestFile))
        return false;
    const std::string suffix = std::string("/") + kManifestFile;
    for (const std::string& f : source_.files()) {
        if (!f.ends_with(suffix))
            continue;
        std::string folder = f.substr(0, f.size() - suffix.size());
        diags_.error(kManifestFile, 0,
                     "missing file: the pack seems to be in sub-folder " + quote_cell(folder),
                     "choose that folder instead, or move what it holds up one level so that "
                     "manifest.json sits at the top of the pack");
        return true;
    }
    return false;
}

std::optional<PackContents> Reader::run() {
    if (pack_is_deeper())
        return std::nullopt;
    auto manifest_text = read_text(kManifestFile);
    std::optional<Manifest> manifest;
    if (manifest_text)
        manifest = parse_manifest(*manifest_text, diags_);
    if (manifest)
        out_.manifest = *manifest;

    if (auto plan = read_text(kFloorPlanFile))
        have_plan_ = read_floor_plan(*plan, out_.catalog.plan, diags_);
    auto sectors = load_table(kSectorsFile, {"id", "parent", "color"}, {"*name"}, {});
    auto stands = load_table(kStandsFile, {"stand"}, {"zone"}, {});
    auto exhibitors =
        load_table(kExhibitorsFile, {"id", "kind", "sector", "stand"},
                   {"*name", "*city", "region", "description", "association"},
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
    if (source_.exists(kSynonymsFile))
        if (auto synonyms = load_table(kSynonymsFile, {"words"}, {}, {}))
            out_.catalog.synonyms = read_synonyms(*synonyms, diags_);
    check_fingerprints();
    // Without products.csv every photo would look unused: its own error says what is wrong.
    if (products)
        check_unused_photos();

    if (!manifest || !sectors || !stands || !exhibitors || !products || !have_plan_)
        return std::nullopt;
    out_.exhibitor_lines = exhibitor_ids_.lines();
    out_.product_lines = product_ids_.lines();
    out_.catalog.stamp = out_.manifest.stamp;
    out_.catalog.fair = out_.manifest.fair;
    out_.catalog.build_index();
    return std::move(out_);
}

} // namespace

std::optional<PackContents> read_pack(const PackSource& source, Diagnostics& diags) {
    return Reader(source, diags).run();
}

} // namespace vitrine
