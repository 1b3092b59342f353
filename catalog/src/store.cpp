// [SECTION] Index
// - Paths and small helpers
// - Writing a catalogue database
// - Reading a catalogue database
// - Import: validate, render photos, build, check, swap, collect garbage
// - Rollback and info

#include "vitrine/catalog/store.h"

#include "durable.h"
#include "schema.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/photo_pipeline.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace vitrine {
namespace {

// [SECTION] Paths and small helpers

constexpr const char* kDbName = "catalog.db";

fs::path current_link(const fs::path& dir) {
    return dir / "current";
}
fs::path previous_link(const fs::path& dir) {
    return dir / "previous";
}

// The catalogue folder a link points at, or nullopt when the link is missing or dangling.
std::optional<fs::path> resolve(const fs::path& link) {
    std::error_code ec;
    if (!fs::is_symlink(link, ec))
        return std::nullopt;
    fs::path target = fs::read_symlink(link, ec);
    if (ec)
        return std::nullopt;
    fs::path full = target.is_absolute() ? target : link.parent_path() / target;
    if (!fs::is_regular_file(full / kDbName, ec))
        return std::nullopt;
    return full;
}

std::string now_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string new_catalog_id(const PackStamp& stamp) {
    std::random_device rd;
    char buf[64];
    std::snprintf(buf, sizeof buf, "v%lld-%08x%08x", static_cast<long long>(stamp.version), rd(),
                  rd());
    return buf;
}

// "media/ab/abcdef…-display.jpg"
std::string media_relative(const std::string& hash, const char* role, const std::string& ext) {
    return "media/" + hash.substr(0, 2) + "/" + hash + "-" + role + "." + ext;
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

void write_catalog(const fs::path& db_path, const Catalog& c, const std::string& imported_at) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The file is private until renamed into place and fsynced by us after closing, so
    // SQLite's own journal and syncs would only slow the build down.
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    schema::migrate(db);
    SQLite::Transaction tx(db);

    SQLite::Statement pack(db, "INSERT INTO pack (key, value) VALUES (?, ?)");
    for (auto [key, value] :
         {std::pair<const char*, std::string>{"version", std::to_string(c.stamp.version)},
          {"created", c.stamp.created},
          {"imported_at", imported_at},
          {"default_language", std::string(lang_code(c.fair.default_lang))},
          {"start", c.fair.start_date},
          {"end", c.fair.end_date}}) {
        pack.bind(1, key);
        pack.bind(2, value);
        pack.exec();
        pack.reset();
    }

    SQLite::Statement fair(db, "INSERT INTO fair (key, fr, ar, en, zgh) VALUES (?, ?, ?, ?, ?)");
    for (auto [key, text] : {std::pair<const char*, const Text*>{"name", &c.fair.name},
                             {"venue", &c.fair.venue},
                             {"city", &c.fair.city},
                             {"hours", &c.fair.hours},
                             {"organiser", &c.fair.organiser},
                             {"about", &c.fair.about}}) {
        int i = 1;
        fair.bind(i++, key);
        bind_text(fair, i, *text);
        fair.exec();
        fair.reset();
    }

    SQLite::Statement sector(db, "INSERT INTO sectors VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t n = 0; n < c.sectors.size(); ++n) {
        const Sector& s = c.sectors[n];
        int i = 1;
        sector.bind(i++, static_cast<int64_t>(n));
        sector.bind(i++, s.id);
        sector.bind(i++, s.parent);
        sector.bind(i++, static_cast<int64_t>(s.color));
        bind_text(sector, i, s.name);
        sector.exec();
        sector.reset();
    }

    SQLite::Statement exhibitor(
        db, "INSERT INTO exhibitors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t n = 0; n < c.exhibitors.size(); ++n) {
        const Exhibitor& e = c.exhibitors[n];
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
        exhibitor.bind(i++, e.association);
        exhibitor.bind(i++, e.featured ? 1 : 0);
        bind_text(exhibitor, i, e.name);
        bind_text(exhibitor, i, e.city);
        bind_text(exhibitor, i, e.region);
        bind_text(exhibitor, i, e.description);
        exhibitor.exec();
        exhibitor.reset();
    }

    SQLite::Statement product(db, "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement product_photo(db, "INSERT INTO product_photos VALUES (?, ?, ?)");
    for (size_t n = 0; n < c.products.size(); ++n) {
        const Product& p = c.products[n];
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

    SQLite::Statement photo(db, "INSERT INTO photos VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [hash, ph] : c.photos) {
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

    SQLite::Statement stand(db, "INSERT INTO stands VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t n = 0; n < c.plan.stands.size(); ++n) {
        const Stand& s = c.plan.stands[n];
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
    for (Point p : c.plan.outline)
        outline.push_back(point_json(p));
    for (const Aisle& a : c.plan.aisles) {
        json points = json::array();
        for (Point p : a.points)
            points.push_back(point_json(p));
        aisles.push_back({{"id", a.id}, {"points", points}, {"width", a.width}});
    }
    for (const Door& d : c.plan.doors)
        doors.push_back({{"id", d.id},
                         {"kind", door_kind_key(d.kind)},
                         {"at", point_json(d.at)},
                         {"width", d.width},
                         {"name", text_json(d.name)}});
    for (const Facility& f : c.plan.facilities)
        facilities.push_back({{"id", f.id},
                              {"kind", facility_kind_key(f.kind)},
                              {"rect", {f.rect.x, f.rect.y, f.rect.width, f.rect.depth}},
                              {"name", text_json(f.name)}});
    for (const KioskSpot& k : c.plan.kiosks)
        kiosks.push_back({{"id", k.id}, {"at", point_json(k.at)}, {"facing", k.facing_degrees}});
    SQLite::Statement plan(db, "INSERT INTO floorplan (key, value) VALUES (?, ?)");
    for (auto [key, value] : {std::pair<const char*, const json*>{"outline", &outline},
                              {"aisles", &aisles},
                              {"doors", &doors},
                              {"facilities", &facilities},
                              {"kiosks", &kiosks}}) {
        plan.bind(1, key);
        plan.bind(2, value->dump());
        plan.exec();
        plan.reset();
    }
    build_search_index(db, c);
    tx.commit();
}

// [SECTION] Reading a catalogue database

SQLite::Database open_catalog(const fs::path& folder) {
    SQLite::Database db((folder / kDbName).string(), SQLite::OPEN_READONLY);
    int version = schema::version_of(db);
    if (version > schema::current_version())
        throw StoreError("the catalogue was made by a newer Vitrine: update Vitrine on this kiosk");
    if (version < schema::current_version())
        throw StoreError("the catalogue was made by an older Vitrine: import the pack again");
    return db;
}

Catalog read_catalog(const fs::path& folder) {
    SQLite::Database db = open_catalog(folder);
    Catalog c;
    {
        SQLite::Statement st(db, "SELECT key, value FROM pack");
        while (st.executeStep()) {
            std::string key = st.getColumn(0).getString(), value = st.getColumn(1).getString();
            if (key == "version")
                c.stamp.version = std::stoll(value);
            else if (key == "created")
                c.stamp.created = value;
            else if (key == "default_language")
                c.fair.default_lang = lang_from_code(value).value_or(Lang::fr);
            else if (key == "start")
                c.fair.start_date = value;
            else if (key == "end")
                c.fair.end_date = value;
        }
    }
    {
        SQLite::Statement st(db, "SELECT key, fr, ar, en, zgh FROM fair");
        while (st.executeStep()) {
            std::string key = st.getColumn(0).getString();
            int i = 1;
            Text t = column_text(st, i);
            if (key == "name")
                c.fair.name = t;
            else if (key == "venue")
                c.fair.venue = t;
            else if (key == "city")
                c.fair.city = t;
            else if (key == "hours")
                c.fair.hours = t;
            else if (key == "organiser")
                c.fair.organiser = t;
            else if (key == "about")
                c.fair.about = t;
        }
    }
    {
        SQLite::Statement st(db, "SELECT id, parent, color, name_fr, name_ar, name_en, name_zgh "
                                 "FROM sectors ORDER BY position");
        while (st.executeStep()) {
            Sector s;
            s.id = st.getColumn(0).getString();
            s.parent = st.getColumn(1).getString();
            s.color = static_cast<uint32_t>(st.getColumn(2).getInt64());
            int i = 3;
            s.name = column_text(st, i);
            c.sectors.push_back(std::move(s));
        }
    }
    {
        SQLite::Statement st(db, "SELECT * FROM exhibitors ORDER BY position");
        c.exhibitors.reserve(
            static_cast<size_t>(db.execAndGet("SELECT count(*) FROM exhibitors").getInt64()));
        while (st.executeStep()) {
            Exhibitor e;
            int i = 1;
            e.id = st.getColumn(i++).getString();
            e.kind = kind_from_text(st.getColumn(i++).getString()).value_or(ExhibitorKind::artisan);
            e.sector = st.getColumn(i++).getString();
            e.subsector = st.getColumn(i++).getString();
            e.stand = st.getColumn(i++).getString();
            e.phone = st.getColumn(i++).getString();
            e.email = st.getColumn(i++).getString();
            e.website = st.getColumn(i++).getString();
            e.association = st.getColumn(i++).getString();
            e.featured = st.getColumn(i++).getInt() != 0;
            e.name = column_text(st, i);
            e.city = column_text(st, i);
            e.region = column_text(st, i);
            e.description = column_text(st, i);
            c.exhibitors.push_back(std::move(e));
        }
    }
    {
        c.products.reserve(
            static_cast<size_t>(db.execAndGet("SELECT count(*) FROM products").getInt64()));
        SQLite::Statement st(db, "SELECT * FROM products ORDER BY position");
        std::unordered_map<std::string, size_t> index;
        while (st.executeStep()) {
            Product p;
            int i = 1;
            p.id = st.getColumn(i++).getString();
            p.exhibitor = st.getColumn(i++).getString();
            std::string labels = st.getColumn(i++).getString();
            for (size_t start = 0; start < labels.size();) {
                size_t end = labels.find('|', start);
                if (end == std::string::npos)
                    end = labels.size();
                p.labels.push_back(labels.substr(start, end - start));
                start = end + 1;
            }
            if (!st.getColumn(i).isNull())
                p.price = Price{st.getColumn(i).getInt64(), st.getColumn(i + 1).getInt64()};
            i += 2;
            p.name = column_text(st, i);
            p.description = column_text(st, i);
            p.material = column_text(st, i);
            index.emplace(p.id, c.products.size());
            c.products.push_back(std::move(p));
        }
        SQLite::Statement photos(
            db, "SELECT product, photo FROM product_photos ORDER BY product, position");
        while (photos.executeStep()) {
            auto it = index.find(photos.getColumn(0).getString());
            if (it != index.end())
                c.products[it->second].photos.push_back(photos.getColumn(1).getString());
        }
    }
    {
        SQLite::Statement st(db, "SELECT * FROM photos");
        while (st.executeStep()) {
            Photo p;
            p.hash = st.getColumn(0).getString();
            p.width = st.getColumn(1).getInt();
            p.height = st.getColumn(2).getInt();
            p.thumb_width = st.getColumn(3).getInt();
            p.thumb_height = st.getColumn(4).getInt();
            p.display_path = st.getColumn(5).getString();
            p.thumb_path = st.getColumn(6).getString();
            c.photos.emplace(p.hash, std::move(p));
        }
    }
    {
        SQLite::Statement st(db, "SELECT * FROM stands ORDER BY position");
        while (st.executeStep()) {
            Stand s;
            int i = 1;
            s.id = st.getColumn(i++).getString();
            s.rect.x = st.getColumn(i++).getDouble();
            s.rect.y = st.getColumn(i++).getDouble();
            s.rect.width = st.getColumn(i++).getDouble();
            s.rect.depth = st.getColumn(i++).getDouble();
            s.opening = side_from_key(st.getColumn(i++).getString()).value_or(Side::south);
            s.zone = column_text(st, i);
            c.plan.stands.push_back(std::move(s));
        }
    }
    {
        SQLite::Statement st(db, "SELECT key, value FROM floorplan");
        while (st.executeStep()) {
            std::string key = st.getColumn(0).getString();
            json value = json::parse(st.getColumn(1).getString());
            if (key == "outline") {
                for (const json& p : value)
                    c.plan.outline.push_back(json_to_point(p));
            } else if (key == "aisles") {
                for (const json& a : value) {
                    Aisle aisle{a.at("id").get<std::string>(), {}, a.at("width").get<double>()};
                    for (const json& p : a.at("points"))
                        aisle.points.push_back(json_to_point(p));
                    c.plan.aisles.push_back(std::move(aisle));
                }
            } else if (key == "doors") {
                for (const json& d : value)
                    c.plan.doors.push_back({d.at("id").get<std::string>(),
                                            door_kind_from_key(d.at("kind").get<std::string>())
                                                .value_or(DoorKind::entrance),
                                            json_to_point(d.at("at")), d.at("width").get<double>(),
                                            json_to_text(d.at("name"))});
            } else if (key == "facilities") {
                for (const json& f : value) {
                    const json& r = f.at("rect");
                    c.plan.facilities.push_back(
                        {f.at("id").get<std::string>(),
                         facility_kind_from_key(f.at("kind").get<std::string>())
                             .value_or(FacilityKind::other),
                         Rect{r.at(0).get<double>(), r.at(1).get<double>(), r.at(2).get<double>(),
                              r.at(3).get<double>()},
                         json_to_text(f.at("name"))});
                }
            } else if (key == "kiosks") {
                for (const json& k : value)
                    c.plan.kiosks.push_back({k.at("id").get<std::string>(),
                                             json_to_point(k.at("at")),
                                             k.at("facing").get<double>()});
            }
        }
    }
    c.build_index();
    return c;
}

CatalogInfo read_info(const fs::path& folder) {
    SQLite::Database db = open_catalog(folder);
    CatalogInfo info;
    SQLite::Statement st(db, "SELECT key, value FROM pack");
    while (st.executeStep()) {
        std::string key = st.getColumn(0).getString(), value = st.getColumn(1).getString();
        if (key == "version")
            info.stamp.version = std::stoll(value);
        else if (key == "created")
            info.stamp.created = value;
        else if (key == "imported_at")
            info.imported_at = value;
        else if (key == "start")
            info.fair.start_date = value;
        else if (key == "end")
            info.fair.end_date = value;
    }
    SQLite::Statement name(db, "SELECT fr, ar, en, zgh FROM fair WHERE key = 'name'");
    if (name.executeStep()) {
        int i = 0;
        info.fair.name = column_text(name, i);
    }
    auto count = [&](const char* sql) {
        return static_cast<size_t>(db.execAndGet(sql).getInt64());
    };
    info.sectors = count("SELECT count(*) FROM sectors WHERE parent = ''");
    info.subsectors = count("SELECT count(*) FROM sectors WHERE parent <> ''");
    info.exhibitors = count("SELECT count(*) FROM exhibitors");
    info.products = count("SELECT count(*) FROM products");
    info.stands = count("SELECT count(*) FROM stands");
    info.photos = count("SELECT count(*) FROM photos");
    return info;
}

// Every media file a catalogue needs.
std::set<std::string> media_of(const fs::path& folder) {
    std::set<std::string> out;
    SQLite::Database db = open_catalog(folder);
    SQLite::Statement st(db, "SELECT display_path, thumb_path FROM photos");
    while (st.executeStep()) {
        out.insert(st.getColumn(0).getString());
        out.insert(st.getColumn(1).getString());
    }
    return out;
}

// The new catalogue must be whole before anyone can see it.
void verify_catalog(const fs::path& folder, const fs::path& data_dir, const Catalog& expected) {
    SQLite::Database db((folder / kDbName).string(), SQLite::OPEN_READONLY);
    std::string integrity = db.execAndGet("PRAGMA integrity_check").getString();
    if (integrity != "ok")
        throw StoreError("the new catalogue failed its integrity check (" + integrity +
                         "): the disk may be failing; the installed catalogue is unchanged");
    auto count = [&](const char* table) {
        return static_cast<size_t>(
            db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
    };
    if (count("sectors") != expected.sectors.size() ||
        count("exhibitors") != expected.exhibitors.size() ||
        count("products") != expected.products.size() ||
        count("stands") != expected.plan.stands.size() || count("photos") != expected.photos.size())
        throw StoreError("the new catalogue does not hold what the pack holds; the installed "
                         "catalogue is unchanged");
    for (const std::string& relative : media_of(folder)) {
        std::error_code ec;
        if (!fs::is_regular_file(data_dir / relative, ec))
            throw StoreError("photo " + relative +
                             " is missing after import; the installed "
                             "catalogue is unchanged");
    }
}

void collect_garbage(const fs::path& dir) {
    std::error_code ec;
    std::set<fs::path> keep;
    std::set<std::string> media;
    for (const fs::path& link : {current_link(dir), previous_link(dir)}) {
        if (auto folder = resolve(link)) {
            keep.insert(fs::weakly_canonical(*folder, ec));
            auto needed = media_of(*folder);
            media.insert(needed.begin(), needed.end());
        }
    }
    fs::remove_all(dir / "tmp", ec);
    for (const auto& entry : fs::directory_iterator(dir / "catalogs", ec))
        if (!keep.contains(fs::weakly_canonical(entry.path(), ec)))
            fs::remove_all(entry.path(), ec);
    for (const auto& entry : fs::recursive_directory_iterator(dir / "media", ec)) {
        if (!entry.is_regular_file(ec))
            continue;
        std::string relative = fs::relative(entry.path(), dir, ec).generic_string();
        if (!media.contains(relative))
            fs::remove(entry.path(), ec);
    }
}

} // namespace

// [SECTION] Import

Store::Store(fs::path data_dir) : dir_(std::move(data_dir)) {
    std::error_code ec;
    for (const char* sub : {"catalogs", "media", "tmp"}) {
        fs::create_directories(dir_ / sub, ec);
        if (ec)
            throw StoreError("cannot create the data directory " + (dir_ / sub).string() + ": " +
                             ec.message() + " (choose another with --data-dir)");
    }
}

ImportOutcome Store::import_pack(const fs::path& pack_path, Diagnostics& diags,
                                 const ImportOptions& options) {
    auto checkpoint = [&](std::string_view step) {
        if (options.checkpoint)
            options.checkpoint(step);
    };
    durable::FileLock lock(dir_ / "lock");
    checkpoint("locked");

    std::unique_ptr<PackSource> source;
    try {
        source = open_pack(pack_path);
    } catch (const PackError& e) {
        diags.error(pack_path.filename().string(), 0, e.what());
        return ImportOutcome::refused;
    }
    auto contents = read_pack(*source, diags);
    if (!contents || diags.has_errors())
        return ImportOutcome::refused;

    std::optional<Catalog> installed;
    if (resolve(current_link(dir_))) {
        try {
            installed = load();
        } catch (const StoreError&) {
            // An unreadable installed catalogue must not block its own replacement.
        }
    }
    if (installed) {
        if (contents->manifest.stamp == installed->stamp && !options.force)
            return ImportOutcome::already_installed;
        if (contents->manifest.stamp < installed->stamp && !options.force) {
            diags.error(kManifestFile, 0,
                        "this pack (version " + std::to_string(contents->manifest.stamp.version) +
                            ", " + contents->manifest.stamp.created +
                            ") is older than the installed catalogue (version " +
                            std::to_string(installed->stamp.version) + ", " +
                            installed->stamp.created + ")",
                        "raise \"version\" in manifest.json, or import with --force");
            return ImportOutcome::refused;
        }
        report_removals(*installed, *contents, diags);
    }

    PhotoPipelineOptions photos;
    photos.work = PhotoPipelineOptions::Work::render;
    photos.threads = options.threads;
    photos.progress = options.progress;
    photos.lookup = [&](const std::string& hash) -> std::optional<Photo> {
        if (!installed)
            return std::nullopt;
        auto it = installed->photos.find(hash);
        std::error_code ec;
        if (it == installed->photos.end() ||
            !fs::is_regular_file(dir_ / it->second.display_path, ec) ||
            !fs::is_regular_file(dir_ / it->second.thumb_path, ec))
            return std::nullopt;
        return it->second;
    };
    photos.store = [&](const std::string& hash, const Renditions& r) {
        Photo p{hash,
                r.display.width,
                r.display.height,
                r.thumb.width,
                r.thumb.height,
                media_relative(hash, "display", r.extension),
                media_relative(hash, "thumb", r.extension)};
        std::error_code ec;
        fs::create_directories((dir_ / p.display_path).parent_path(), ec);
        // Written again even when present: a file left by an import cut before its flush
        // could be empty, and the rename makes rewriting the same bytes harmless.
        durable::write_file(dir_ / p.display_path, r.display_bytes, false);
        durable::write_file(dir_ / p.thumb_path, r.thumb_bytes, false);
        return p;
    };
    try {
        process_photos(*source, *contents, diags, photos);
    } catch (const StoreError& e) {
        diags.error(pack_path.filename().string(), 0, e.what(),
                    "free some space on the kiosk's disk and import again");
        return ImportOutcome::refused;
    }
    if (diags.has_errors())
        return ImportOutcome::refused;
    checkpoint("photos stored");

    const Catalog& next = contents->catalog;
    std::string id = new_catalog_id(next.stamp);
    fs::path staging = dir_ / "tmp" / id;
    fs::path final_folder = dir_ / "catalogs" / id;
    try {
        fs::create_directories(staging);
        write_catalog(staging / kDbName, next, now_utc());
        checkpoint("database written");
        verify_catalog(staging, dir_, next);
        durable::sync_filesystem(dir_); // the photos, the database and their names
        fs::rename(staging, final_folder);
        durable::sync(dir_ / "catalogs");
        checkpoint("catalogue in place");

        if (auto old = resolve(current_link(dir_))) {
            durable::replace_symlink(previous_link(dir_), fs::path("catalogs") / old->filename());
            checkpoint("previous kept");
        }
        durable::replace_symlink(current_link(dir_), fs::path("catalogs") / id);
        checkpoint("swapped");
    } catch (const StoreError& e) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        diags.error(pack_path.filename().string(), 0, e.what());
        return ImportOutcome::refused;
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        diags.error(pack_path.filename().string(), 0,
                    std::string("cannot write the new catalogue: ") + e.what(),
                    "check the disk has free space; the installed catalogue is unchanged");
        return ImportOutcome::refused;
    }
    collect_garbage(dir_);
    return ImportOutcome::installed;
}

// [SECTION] Rollback and info

PackStamp Store::rollback() {
    durable::FileLock lock(dir_ / "lock");
    auto current = resolve(current_link(dir_));
    auto previous = resolve(previous_link(dir_));
    if (!previous)
        throw StoreError("there is no previous catalogue to go back to");
    PackStamp stamp = read_info(*previous).stamp;
    if (current)
        durable::replace_symlink(previous_link(dir_), fs::path("catalogs") / current->filename());
    durable::replace_symlink(current_link(dir_), fs::path("catalogs") / previous->filename());
    return stamp;
}

StoreInfo Store::info() const {
    StoreInfo info;
    if (auto folder = resolve(current_link(dir_)))
        info.current = read_info(*folder);
    if (auto folder = resolve(previous_link(dir_)))
        info.previous = read_info(*folder);
    return info;
}

Catalog Store::load() const {
    auto folder = resolve(current_link(dir_));
    if (!folder)
        throw NoCatalogError("no catalogue is installed in " + dir_.string() +
                             " yet: import a pack with 'vitrine-pack import PACK'");
    try {
        return read_catalog(*folder);
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot read the installed catalogue: " + std::string(e.what()));
    } catch (const json::exception& e) {
        throw StoreError("the installed catalogue's floor plan is damaged: " +
                         std::string(e.what()));
    }
}

Search Store::open_search() const {
    auto folder = resolve(current_link(dir_));
    if (!folder)
        throw NoCatalogError("no catalogue is installed in " + dir_.string() +
                             " yet: import a pack with 'vitrine-pack import PACK'");
    return Search(*folder / kDbName);
}

} // namespace vitrine
