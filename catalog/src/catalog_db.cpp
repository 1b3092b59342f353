// [SECTION] Index
// - Small helpers: texts in four languages, JSON of the floor plan
// - Writing a catalogue database
// - Reading a catalogue database
// - Checking a new database

#include "catalog_db.h"

#include "schema.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/search.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace fs = std::filesystem;
using nlohmann::json;

namespace vitrine::catalog_db {
namespace {

// [SECTION] Small helpers

// "name_fr, name_ar, name_en, name_zgh", in kLangs' order, which bind_text and column_text use.
std::string text_columns(const std::string& base) {
    std::string out;
    for (Lang lang : kLangs)
        out += (out.empty() ? "" : ", ") + base + "_" + std::string(lang_code(lang));
    return out;
}

// "?, ?, ?" for an INSERT of `n` columns.
std::string placeholders(int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += i ? ", ?" : "?";
    return out;
}

void bind_text(SQLite::Statement& st, int& index, const Text& text) {
    for (Lang lang : kLangs)
        st.bind(index++, text.exact(lang));
}

Text column_text(SQLite::Statement& st, int& index) {
    Text text;
    for (Lang lang : kLangs)
        text.exact(lang) = st.getColumn(index++).getString();
    return text;
}

json point_json(Point p) {
    return json::array({p.x, p.y});
}
Point json_to_point(const json& j) {
    return {j.at(0).get<double>(), j.at(1).get<double>()};
}

json text_json(const Text& t) {
    json j = json::object();
    for (Lang lang : kLangs)
        if (!t.exact(lang).empty())
            j[std::string(lang_code(lang))] = t.exact(lang);
    return j;
}

Text json_to_text(const json& j) {
    Text t;
    for (Lang lang : kLangs)
        if (auto it = j.find(std::string(lang_code(lang))); it != j.end())
            t.exact(lang) = it->get<std::string>();
    return t;
}

// [SECTION] Writing a catalogue database

void write_pack(SQLite::Database& db, const PackRecord& r) {
    SQLite::Statement pack(db, "INSERT INTO pack (key, value) VALUES (?, ?)");
    for (auto [key, value] :
         {std::pair<const char*, std::string>{"version", std::to_string(r.stamp.version)},
          {"created", r.stamp.created},
          {"imported_at", r.imported_at},
          {"default_language", std::string(lang_code(r.default_lang))},
          {"start", r.start_date},
          {"end", r.end_date},
          {"files_sha256", r.files_sha256}}) {
        pack.bind(1, key);
        pack.bind(2, value);
        pack.exec();
        pack.reset();
    }
}

void write_fair(SQLite::Database& db, const Fair& f) {
    SQLite::Statement fair(db, "INSERT INTO fair (key, fr, ar, en, zgh) VALUES (?, ?, ?, ?, ?)");
    for (auto [key, text] : {std::pair<const char*, const Text*>{"name", &f.name},
                             {"venue", &f.venue},
                             {"city", &f.city},
                             {"hours", &f.hours},
                             {"organiser", &f.organiser},
                             {"about", &f.about}}) {
        int i = 1;
        fair.bind(i++, key);
        bind_text(fair, i, *text);
        fair.exec();
        fair.reset();
    }
}

void write_sectors(SQLite::Database& db, const std::vector<Sector>& sectors) {
    SQLite::Statement sector(db, "INSERT INTO sectors (position, id, parent, color, " +
                                     text_columns("name") + ") VALUES (" + placeholders(8) + ")");
    for (size_t n = 0; n < sectors.size(); ++n) {
        const Sector& s = sectors[n];
        int i = 1;
        sector.bind(i++, static_cast<int64_t>(n));
        sector.bind(i++, s.id);
        sector.bind(i++, s.parent);
        sector.bind(i++, static_cast<int64_t>(s.color));
        bind_text(sector, i, s.name);
        sector.exec();
        sector.reset();
    }
}

const std::string kExhibitorColumns =
    "id, kind, sector, subsector, stand, phone, email, website, association, association_ar, "
    "association_en, association_zgh, featured, " +
    text_columns("name") + ", " + text_columns("city") + ", " + text_columns("region") + ", " +
    text_columns("description");

void write_exhibitors(SQLite::Database& db, const std::vector<Exhibitor>& exhibitors) {
    SQLite::Statement exhibitor(db, "INSERT INTO exhibitors (position, " + kExhibitorColumns +
                                        ") VALUES (" + placeholders(30) + ")");
    for (size_t n = 0; n < exhibitors.size(); ++n) {
        const Exhibitor& e = exhibitors[n];
        int i = 1;
        exhibitor.bind(i++, static_cast<int64_t>(n));
        exhibitor.bind(i++, e.id);
        exhibitor.bind(i++, std::string(kind_key(e.kind)));
        exhibitor.bind(i++, e.sector);
        exhibitor.bind(i++, e.subsector);
        exhibitor.bind(i++, e.stand);
        exhibitor.bind(i++, e.phone);
        exhibitor.bind(i++, e.email);
        exhibitor.bind(i++, e.website);
        bind_text(exhibitor, i, e.association); // association, then association_ar…
        exhibitor.bind(i++, e.featured ? 1 : 0);
        bind_text(exhibitor, i, e.name);
        bind_text(exhibitor, i, e.city);
        bind_text(exhibitor, i, e.region);
        bind_text(exhibitor, i, e.description);
        exhibitor.exec();
        exhibitor.reset();
    }
}

const std::string kProductColumns = "id, exhibitor, labels, price_min, price_max, " +
                                    text_columns("name") + ", " + text_columns("description") +
                                    ", " + text_columns("material");

void write_products(SQLite::Database& db, const std::vector<Product>& products) {
    SQLite::Statement product(db, "INSERT INTO products (position, " + kProductColumns +
                                      ") VALUES (" + placeholders(18) + ")");
    SQLite::Statement product_photo(
        db, "INSERT INTO product_photos (product, position, photo) VALUES (?, ?, ?)");
    for (size_t n = 0; n < products.size(); ++n) {
        const Product& p = products[n];
        std::string labels;
        for (const std::string& l : p.labels)
            labels += (labels.empty() ? "" : "|") + l;
        int i = 1;
        product.bind(i++, static_cast<int64_t>(n));
        product.bind(i++, p.id);
        product.bind(i++, p.exhibitor);
        product.bind(i++, labels);
        if (p.price) {
            product.bind(i++, p.price->min_centimes);
            product.bind(i++, p.price->max_centimes);
        } else {
            product.bind(i++);
            product.bind(i++);
        }
        bind_text(product, i, p.name);
        bind_text(product, i, p.description);
        bind_text(product, i, p.material);
        product.exec();
        product.reset();
        for (size_t k = 0; k < p.photos.size(); ++k) {
            product_photo.bind(1, p.id);
            product_photo.bind(2, static_cast<int64_t>(k));
            product_photo.bind(3, p.photos[k]);
            product_photo.exec();
            product_photo.reset();
        }
    }
}

constexpr const char* kPhotoColumns =
    "hash, width, height, thumb_width, thumb_height, display_path, thumb_path";

void write_photos(SQLite::Database& db, const std::unordered_map<std::string, Photo>& photos) {
    SQLite::Statement photo(db, std::string("INSERT INTO photos (") + kPhotoColumns + ") VALUES (" +
                                    placeholders(7) + ")");
    for (const auto& [hash, ph] : photos) {
        photo.bind(1, hash);
        photo.bind(2, ph.width);
        photo.bind(3, ph.height);
        photo.bind(4, ph.thumb_width);
        photo.bind(5, ph.thumb_height);
        photo.bind(6, ph.display_path);
        photo.bind(7, ph.thumb_path);
        photo.exec();
        photo.reset();
    }
}

const std::string kStandColumns = "id, x, y, width, depth, opening, " + text_columns("zone");

void write_plan(SQLite::Database& db, const FloorPlan& plan) {
    SQLite::Statement stand(db, "INSERT INTO stands (position, " + kStandColumns + ") VALUES (" +
                                    placeholders(11) + ")");
    for (size_t n = 0; n < plan.stands.size(); ++n) {
        const Stand& s = plan.stands[n];
        int i = 1;
        stand.bind(i++, static_cast<int64_t>(n));
        stand.bind(i++, s.id);
        stand.bind(i++, s.rect.x);
        stand.bind(i++, s.rect.y);
        stand.bind(i++, s.rect.width);
        stand.bind(i++, s.rect.depth);
        stand.bind(i++, std::string(side_key(s.opening)));
        bind_text(stand, i, s.zone);
        stand.exec();
        stand.reset();
    }

    // The rest of the plan is read whole and never queried piecemeal: JSON is enough.
    json outline = json::array(), aisles = json::array(), doors = json::array(),
         facilities = json::array(), kiosks = json::array();
    for (Point p : plan.outline)
        outline.push_back(point_json(p));
    for (const Aisle& a : plan.aisles) {
        json points = json::array();
        for (Point p : a.points)
            points.push_back(point_json(p));
        aisles.push_back({{"id", a.id}, {"points", points}, {"width", a.width}});
    }
    for (const Door& d : plan.doors)
        doors.push_back({{"id", d.id},
                         {"kind", door_kind_key(d.kind)},
                         {"at", point_json(d.at)},
                         {"width", d.width},
                         {"name", text_json(d.name)}});
    for (const Facility& f : plan.facilities)
        facilities.push_back({{"id", f.id},
                              {"kind", facility_kind_key(f.kind)},
                              {"rect", {f.rect.x, f.rect.y, f.rect.width, f.rect.depth}},
                              {"name", text_json(f.name)}});
    for (const KioskSpot& k : plan.kiosks)
        kiosks.push_back({{"id", k.id}, {"at", point_json(k.at)}, {"facing", k.facing_degrees}});
    SQLite::Statement st(db, "INSERT INTO floorplan (key, value) VALUES (?, ?)");
    for (auto [key, value] : {std::pair<const char*, const json*>{"outline", &outline},
                              {"aisles", &aisles},
                              {"doors", &doors},
                              {"facilities", &facilities},
                              {"kiosks", &kiosks}}) {
        st.bind(1, key);
        st.bind(2, value->dump());
        st.exec();
        st.reset();
    }
}

// [SECTION] Reading a catalogue database

Fair read_fair(SQLite::Database& db) {
    Fair fair;
    SQLite::Statement st(db, "SELECT key, fr, ar, en, zgh FROM fair");
    while (st.executeStep()) {
        std::string key = st.getColumn(0).getString();
        int i = 1;
        Text t = column_text(st, i);
        if (key == "name")
            fair.name = t;
        else if (key == "venue")
            fair.venue = t;
        else if (key == "city")
            fair.city = t;
        else if (key == "hours")
            fair.hours = t;
        else if (key == "organiser")
            fair.organiser = t;
        else if (key == "about")
            fair.about = t;
    }
    return fair;
}

size_t count_rows(SQLite::Database& db, const std::string& table_and_filter) {
    return static_cast<size_t>(
        db.execAndGet("SELECT count(*) FROM " + table_and_filter).getInt64());
}

std::vector<Sector> read_sectors(SQLite::Database& db) {
    std::vector<Sector> out;
    SQLite::Statement st(db, "SELECT id, parent, color, " + text_columns("name") +
                                 " FROM sectors ORDER BY position");
    while (st.executeStep()) {
        Sector s;
        s.id = st.getColumn(0).getString();
        s.parent = st.getColumn(1).getString();
        s.color = static_cast<uint32_t>(st.getColumn(2).getInt64());
        int i = 3;
        s.name = column_text(st, i);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Exhibitor> read_exhibitors(SQLite::Database& db) {
    std::vector<Exhibitor> out;
    out.reserve(count_rows(db, "exhibitors"));
    SQLite::Statement st(db, "SELECT " + kExhibitorColumns + " FROM exhibitors ORDER BY position");
    while (st.executeStep()) {
        Exhibitor e;
        int i = 0;
        e.id = st.getColumn(i++).getString();
        e.kind = kind_from_text(st.getColumn(i++).getString()).value_or(ExhibitorKind::artisan);
        e.sector = st.getColumn(i++).getString();
        e.subsector = st.getColumn(i++).getString();
        e.stand = st.getColumn(i++).getString();
        e.phone = st.getColumn(i++).getString();
        e.email = st.getColumn(i++).getString();
        e.website = st.getColumn(i++).getString();
        e.association = column_text(st, i);
        e.featured = st.getColumn(i++).getInt() != 0;
        e.name = column_text(st, i);
        e.city = column_text(st, i);
        e.region = column_text(st, i);
        e.description = column_text(st, i);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> split_labels(const std::string& labels) {
    std::vector<std::string> out;
    for (size_t start = 0; start < labels.size();) {
        size_t end = labels.find('|', start);
        if (end == std::string::npos)
            end = labels.size();
        out.push_back(labels.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::vector<Product> read_products(SQLite::Database& db) {
    std::vector<Product> out;
    out.reserve(count_rows(db, "products"));
    SQLite::Statement st(db, "SELECT " + kProductColumns + " FROM products ORDER BY position");
    std::unordered_map<std::string, size_t> index;
    while (st.executeStep()) {
        Product p;
        int i = 0;
        p.id = st.getColumn(i++).getString();
        p.exhibitor = st.getColumn(i++).getString();
        p.labels = split_labels(st.getColumn(i++).getString());
        if (!st.getColumn(i).isNull())
            p.price = Price{st.getColumn(i).getInt64(), st.getColumn(i + 1).getInt64()};
        i += 2;
        p.name = column_text(st, i);
        p.description = column_text(st, i);
        p.material = column_text(st, i);
        index.emplace(p.id, out.size());
        out.push_back(std::move(p));
    }
    SQLite::Statement photos(
        db, "SELECT product, photo FROM product_photos ORDER BY product, position");
    while (photos.executeStep()) {
        auto it = index.find(photos.getColumn(0).getString());
        if (it != index.end())
            out[it->second].photos.push_back(photos.getColumn(1).getString());
    }
    return out;
}

std::unordered_map<std::string, Photo> read_photos(SQLite::Database& db) {
    std::unordered_map<std::string, Photo> out;
    SQLite::Statement st(db, std::string("SELECT ") + kPhotoColumns + " FROM photos");
    while (st.executeStep()) {
        Photo p;
        p.hash = st.getColumn(0).getString();
        p.width = st.getColumn(1).getInt();
        p.height = st.getColumn(2).getInt();
        p.thumb_width = st.getColumn(3).getInt();
        p.thumb_height = st.getColumn(4).getInt();
        p.display_path = st.getColumn(5).getString();
        p.thumb_path = st.getColumn(6).getString();
        out.emplace(p.hash, std::move(p));
    }
    return out;
}

void read_plan_json(const std::string& key, const json& value, FloorPlan& plan) {
    if (key == "outline") {
        for (const json& p : value)
            plan.outline.push_back(json_to_point(p));
    } else if (key == "aisles") {
        for (const json& a : value) {
            Aisle aisle{a.at("id").get<std::string>(), {}, a.at("width").get<double>()};
            for (const json& p : a.at("points"))
                aisle.points.push_back(json_to_point(p));
            plan.aisles.push_back(std::move(aisle));
        }
    } else if (key == "doors") {
        for (const json& d : value)
            plan.doors.push_back(
                {d.at("id").get<std::string>(),
                 door_kind_from_key(d.at("kind").get<std::string>()).value_or(DoorKind::entrance),
                 json_to_point(d.at("at")), d.at("width").get<double>(),
                 json_to_text(d.at("name"))});
    } else if (key == "facilities") {
        for (const json& f : value) {
            const json& r = f.at("rect");
            plan.facilities.push_back({f.at("id").get<std::string>(),
                                       facility_kind_from_key(f.at("kind").get<std::string>())
                                           .value_or(FacilityKind::other),
                                       PlanRect{r.at(0).get<double>(), r.at(1).get<double>(),
                                                r.at(2).get<double>(), r.at(3).get<double>()},
                                       json_to_text(f.at("name"))});
        }
    } else if (key == "kiosks") {
        for (const json& k : value)
            plan.kiosks.push_back({k.at("id").get<std::string>(), json_to_point(k.at("at")),
                                   k.at("facing").get<double>()});
    }
}

FloorPlan read_plan(SQLite::Database& db) {
    FloorPlan plan;
    SQLite::Statement st(db, "SELECT " + kStandColumns + " FROM stands ORDER BY position");
    while (st.executeStep()) {
        Stand s;
        int i = 0;
        s.id = st.getColumn(i++).getString();
        s.rect.x = st.getColumn(i++).getDouble();
        s.rect.y = st.getColumn(i++).getDouble();
        s.rect.width = st.getColumn(i++).getDouble();
        s.rect.depth = st.getColumn(i++).getDouble();
        s.opening = side_from_key(st.getColumn(i++).getString()).value_or(Side::south);
        s.zone = column_text(st, i);
        plan.stands.push_back(std::move(s));
    }
    SQLite::Statement rest(db, "SELECT key, value FROM floorplan");
    while (rest.executeStep())
        read_plan_json(rest.getColumn(0).getString(), json::parse(rest.getColumn(1).getString()),
                       plan);
    return plan;
}

} // namespace

void write(const fs::path& db_path, const Catalog& c, const PackRecord& pack) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The file is private until renamed into place and fsynced by us after closing, so
    // SQLite's own journal and syncs would only slow the build down.
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    schema::migrate(db);
    SQLite::Transaction tx(db);
    write_pack(db, pack);
    write_fair(db, c.fair);
    write_sectors(db, c.sectors);
    write_exhibitors(db, c.exhibitors);
    write_products(db, c.products);
    write_photos(db, c.photos);
    write_plan(db, c.plan);
    build_search_index(db, c);
    tx.commit();
}

SQLite::Database open(const fs::path& folder, bool current_schema) {
    SQLite::Database db((folder / kFileName).string(), SQLite::OPEN_READONLY);
    int version = schema::version_of(db);
    if (version > schema::current_version())
        throw StoreError("the catalogue " + (folder / kFileName).string() +
                         " was made by a newer Vitrine: update Vitrine on this kiosk");
    if (version < schema::current_version() && (current_schema || version < 1))
        throw StoreError("the catalogue " + (folder / kFileName).string() +
                         " was made by an older Vitrine: import the pack again");
    return db;
}

PackRecord read_pack(SQLite::Database& db) {
    PackRecord r;
    SQLite::Statement st(db, "SELECT key, value FROM pack");
    while (st.executeStep()) {
        std::string key = st.getColumn(0).getString(), value = st.getColumn(1).getString();
        if (key == "version")
            r.stamp.version = std::stoll(value);
        else if (key == "created")
            r.stamp.created = value;
        else if (key == "imported_at")
            r.imported_at = value;
        else if (key == "default_language")
            r.default_lang = lang_from_code(value).value_or(Lang::fr);
        else if (key == "start")
            r.start_date = value;
        else if (key == "end")
            r.end_date = value;
        else if (key == "files_sha256")
            r.files_sha256 = value;
    }
    return r;
}

Catalog read(const fs::path& folder) {
    SQLite::Database db = open(folder);
    Catalog c;
    PackRecord pack = read_pack(db);
    c.stamp = pack.stamp;
    c.fair = read_fair(db);
    c.fair.default_lang = pack.default_lang;
    c.fair.start_date = pack.start_date;
    c.fair.end_date = pack.end_date;
    c.sectors = read_sectors(db);
    c.exhibitors = read_exhibitors(db);
    c.products = read_products(db);
    c.photos = read_photos(db);
    c.plan = read_plan(db);
    c.build_index();
    return c;
}

CatalogInfo read_info(const fs::path& folder) {
    SQLite::Database db = open(folder, false);
    CatalogInfo info;
    PackRecord pack = read_pack(db);
    info.stamp = pack.stamp;
    info.imported_at = pack.imported_at;
    info.fair.start_date = pack.start_date;
    info.fair.end_date = pack.end_date;
    info.older_schema = schema::version_of(db) < schema::current_version();
    SQLite::Statement name(db, "SELECT fr, ar, en, zgh FROM fair WHERE key = 'name'");
    if (name.executeStep()) {
        int i = 0;
        info.fair.name = column_text(name, i);
    }
    info.sectors = count_rows(db, "sectors WHERE parent = ''");
    info.subsectors = count_rows(db, "sectors WHERE parent <> ''");
    info.exhibitors = count_rows(db, "exhibitors");
    info.products = count_rows(db, "products");
    info.stands = count_rows(db, "stands");
    info.photos = count_rows(db, "photos");
    return info;
}

std::set<std::string> media_of(const fs::path& folder) {
    std::set<std::string> out;
    SQLite::Database db = open(folder, false);
    SQLite::Statement st(db, "SELECT display_path, thumb_path FROM photos");
    while (st.executeStep()) {
        out.insert(st.getColumn(0).getString());
        out.insert(st.getColumn(1).getString());
    }
    return out;
}

// [SECTION] Checking a new database

void verify(const fs::path& folder, const fs::path& data_dir, const Catalog& expected) {
    SQLite::Database db((folder / kFileName).string(), SQLite::OPEN_READONLY);
    std::string integrity = db.execAndGet("PRAGMA integrity_check").getString();
    if (integrity != "ok")
        throw StoreError("the new catalogue failed its integrity check (" + integrity +
                         "): the disk may be failing; the installed catalogue is unchanged");
    if (count_rows(db, "sectors") != expected.sectors.size() ||
        count_rows(db, "exhibitors") != expected.exhibitors.size() ||
        count_rows(db, "products") != expected.products.size() ||
        count_rows(db, "stands") != expected.plan.stands.size() ||
        count_rows(db, "photos") != expected.photos.size())
        throw StoreError("the new catalogue does not hold what the pack holds; the installed "
                         "catalogue is unchanged");
    for (const std::string& relative : media_of(folder)) {
        std::error_code ec;
        if (!fs::is_regular_file(data_dir / relative, ec))
            throw StoreError("photo " + relative +
                             " is missing after import; the installed catalogue is unchanged");
    }
}

} // namespace vitrine::catalog_db
