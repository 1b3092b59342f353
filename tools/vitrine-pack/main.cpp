// vitrine-pack: the organisers' tool. Thin over the catalogue library: every command parses its
// arguments, calls the library once, and turns the outcome into lines and an exit status.
// Exit status: 0 success, 1 invalid input, 2 usage.

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/pin.h"
#include "vitrine/catalog/stats_report.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/trust.h"
#include "vitrine/catalog/wayfinding.h"

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace vitrine;

namespace {

constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

// Photo progress: a live line on a terminal, a few plain lines in a log.
class Progress {
public:
    explicit Progress(std::string what) : what_(std::move(what)), tty_(::isatty(STDERR_FILENO)) {}
    ~Progress() {
        if (tty_ && shown_)
            std::fputs("\n", stderr);
    }
    void operator()(size_t done, size_t total) {
        if (total == 0)
            return;
        if (tty_) {
            int width = 30;
            int filled = static_cast<int>(done * width / total);
            std::fprintf(stderr, "\r%s [%s%s] %zu/%zu", what_.c_str(),
                         std::string(static_cast<size_t>(filled), '#').c_str(),
                         std::string(static_cast<size_t>(width - filled), ' ').c_str(), done,
                         total);
            shown_ = true;
        } else {
            size_t tenth = done * 10 / total;
            if (tenth != last_tenth_ || done == total) {
                last_tenth_ = tenth;
                std::fprintf(stderr, "%s: %zu/%zu\n", what_.c_str(), done, total);
            }
        }
        std::fflush(stderr);
    }

private:
    std::string what_;
    bool tty_;
    bool shown_ = false;
    size_t last_tenth_ = 0;
};

int report(const Diagnostics& diags, const std::string& success) {
    for (const Diagnostic& d : diags.sorted())
        std::cout << d.to_string() << "\n";
    size_t errors = diags.error_count(), warnings = diags.warning_count();
    std::cout << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
    if (errors > 0)
        return kInvalid;
    if (!success.empty())
        std::cout << success << "\n";
    return kOk;
}

std::string text_json_name(const Text& t) {
    return t.in(Lang::fr);
}

nlohmann::ordered_json info_json(const CatalogInfo& c) {
    nlohmann::ordered_json name = nlohmann::ordered_json::object();
    for (Lang l : kLangs)
        if (!c.fair.name.exact(l).empty())
            name[std::string(lang_code(l))] = c.fair.name.exact(l);
    return {{"fair", name},
            {"start", c.fair.start_date},
            {"end", c.fair.end_date},
            {"version", c.stamp.version},
            {"created", c.stamp.created},
            {"imported_at", c.imported_at},
            {"older_schema", c.older_schema},
            {"sectors", c.sectors},
            {"subsectors", c.subsectors},
            {"exhibitors", c.exhibitors},
            {"products", c.products},
            {"stands", c.stands},
            {"photos", c.photos}};
}

nlohmann::ordered_json search_json(const SearchResults& r) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const SearchHit& h : r.hits)
        hits.push_back({{"kind", search_kind_key(h.kind)},
                        {"id", h.id},
                        {"name", h.name},
                        {"stand", h.stand},
                        {"exhibitor", h.exhibitor},
                        {"parent", h.parent},
                        {"tier", match_tier_key(h.tier)},
                        {"featured", h.featured},
                        {"score", h.score}});
    nlohmann::ordered_json sectors = nlohmann::ordered_json::array();
    for (const SectorSuggestion& s : r.suggested_sectors)
        sectors.push_back({{"id", s.id}, {"name", s.name}, {"parent", s.parent}});
    return {{"query", r.query},
            {"normalized_query", r.normalized_query},
            {"nothing_found", r.nothing_found},
            {"hits", hits},
            {"suggested_sectors", sectors}};
}

// One block per kind, best first, in columns an organiser can read.
void print_search(const SearchResults& r) {
    if (r.normalized_query.empty()) {
        std::cout << "Nothing to search for: type a word.\n";
        return;
    }
    if (r.nothing_found) {
        std::cout << "Nothing found for \"" << r.query << "\". Closest sectors:";
        for (const SectorSuggestion& s : r.suggested_sectors)
            std::cout << " " << s.name << " (" << s.id << ")"
                      << (&s == &r.suggested_sectors.back() ? "" : ",");
        std::cout << "\n";
        return;
    }
    std::optional<SearchKind> kind;
    for (const SearchHit& h : r.hits) {
        if (kind != h.kind) {
            kind = h.kind;
            std::cout << (&h == &r.hits.front() ? "" : "\n") << search_kind_key(h.kind) << "\n";
        }
        std::cout << "  " << std::left << std::setw(36) << h.id << " " << h.name << "  [stand "
                  << (h.stand.empty() ? "-" : h.stand) << ", score " << h.score << ", "
                  << match_tier_key(h.tier) << "]\n";
    }
}

void print_info(const char* title, const CatalogInfo& c) {
    std::cout << title << ": " << text_json_name(c.fair.name) << " (" << c.fair.start_date << " – "
              << c.fair.end_date << ")\n"
              << "  pack version " << c.stamp.version << ", created " << c.stamp.created
              << ", imported " << c.imported_at << "\n"
              << "  " << c.sectors << " sectors, " << c.subsectors << " sub-sectors, "
              << c.exhibitors << " exhibitors, " << c.products << " products, " << c.stands
              << " stands, " << c.photos << " photos\n";
    if (c.older_schema)
        std::cout << "  made by an older Vitrine: it cannot be shown again; import its pack "
                     "again instead\n";
}

// [SECTION] route

std::string_view place_kind_key(Place::Kind kind) {
    switch (kind) {
    case Place::Kind::point:
        return "point";
    case Place::Kind::kiosk:
        return "kiosk";
    case Place::Kind::stand:
        return "stand";
    case Place::Kind::door:
        return "door";
    case Place::Kind::facility:
        return "facility";
    }
    return "point";
}

// "kiosk entree", "stand B07 (Coopérative Tifawin)".
std::string place_label(const Catalog& c, const Place& p) {
    std::string label = std::string(place_kind_key(p.kind)) + " " + p.id;
    if (p.kind == Place::Kind::stand)
        if (const Exhibitor* e = c.exhibitor_at_stand(p.id))
            label += " (" + e->name.in(Lang::fr) + ")";
    return label;
}

// Minutes and seconds, as a visitor reads a walking time: "3:05".
std::string minutes_seconds(double seconds) {
    long total = std::lround(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
    return buf;
}

std::string metres_text(double v, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

nlohmann::ordered_json route_json(const Walk& r) {
    nlohmann::ordered_json stops = nlohmann::ordered_json::array();
    for (size_t k = 0; k < r.stops.size(); ++k)
        stops.push_back({{"kind", place_kind_key(r.stops[k].kind)},
                         {"id", r.stops[k].id},
                         {"x", r.stops[k].at.x},
                         {"y", r.stops[k].at.y},
                         {"point", r.stop_points[k]}});
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    for (const Point& p : r.points)
        points.push_back({p.x, p.y});
    return {{"metres", r.metres},
            {"seconds", r.seconds},
            {"walking_speed", kWalkingSpeed},
            {"stops", stops},
            {"points", points}};
}

void print_route(const Catalog& c, const Walk& r) {
    std::cout << "From " << place_label(c, r.stops.front()) << " to "
              << place_label(c, r.stops.back()) << ": " << metres_text(r.metres, 1) << " m, "
              << minutes_seconds(r.seconds) << " walking (at " << kWalkingSpeed << " m/s)\n";
    if (r.stops.size() > 2) {
        std::cout << "Visiting order:";
        for (size_t k = 1; k + 1 < r.stops.size(); ++k)
            std::cout << (k == 1 ? " " : ", ") << r.stops[k].id;
        std::cout << "\n";
    }
    std::cout << "Points (metres; x to the right, y down the plan):\n";
    for (size_t i = 0; i < r.points.size(); ++i) {
        std::cout << "  " << std::right << std::setw(7) << metres_text(r.points[i].x, 2) << " "
                  << std::setw(7) << metres_text(r.points[i].y, 2);
        for (size_t k = 0; k < r.stops.size(); ++k)
            if (r.stop_points[k] == i)
                std::cout << "  " << place_label(c, r.stops[k]);
        std::cout << "\n";
    }
}

// Usage problems of `route`, as one line each: unknown ids, an impossible walk.
struct RouteProblem {
    std::string message;
};

int run_route(const Catalog& c, const std::string& to_id, const std::string& from_id,
              const std::vector<std::string>& via_ids, bool as_json) {
    Wayfinder w(c.plan);
    auto known = [&](const auto& list) {
        std::string ids;
        for (const auto& item : list)
            ids += (ids.empty() ? "" : ", ") + item.id;
        return ids.empty() ? std::string("none") : ids;
    };
    Place from;
    if (from_id.empty()) {
        if (c.plan.kiosks.empty())
            throw RouteProblem{"the floor plan has no kiosk: say where the walk starts with "
                               "--from (a kiosk, door, stand or facility)"};
        from = *w.place(Place::Kind::kiosk, c.plan.kiosks.front().id);
    } else if (auto p = w.place(Place::Kind::kiosk, from_id)) {
        from = *p;
    } else if (auto any = w.place(from_id)) {
        from = *any;
    } else {
        throw RouteProblem{"no kiosk \"" + from_id +
                           "\" in the floor plan (kiosks: " + known(c.plan.kiosks) + ")"};
    }
    auto stand = [&](const std::string& id) {
        auto p = w.place(Place::Kind::stand, id);
        if (!p)
            p = w.place(id); // a facility or a door will do too
        if (!p)
            throw RouteProblem{"no stand \"" + id + "\" in the floor plan"};
        return *p;
    };
    if (via_ids.size() > Wayfinder::kMaxStops)
        throw RouteProblem{"--via takes at most " + std::to_string(Wayfinder::kMaxStops) +
                           " stands"};
    std::vector<Place> via;
    for (const std::string& id : via_ids)
        via.push_back(stand(id));
    bool to_exit = to_id == "exit";
    std::optional<Place> to;
    if (!to_exit)
        to = stand(to_id);

    std::optional<Walk> r = via.empty() && to ? w.route(from, *to) : w.tour(from, via, to);
    if (!r) {
        std::string what = to ? place_label(c, *to) : std::string("any exit");
        if (!via.empty())
            what += " through " + std::to_string(via.size()) + " stand(s)";
        std::cerr << "vitrine-pack: no walk joins " << place_label(c, from) << " to " << what
                  << ": run 'vitrine-pack validate' on the pack to see what closes it off\n";
        return kInvalid;
    }
    if (as_json)
        std::cout << route_json(*r).dump(2) << "\n";
    else
        print_route(c, *r);
    return kOk;
}

// Exports read and merged, names from the catalogue when one is given, the report written.
int run_stats(const std::vector<std::string>& files, const std::string& out,
              const std::string& data_dir) {
    std::vector<std::vector<KioskCount>> exports;
    for (const std::string& f : files)
        exports.push_back(read_stats_csv(f));
    std::vector<KioskCount> merged = merge_stats(exports);
    ReportNames names;
    if (!data_dir.empty()) {
        try {
            names = ReportNames::from(Store(data_dir).load());
        } catch (const NoCatalogError&) {
            std::cerr << "vitrine-pack: no catalogue in " << data_dir
                      << ": the report gives ids instead of names\n";
        }
    }
    ReportFiles written = write_stats_report(merged, names, out);
    std::cout << "Merged " << files.size() << (files.size() == 1 ? " export" : " exports") << " ("
              << merged.size() << " counts). Report: " << written.index.string() << ", and "
              << written.exhibitors.size() << " exhibitor pages in "
              << (fs::path(out) / "exposants").string() << ".\n";
    return kOk;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"vitrine-pack: make, check, seal and install Vitrine data packs.\n"
                 "The pack format is described in docs/pack-format.md."};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");

    std::string data_dir_text;
    auto add_data_dir = [&](CLI::App* cmd) {
        cmd->add_option("--data-dir", data_dir_text,
                        "Data directory of the kiosk (default: $VITRINE_DATA_DIR, "
                        "/var/lib/vitrine if it exists, else ~/.local/share/vitrine)");
    };
    std::string pack;
    bool force = false, as_json = false;
    std::string zip_out, init_dir;

    auto* validate = app.add_subcommand("validate", "Check a pack and list every problem");
    validate->add_option("PACK", pack, "The pack: a folder or a .zip")->required();

    auto* seal = app.add_subcommand(
        "seal", "Check a pack folder, then write every file's fingerprint into its manifest");
    seal->add_option("PACK", pack, "The pack's folder")->required();
    seal->add_option("--zip", zip_out, "Also write the sealed pack as this .zip file");
    std::string sign_key, verify_key, keygen_name;
    seal->add_option("--sign", sign_key, "Also sign it with this secret key (NAME.key)");

    auto* keygen = app.add_subcommand(
        "keygen", "Make a signing key pair: NAME.key (secret, keep it safe) and NAME.pub");
    keygen->add_option("NAME", keygen_name, "The keys' name, with its folder if not here")
        ->required();

    auto* verify = app.add_subcommand(
        "verify", "Check that a pack is signed by this key and that no byte changed since");
    verify->add_option("PACK", pack, "The pack: a folder or a .zip")->required();
    verify->add_option("--key", verify_key, "The public key (NAME.pub)")->required();

    std::string pin_text;
    auto* pin_hash = app.add_subcommand(
        "pin-hash", "Print the kiosk configuration's line for the admin screen's PIN");
    pin_hash->add_option("PIN", pin_text, "The PIN, 4 to 8 digits")->required();

    auto* import = app.add_subcommand("import", "Check a pack and install it, atomically");
    import->add_option("PACK", pack, "The pack: a folder or a .zip")->required();
    import->add_flag("--force", force, "Install even a pack older than the installed one");
    add_data_dir(import);

    auto* info = app.add_subcommand("info", "Describe the installed catalogue");
    info->add_flag("--json", as_json, "Print JSON");
    add_data_dir(info);

    auto* rollback = app.add_subcommand("rollback", "Go back to the previous catalogue");
    add_data_dir(rollback);

    std::string query, lang_text = "fr";
    size_t limit = 10;
    auto* search = app.add_subcommand(
        "search", "Search the installed catalogue as the kiosk does, and show the ranking");
    search->add_option("QUERY", query, "What a visitor would type")->required();
    search->add_option("--lang", lang_text, "Language of the names shown: fr, ar, en or zgh")
        ->check(CLI::IsMember({"fr", "ar", "en", "zgh"}));
    search->add_option("--limit", limit, "Results of each kind, at most")
        ->check(CLI::Range(1, 1000));
    search->add_flag("--json", as_json, "Print JSON");
    add_data_dir(search);

    std::string route_to, route_from;
    std::vector<std::string> route_via;
    auto* route = app.add_subcommand(
        "route", "Show the walk from a kiosk to a stand on the installed floor plan");
    route->add_option("--to", route_to, "The stand to walk to, or \"exit\" for the nearest exit")
        ->required();
    route->add_option("--from", route_from, "The kiosk the walk starts from (default: the first)");
    route
        ->add_option("--via", route_via,
                     "Stands to visit on the way, in the best order (at most 10)")
        ->delimiter(',');
    route->add_flag("--json", as_json, "Print JSON");
    add_data_dir(route);

    std::vector<std::string> stats_files;
    std::string stats_out;
    auto* stats = app.add_subcommand(
        "stats", "Merge kiosks' statistics exports and write the organisers' report");
    stats->add_option("FILE", stats_files, "Exports: vitrine-stats-<kiosk>-<date>.csv")->required();
    stats->add_option("--out", stats_out, "The folder to write the report into")->required();
    stats->add_option("--data-dir", data_dir_text,
                      "A data directory with the fair's catalogue installed: the report then "
                      "names exhibitors and products instead of giving their ids");

    auto* init = app.add_subcommand("init", "Write a template pack to fill in");
    init->add_option("DIR", init_dir, "A new folder")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    }

    auto data_dir = [&] {
        return data_dir_text.empty() ? default_data_dir() : fs::path(data_dir_text);
    };

    try {
        if (*validate) {
            Diagnostics diags;
            Progress progress("Checking photos");
            CheckOptions options;
            options.progress = std::ref(progress);
            check_pack(pack, diags, options);
            return report(diags, "The pack is valid.");
        }
        if (*seal) {
            Diagnostics diags;
            Progress progress("Checking photos");
            CheckOptions options;
            options.progress = std::ref(progress);
            std::optional<fs::path> zip;
            if (!zip_out.empty())
                zip = zip_out;
            if (!sign_key.empty())
                options.sign_with = read_secret_key(sign_key);
            bool sealed = seal_pack(pack, diags, zip, options);
            std::string done = (sign_key.empty() ? "Sealed " : "Sealed and signed ") + pack +
                               (zip ? ", written to " + zip_out : "") + ".";
            int status = report(diags, sealed ? done : "");
            return sealed ? status : kInvalid;
        }
        if (*keygen) {
            KeyPair pair = write_key_pair(keygen_name);
            std::cout << "Wrote " << keygen_name << ".key (secret: keep it on the organisers' "
                      << "computer and a backup, never on a stick) and " << keygen_name
                      << ".pub (for the kiosks' trusted_keys). Key id "
                      << key_id_hex(pair.public_key.id) << ".\n";
            return kOk;
        }
        if (*pin_hash) {
            if (pin_text.size() < 4 || pin_text.size() > 8 ||
                pin_text.find_first_not_of("0123456789") != std::string::npos) {
                std::cerr << "vitrine-pack: the PIN must be 4 to 8 digits (the admin screen's "
                             "keypad has only digits)\n";
                return kUsage;
            }
            std::cout << "\"admin_pin_sha256\": \"" << hash_pin(pin_text) << "\"\n";
            return kOk;
        }
        if (*verify) {
            std::vector<PublicKey> keys{read_public_key(verify_key)};
            auto source = open_pack(pack);
            Diagnostics diags;
            bool trusted = verify_pack(*source, keys, diags);
            PackIdentity id = read_pack_identity(*source);
            std::string done = "Signed by key " + key_id_hex(keys[0].id) + ": fair " + id.fair_id +
                               ", version " + std::to_string(id.stamp.version) + ", created " +
                               id.stamp.created + ". No file changed since.";
            int status = report(diags, trusted ? done : "");
            return trusted ? status : kInvalid;
        }
        if (*import) {
            Store store(data_dir());
            Diagnostics diags;
            Progress progress("Importing photos");
            ImportOptions options;
            options.force = force;
            options.progress = std::ref(progress);
            ImportOutcome outcome = store.import_pack(pack, diags, options);
            if (outcome == ImportOutcome::already_installed) {
                report(diags, "");
                std::cout << "This pack is already installed: nothing to do.\n";
                return kOk;
            }
            if (outcome == ImportOutcome::refused) {
                report(diags, "");
                std::cout << "Nothing was imported: the installed catalogue is unchanged.\n";
                return kInvalid;
            }
            int status = report(diags, "Imported into " + store.dir().string() + ".");
            if (auto current = store.info().current)
                print_info("Installed", *current);
            return status;
        }
        if (*info) {
            Store store(data_dir());
            StoreInfo i = store.info();
            if (as_json) {
                nlohmann::ordered_json out = {{"data_dir", store.dir().string()}};
                out["current"] = i.current ? info_json(*i.current) : nlohmann::ordered_json();
                out["previous"] = i.previous ? info_json(*i.previous) : nlohmann::ordered_json();
                std::cout << out.dump(2) << "\n";
                return kOk;
            }
            if (!i.current) {
                std::cout << "No catalogue is installed in " << store.dir().string()
                          << " yet: import a pack with 'vitrine-pack import PACK'.\n";
                return kOk;
            }
            std::cout << "Data directory: " << store.dir().string() << "\n";
            print_info("Installed", *i.current);
            if (i.previous)
                print_info("Previous (for rollback)", *i.previous);
            return kOk;
        }
        if (*rollback) {
            Store store(data_dir());
            PackStamp stamp = store.rollback();
            std::cout << "Back to pack version " << stamp.version << " (" << stamp.created
                      << ").\n";
            return kOk;
        }
        if (*search) {
            Store store(data_dir());
            SearchResults results = store.open_search().query(
                query, lang_from_code(lang_text).value_or(Lang::fr), limit);
            if (results.failed) {
                std::cerr << "vitrine-pack: the search index could not be read\n";
                return kInvalid;
            }
            if (as_json)
                std::cout << search_json(results).dump(2) << "\n";
            else
                print_search(results);
            return kOk;
        }
        if (*route) {
            Store store(data_dir());
            try {
                return run_route(store.load(), route_to, route_from, route_via, as_json);
            } catch (const RouteProblem& p) {
                std::cerr << "vitrine-pack: " << p.message << "\n";
                return kInvalid;
            }
        }
        if (*stats)
            return run_stats(stats_files, stats_out, data_dir_text);
        if (*init) {
            write_template_pack(init_dir);
            std::cout << "Wrote a template pack in " << init_dir
                      << ". Fill its spreadsheets, then run: vitrine-pack validate " << init_dir
                      << "\n";
            return kOk;
        }
    } catch (const vitrine::Error& e) {
        std::cerr << "vitrine-pack: " << e.what() << "\n";
        return kInvalid;
    } catch (const std::exception& e) {
        std::cerr << "vitrine-pack: unexpected problem: " << e.what() << "\n";
        return kInvalid;
    }
    return kUsage;
}
