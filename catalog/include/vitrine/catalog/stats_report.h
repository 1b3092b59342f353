// The organisers' report from the kiosks' statistics: one HTML page with SVG charts, and one
// printable page per exhibitor, in French and English. Pages are self-contained: no script, no
// web font, no image or style fetched from anywhere, so they open offline in any browser.
// Pure functions of their input; thread safe.
#pragma once

#include "vitrine/catalog/stats.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace vitrine {

struct Catalog;

// What the report calls things: names from the catalogue when one is installed, else the ids.
struct ReportNames {
    std::string fair;                                // the fair's name; may be empty
    std::map<std::string, std::string> exhibitors;   // id -> name
    std::map<std::string, std::string> stands;       // exhibitor id -> stand id
    std::map<std::string, std::string> products;     // id -> name
    std::map<std::string, std::string> product_of;   // product id -> exhibitor id
    std::map<std::string, std::string> sectors;      // id -> name
    static ReportNames from(const Catalog& catalog); // names in French, else the first given
};

struct ReportFiles {
    std::filesystem::path index;                   // out/index.html
    std::vector<std::filesystem::path> exhibitors; // out/exposants/<id>.html, in id order
};

// The main page's HTML.
std::string stats_report_html(const std::vector<KioskCount>& counts, const ReportNames& names);
// An exhibitor's page: "your stand was viewed 412 times, 37 visitors asked the way".
std::string exhibitor_report_html(const std::vector<KioskCount>& counts, const ReportNames& names,
                                  const std::string& exhibitor);

// Writes index.html and a page per exhibitor (every exhibitor of the catalogue, else every one
// the counts name) into `out`, creating it. Throws StatsError when it cannot write.
ReportFiles write_stats_report(const std::vector<KioskCount>& counts, const ReportNames& names,
                               const std::filesystem::path& out);

} // namespace vitrine
