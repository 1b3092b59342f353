// [SECTION] Index
// - Totals: the counts summed the ways the report shows them
// - HTML and SVG pieces
// - The main page
// - An exhibitor's page
// - Writing the files
#include "vitrine/catalog/stats_report.h"

#include "durable.h"
#include "vitrine/catalog/model.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

// The kiosk's palette: sand, off-white, and the crafts' colours.
constexpr const char* kSand = "#f3e9d8";
constexpr const char* kOffWhite = "#fffaf2";
constexpr const char* kInk = "#2b2320";
constexpr const char* kTerracotta = "#c0583a";
constexpr const char* kMajorelle = "#2f4fc4";
constexpr const char* kSaffron = "#e3a232";
constexpr const char* kZellige = "#2f8a6e";
constexpr const char* kIndigo = "#33306b";

// [SECTION] Totals: the counts summed the ways the report shows them

struct Totals {
    std::map<Metric, std::map<std::string, int64_t>> by_key; // summed over hours and kiosks
    std::map<std::string, int64_t> visits_by_day;
    std::map<int, int64_t> visits_by_hour_of_day; // 0..23, summed over days
    std::map<int, int64_t> visit_lengths;
    std::set<std::string> kiosks;
    std::string first_hour, last_hour;
};

Totals total(const std::vector<KioskCount>& counts) {
    Totals t;
    for (const KioskCount& k : counts) {
        const StatCount& c = k.count;
        t.kiosks.insert(k.kiosk);
        t.by_key[c.metric][c.key] += c.count;
        if (t.first_hour.empty() || c.hour < t.first_hour)
            t.first_hour = c.hour;
        t.last_hour = std::max(t.last_hour, c.hour);
        if (c.metric == Metric::visits) {
            t.visits_by_day[c.hour.substr(0, 10)] += c.count;
            t.visits_by_hour_of_day[std::stoi(c.hour.substr(11, 2))] += c.count;
        } else if (c.metric == Metric::visit_length) {
            int lower = 0;
            try {
                lower = std::stoi(c.key);
            } catch (...) {
                continue;
            }
            t.visit_lengths[lower] += c.count;
        }
    }
    return t;
}

int64_t sum(const std::map<std::string, int64_t>& m) {
    int64_t n = 0;
    for (const auto& [k, v] : m)
        n += v;
    return n;
}

int64_t of(const Totals& t, Metric metric, const std::string& key) {
    auto m = t.by_key.find(metric);
    if (m == t.by_key.end())
        return 0;
    auto it = m->second.find(key);
    return it == m->second.end() ? 0 : it->second;
}

// The largest first, at most `limit`; ties by key, so the page is the same every time.
std::vector<std::pair<std::string, int64_t>> top(const Totals& t, Metric metric, size_t limit) {
    std::vector<std::pair<std::string, int64_t>> out;
    if (auto m = t.by_key.find(metric); m != t.by_key.end())
        out.assign(m->second.begin(), m->second.end());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

// [SECTION] HTML and SVG pieces

std::string escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string name_of(const std::map<std::string, std::string>& names, const std::string& id) {
    auto it = names.find(id);
    return it == names.end() || it->second.empty() ? id : it->second;
}

// "12 345": a thin space between thousands, as French and English print both read.
std::string number(int64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += "\u202f";
        out += digits[i];
    }
    return out;
}

std::string duration(double seconds) {
    long s = std::lround(seconds);
    return s < 60 ? std::to_string(s) + " s"
                  : std::to_string(s / 60) + " min " + (s % 60 < 10 ? "0" : "") +
                        std::to_string(s % 60) + " s";
}

std::string fmt(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

// Columns, one per label, with the value above each: visits by hour, by day.
std::string column_chart(const std::vector<std::pair<std::string, int64_t>>& data,
                         const char* colour, const std::string& title) {
    if (data.empty())
        return "<p class=\"empty\">Rien encore · Nothing yet</p>";
    const double width = 1100, height = 300, top_pad = 34, bottom = 40;
    int64_t most = 1;
    for (const auto& [label, v] : data)
        most = std::max(most, v);
    const double slot = width / static_cast<double>(data.size());
    const double bar = std::min(slot * 0.7, 80.0);
    std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + fmt(width) + " " + fmt(height) +
                      "\" role=\"img\" aria-label=\"" + escape(title) + "\">";
    svg += "<line x1=\"0\" y1=\"" + fmt(height - bottom) + "\" x2=\"" + fmt(width) + "\" y2=\"" +
           fmt(height - bottom) + "\" stroke=\"" + kInk + "\" stroke-opacity=\"0.25\"/>";
    for (size_t i = 0; i < data.size(); ++i) {
        const auto& [label, v] = data[i];
        double h = (height - top_pad - bottom) * static_cast<double>(v) / static_cast<double>(most);
        double x = slot * static_cast<double>(i) + (slot - bar) / 2;
        double y = height - bottom - h;
        svg += "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(bar) +
               "\" height=\"" + fmt(std::max(h, 1.0)) + "\" rx=\"6\" fill=\"" + colour + "\"/>";
        if (v > 0)
            svg += "<text x=\"" + fmt(x + bar / 2) + "\" y=\"" + fmt(y - 8) +
                   "\" text-anchor=\"middle\" class=\"value\">" + number(v) + "</text>";
        svg += "<text x=\"" + fmt(x + bar / 2) + "\" y=\"" + fmt(height - bottom + 26) +
               "\" text-anchor=\"middle\" class=\"axis\">" + escape(label) + "</text>";
    }
    return svg + "</svg>";
}

// Horizontal bars, largest first: the most viewed, the unmet searches. Labels are HTML (names
// may be Arabic, which the browser lays out right to left inside its cell).
std::string bar_list(const std::vector<std::pair<std::string, int64_t>>& data, const char* colour) {
    if (data.empty())
        return "<p class=\"empty\">Rien encore · Nothing yet</p>";
    int64_t most = 1;
    for (const auto& [label, v] : data)
        most = std::max(most, v);
    std::string out = "<table class=\"bars\">";
    for (const auto& [label, v] : data) {
        double w = 100.0 * static_cast<double>(v) / static_cast<double>(most);
        out += "<tr><th dir=\"auto\">" + label +
               "</th><td><svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\">"
               "<rect x=\"0\" y=\"0\" height=\"10\" rx=\"1.5\" width=\"" +
               fmt(std::max(w, 0.8)) + "\" fill=\"" + colour + "\"/></svg></td><td class=\"n\">" +
               number(v) + "</td></tr>";
    }
    return out + "</table>";
}

std::string page(const std::string& title, const std::string& body) {
    std::string css =
        std::string(R"(
*{box-sizing:border-box}
body{margin:0;background:)") +
        kSand + R"(;color:)" + kInk +
        R"(;font-family:"Noto Sans","Noto Sans Arabic UI","DejaVu Sans",sans-serif;font-size:20px;line-height:1.45}
main{max-width:1200px;margin:0 auto;padding:48px 40px 64px}
header{border-bottom:6px solid )" +
        kTerracotta + R"(;padding-bottom:20px;margin-bottom:36px}
h1{font-size:48px;line-height:1.1;margin:0 0 8px;color:)" +
        kIndigo + R"(}
h2{font-size:30px;margin:0 0 16px;color:)" +
        kIndigo + R"(}
.sub{font-size:22px;opacity:.75;margin:0}
.en{opacity:.65;font-weight:normal}
section{background:)" +
        kOffWhite +
        R"(;border-radius:18px;padding:28px 32px;margin:0 0 28px;box-shadow:0 2px 0 rgba(60,40,20,.08);break-inside:avoid}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:20px;margin-bottom:28px}
.figure{background:)" +
        kOffWhite + R"(;border-radius:18px;padding:22px 24px;border-top:8px solid var(--c)}
.figure b{display:block;font-size:40px;line-height:1.1;color:var(--c);white-space:nowrap}
.figure span{font-size:18px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:28px}
.two section{margin:0}
.chart{width:100%;height:auto;font-family:inherit}
.chart .value{font-size:20px;font-weight:bold;fill:)" +
        kInk + R"(}
.chart .axis{font-size:18px;fill:)" +
        kInk + R"(;opacity:.7}
table.bars{width:100%;border-collapse:collapse}
table.bars th{text-align:start;font-weight:normal;padding:6px 12px 6px 0;width:42%;overflow-wrap:anywhere}
table.bars td svg{width:100%;height:22px;display:block}
table.bars td.n{width:4.5em;text-align:end;font-weight:bold;padding-left:12px}
.empty{opacity:.6;font-style:italic}
.big{font-size:34px;line-height:1.3;margin:0 0 12px}
.big b{color:)" +
        kTerracotta + R"(}
a{color:)" +
        kMajorelle + R"(}
ul.links{columns:3;padding-left:1.2em}
footer{font-size:16px;opacity:.6;margin-top:36px}
@media print{body{background:#fff;font-size:14pt}main{padding:0}section,.figure{box-shadow:none;border:1px solid #d9cbb4}a{color:inherit;text-decoration:none}.noprint{display:none}}
)";
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<title>" +
           escape(title) + "</title><style>" + css + "</style></head><body><main>" + body +
           "</main></body></html>\n";
}

std::string figure(const char* colour, int64_t n, const std::string& label) {
    return std::string("<div class=\"figure\" style=\"--c:") + colour + "\"><b>" + number(n) +
           "</b><span>" + label + "</span></div>";
}

std::string figure_text(const char* colour, const std::string& value, const std::string& label) {
    return std::string("<div class=\"figure\" style=\"--c:") + colour + "\"><b>" + value +
           "</b><span>" + label + "</span></div>";
}

std::string period(const Totals& t) {
    if (t.first_hour.empty())
        return "";
    std::string from = t.first_hour.substr(0, 10), to = t.last_hour.substr(0, 10);
    return from == to ? from : from + " → " + to;
}

std::string file_name_of(const std::string& id) {
    std::string out;
    for (char c : id)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out + ".html";
}

// [SECTION] The main page

std::string named_list(const Totals& t, Metric metric,
                       const std::map<std::string, std::string>& names, const char* colour,
                       size_t limit = 12) {
    std::vector<std::pair<std::string, int64_t>> rows;
    for (auto& [id, n] : top(t, metric, limit))
        rows.push_back({escape(name_of(names, id)), n});
    return bar_list(rows, colour);
}

// "B07 · Coopérative Ayyur": a stand by its number and who is on it.
std::map<std::string, std::string> stand_names(const ReportNames& names) {
    std::map<std::string, std::string> out;
    for (const auto& [exhibitor, stand] : names.stands) {
        std::string& line = out[stand];
        line += (line.empty() ? stand + " · " : ", ") + name_of(names.exhibitors, exhibitor);
    }
    return out;
}

} // namespace

ReportNames ReportNames::from(const Catalog& catalog) {
    ReportNames names;
    names.fair = catalog.fair.name.in(Lang::fr);
    for (const Exhibitor& e : catalog.exhibitors) {
        names.exhibitors[e.id] = e.name.in(Lang::fr);
        names.stands[e.id] = e.stand;
    }
    for (const Product& p : catalog.products) {
        names.products[p.id] = p.name.in(Lang::fr);
        names.product_of[p.id] = p.exhibitor;
    }
    for (const Sector& s : catalog.sectors)
        names.sectors[s.id] = s.name.in(Lang::fr);
    return names;
}

std::string stats_report_html(const std::vector<KioskCount>& counts, const ReportNames& names) {
    Totals t = total(counts);
    const int64_t visits = sum(t.by_key[Metric::visits]);
    std::string b = "<header><h1>" + escape(names.fair.empty() ? "Vitrine" : names.fair) +
                    "</h1><p class=\"sub\">Statistiques des bornes <span class=\"en\">· Kiosk "
                    "statistics</span> — " +
                    escape(period(t)) + " — " + number(static_cast<int64_t>(t.kiosks.size())) +
                    (t.kiosks.size() == 1 ? " borne · kiosk" : " bornes · kiosks") +
                    "</p></header>";
    b += "<div class=\"figures\">";
    b += figure(kTerracotta, visits, "visites <span class=\"en\">· visits</span>");
    b += figure_text(kMajorelle, visits ? duration(median_visit_seconds(t.visit_lengths)) : "—",
                     "durée médiane <span class=\"en\">· median length</span>");
    b += figure(kZellige, sum(t.by_key[Metric::routes]),
                "chemins demandés <span class=\"en\">· routes asked</span>");
    b += figure(kSaffron, sum(t.by_key[Metric::qr_codes]),
                "QR codes montrés <span class=\"en\">· QR codes shown</span>");
    b += "</div>";

    std::vector<std::pair<std::string, int64_t>> hours;
    if (!t.visits_by_hour_of_day.empty()) {
        int first = t.visits_by_hour_of_day.begin()->first,
            last = t.visits_by_hour_of_day.rbegin()->first;
        for (int h = first; h <= last; ++h)
            hours.push_back({std::to_string(h) + "h", t.visits_by_hour_of_day[h]});
    }
    b += "<section><h2>Visites par heure <span class=\"en\">· Visits per hour</span></h2>" +
         column_chart(hours, kTerracotta, "Visites par heure") + "</section>";
    std::vector<std::pair<std::string, int64_t>> days;
    for (const auto& [day, n] : t.visits_by_day)
        days.push_back({day.substr(8, 2) + "/" + day.substr(5, 2), n});
    b += "<section><h2>Visites par jour <span class=\"en\">· Visits per day</span></h2>" +
         column_chart(days, kMajorelle, "Visites par jour") + "</section>";

    b += "<div class=\"two\"><section><h2>Exposants les plus vus <span class=\"en\">· Most viewed "
         "exhibitors</span></h2>" +
         named_list(t, Metric::exhibitor_views, names.exhibitors, kTerracotta) + "</section>";
    b += "<section><h2>Produits les plus vus <span class=\"en\">· Most viewed "
         "products</span></h2>" +
         named_list(t, Metric::product_views, names.products, kSaffron) + "</section></div>";
    b += "<div class=\"two\" style=\"margin-top:28px\"><section><h2>Recherches sans résultat "
         "<span class=\"en\">· Unmet searches</span></h2>" +
         named_list(t, Metric::searches_unmet, {}, kIndigo) +
         "<p class=\"sub\" style=\"font-size:17px;margin-top:12px\">Seules les recherches faites "
         "au moins " +
         std::to_string(kSearchThreshold) +
         " fois dans une journée sont gardées. <span "
         "class=\"en\">Only searches made at least " +
         std::to_string(kSearchThreshold) + " times in a day are kept.</span></p></section>";
    b += "<section><h2>Chemins demandés <span class=\"en\">· Routes asked</span></h2>" +
         named_list(t, Metric::routes, stand_names(names), kZellige) + "</section></div>";
    b += "<div class=\"two\" style=\"margin-top:28px\"><section><h2>Langues <span "
         "class=\"en\">· Languages</span></h2>";
    std::vector<std::pair<std::string, int64_t>> langs;
    const std::map<std::string, std::string> lang_names{
        {"fr", "Français"}, {"ar", "العربية"}, {"en", "English"}, {"zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ"}};
    for (auto& [code, n] : top(t, Metric::screens, 8))
        langs.push_back({escape(name_of(lang_names, code)), n});
    b += bar_list(langs, kMajorelle) + "</section>";
    b += "<section><h2>Secteurs les plus vus <span class=\"en\">· Most viewed sectors</span></h2>" +
         named_list(t, Metric::sector_views, names.sectors, kZellige, 8) + "</section></div>";

    std::set<std::string> exhibitors;
    for (const auto& [id, name] : names.exhibitors)
        exhibitors.insert(id);
    for (const auto& [id, n] : t.by_key[Metric::exhibitor_views])
        exhibitors.insert(id);
    b += "<section class=\"noprint\" style=\"margin-top:28px\"><h2>Une page par exposant <span "
         "class=\"en\">· A page per exhibitor</span></h2><ul class=\"links\">";
    for (const std::string& id : exhibitors)
        b += "<li><a href=\"exposants/" + escape(file_name_of(id)) + "\" dir=\"auto\">" +
             escape(name_of(names.exhibitors, id)) + "</a></li>";
    b += "</ul></section>";
    b += "<footer>Rien de personnel n'est compté : pas d'identifiant de visiteur, rien de plus fin "
         "que l'heure. · Nothing personal is counted: no visitor identifiers, nothing finer than "
         "the hour.</footer>";
    return page("Statistiques · " + (names.fair.empty() ? std::string("Vitrine") : names.fair), b);
}

// [SECTION] An exhibitor's page

std::string exhibitor_report_html(const std::vector<KioskCount>& counts, const ReportNames& names,
                                  const std::string& exhibitor) {
    Totals t = total(counts);
    const std::string name = name_of(names.exhibitors, exhibitor);
    auto stand_it = names.stands.find(exhibitor);
    const std::string stand = stand_it == names.stands.end() ? "" : stand_it->second;
    const int64_t views = of(t, Metric::exhibitor_views, exhibitor);
    const int64_t routes = stand.empty() ? 0 : of(t, Metric::routes, stand);
    int64_t product_views = 0;
    std::vector<std::pair<std::string, int64_t>> products;
    for (const auto& [id, n] : t.by_key[Metric::product_views]) {
        auto owner = names.product_of.find(id);
        if (owner == names.product_of.end() || owner->second != exhibitor)
            continue;
        product_views += n;
        products.push_back({escape(name_of(names.products, id)), n});
    }
    std::sort(products.begin(), products.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string b = "<header><h1 dir=\"auto\">" + escape(name) + "</h1><p class=\"sub\">" +
                    (stand.empty() ? "" : "Stand " + escape(stand) + " — ") +
                    escape(names.fair.empty() ? "Vitrine" : names.fair) + " — " +
                    escape(period(t)) + "</p></header>";
    // French says "0 visiteur", English "0 visitors".
    auto fr = [](int64_t n, const char* one, const char* many) {
        return "<b>" + number(n) + "</b> " + (n <= 1 ? one : many);
    };
    auto en = [](int64_t n, const char* one, const char* many) {
        return "<b>" + number(n) + "</b> " + (n == 1 ? one : many);
    };
    // Without the catalogue the stand is unknown, and so are the routes to it: not "0".
    b += "<section><p class=\"big\">Votre stand a été consulté " + fr(views, "fois", "fois") +
         " sur les bornes" +
         (stand.empty() ? "."
                        : ", et " + fr(routes, "visiteur a demandé", "visiteurs ont demandé") +
                              " le chemin.") +
         "</p>";
    b += "<p class=\"big en\">Your stand was viewed " + en(views, "time", "times") +
         " on the kiosks" +
         (stand.empty() ? "."
                        : ", and " + en(routes, "visitor asked", "visitors asked") + " the way.") +
         "</p></section>";
    b += "<div class=\"figures\" style=\"grid-template-columns:repeat(3,1fr)\">";
    b += figure(kTerracotta, views,
                "vues de votre fiche <span class=\"en\">· views of your page</span>");
    b += stand.empty() ? figure_text(kZellige, "—",
                                     "chemins demandés <span class=\"en\">· routes asked</span>")
                       : figure(kZellige, routes,
                                "chemins demandés <span class=\"en\">· routes asked</span>");
    b += figure(kSaffron, product_views,
                "vues de vos produits <span class=\"en\">· views of your products</span>");
    b += "</div>";
    if (products.size() > 10)
        products.resize(10);
    b += "<section><h2>Vos produits les plus vus <span class=\"en\">· Your most viewed "
         "products</span></h2>" +
         bar_list(products, kSaffron) + "</section>";
    b += "<p class=\"noprint\"><a href=\"../index.html\">← Toutes les statistiques · All "
         "statistics</a></p>";
    b += "<footer>Compté par les bornes du salon, sans rien de personnel. · Counted by the fair's "
         "kiosks, with nothing personal.</footer>";
    return page(name + " · Statistiques", b);
}

// [SECTION] Writing the files

ReportFiles write_stats_report(const std::vector<KioskCount>& counts, const ReportNames& names,
                               const fs::path& out) {
    ReportFiles files;
    try {
        fs::create_directories(out / "exposants");
        files.index = out / "index.html";
        durable::write_file(files.index, stats_report_html(counts, names), false);
        std::set<std::string> exhibitors;
        for (const auto& [id, name] : names.exhibitors)
            exhibitors.insert(id);
        if (exhibitors.empty())
            for (const KioskCount& k : counts)
                if (k.count.metric == Metric::exhibitor_views)
                    exhibitors.insert(k.count.key);
        for (const std::string& id : exhibitors) {
            fs::path file = out / "exposants" / file_name_of(id);
            durable::write_file(file, exhibitor_report_html(counts, names, id), false);
            files.exhibitors.push_back(file);
        }
        durable::sync_filesystem(out);
    } catch (const std::exception& e) {
        throw StatsError(out.string() + ": the report could not be written (" + e.what() +
                         "); check that the folder is writable and the disk not full");
    }
    return files;
}

} // namespace vitrine
