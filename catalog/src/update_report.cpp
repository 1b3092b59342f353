#include "vitrine/catalog/update_report.h"

#include "durable.h"
#include "vitrine/catalog/errors.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

// A printed list stays readable; the JSON keeps every name.
constexpr size_t kNamesShown = 30;

std::string name_of(const Text& name, const std::string& id) {
    std::string fr = name.exact(Lang::fr);
    return fr.empty() ? id : fr;
}

bool same_exhibitor(const Exhibitor& a, const Exhibitor& b) {
    return a.name == b.name && a.kind == b.kind && a.city == b.city && a.region == b.region &&
           a.sector == b.sector && a.subsector == b.subsector && a.description == b.description &&
           a.phone == b.phone && a.email == b.email && a.website == b.website &&
           a.association == b.association && a.featured == b.featured;
}

bool same_price(const std::optional<Price>& a, const std::optional<Price>& b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->min_centimes == b->min_centimes && a->max_centimes == b->max_centimes);
}

bool same_product(const Product& a, const Product& b) {
    return a.exhibitor == b.exhibitor && a.name == b.name && a.description == b.description &&
           a.material == b.material && a.labels == b.labels && same_price(a.price, b.price) &&
           a.photos == b.photos;
}

// Added, changed and removed items of two lists keyed by id.
template <typename T, typename Same>
void diff_lists(const std::vector<T>* before, const std::vector<T>& after, Same same,
                std::vector<std::string>& added, std::vector<std::string>& changed,
                std::vector<std::string>& removed) {
    std::map<std::string, const T*> old;
    if (before)
        for (const T& item : *before)
            old[item.id] = &item;
    for (const T& item : after) {
        auto it = old.find(item.id);
        if (it == old.end())
            added.push_back(name_of(item.name, item.id));
        else if (!same(*it->second, item))
            changed.push_back(name_of(item.name, item.id));
        if (it != old.end())
            old.erase(it);
    }
    for (const auto& [id, item] : old)
        removed.push_back(name_of(item->name, id));
}

std::string stamp_text(const std::optional<PackStamp>& s, const char* none) {
    if (!s)
        return none;
    return std::to_string(s->version) + " (" + s->created + ")";
}

struct Words {
    const char* title;
    const char* colon;     // French puts a space before it
    const char* colon_end; // the same, ending a line
    const char* kiosk;
    const char* fair;
    const char* pack;
    const char* result;
    const char* outcomes[5];
    const char* before;
    const char* after;
    const char* none;
    const char* changes;
    const char* no_changes;
    const char* exhibitors[3];
    const char* products[3];
    const char* photos[2];
    const char* moved;
    const char* problems;
    const char* others;
    const char* more;
};

constexpr Words kFrench{
    "Vitrine - rapport de mise à jour du catalogue",
    " : ",
    " :",
    "Borne",
    "Foire",
    "Paquet",
    "Résultat",
    {"le nouveau catalogue est installé.", "ce paquet est déjà installé : rien à faire.",
     "paquet refusé : le catalogue installé n'a pas changé. Corrigez ce qui suit, puis "
     "remettez la clé.",
     "la mise à jour n'a pas pu aller au bout : le catalogue installé n'a pas changé. "
     "Remettez la clé pour réessayer.",
     "aucun paquet trouvé sur la clé : copiez le dossier du paquet (ou son .zip) à la racine "
     "de la clé."},
    "Version avant",
    "Version après",
    "aucune",
    "Changements",
    "aucun changement dans le contenu",
    {"Exposants ajoutés", "Exposants modifiés", "Exposants retirés"},
    {"Produits ajoutés", "Produits modifiés", "Produits retirés"},
    {"Photos ajoutées", "Photos retirées"},
    "Stands déplacés",
    "Problèmes à corriger",
    "Autres paquets sur la clé, non pris",
    "et %zu autres",
};

constexpr Words kEnglish{
    "Vitrine - catalogue update report",
    ": ",
    ":",
    "Kiosk",
    "Fair",
    "Pack",
    "Result",
    {"the new catalogue is installed.", "this pack is already installed: nothing to do.",
     "pack refused: the installed catalogue did not change. Fix what follows, then plug the "
     "stick in again.",
     "the update could not finish: the installed catalogue did not change. Plug the stick in "
     "again to retry.",
     "no pack found on the stick: copy the pack's folder (or its .zip) to the stick's top "
     "folder."},
    "Version before",
    "Version after",
    "none",
    "Changes",
    "no change in the content",
    {"Exhibitors added", "Exhibitors changed", "Exhibitors removed"},
    {"Products added", "Products changed", "Products removed"},
    {"Photos added", "Photos removed"},
    "Stands moved",
    "Problems to fix",
    "Other packs on the stick, not taken",
    "and %zu more",
};

void names_line(std::ostream& out, const char* label, const std::vector<std::string>& names,
                const Words& w) {
    if (names.empty())
        return;
    out << "  " << label << " (" << names.size() << ")" << w.colon;
    for (size_t i = 0; i < names.size() && i < kNamesShown; ++i)
        out << (i ? ", " : "") << names[i];
    if (names.size() > kNamesShown) {
        char more[64];
        std::snprintf(more, sizeof more, w.more, names.size() - kNamesShown);
        out << ", " << more;
    }
    out << "\n";
}

void section(std::ostream& out, const UpdateReport& r, const Words& w) {
    out << w.title << "\n\n";
    out << w.kiosk << w.colon << r.kiosk << "\n";
    out << w.fair << w.colon << r.fair << "\n";
    if (!r.pack.empty())
        out << w.pack << w.colon << r.pack << "\n";
    out << w.result << w.colon << w.outcomes[static_cast<int>(r.outcome)] << "\n";
    if (!r.reason.empty())
        out << "  " << r.reason << "\n";
    out << w.before << w.colon << stamp_text(r.before, w.none) << "\n";
    out << w.after << w.colon << stamp_text(r.after, w.none) << "\n";
    if (r.outcome == UpdateOutcome::installed) {
        out << "\n" << w.changes << w.colon_end << "\n";
        const CatalogChanges& c = r.changes;
        if (c.empty())
            out << "  " << w.no_changes << "\n";
        names_line(out, w.exhibitors[0], c.exhibitors_added, w);
        names_line(out, w.exhibitors[1], c.exhibitors_changed, w);
        names_line(out, w.exhibitors[2], c.exhibitors_removed, w);
        names_line(out, w.products[0], c.products_added, w);
        names_line(out, w.products[1], c.products_changed, w);
        names_line(out, w.products[2], c.products_removed, w);
        if (c.photos_added)
            out << "  " << w.photos[0] << w.colon << c.photos_added << "\n";
        if (c.photos_removed)
            out << "  " << w.photos[1] << w.colon << c.photos_removed << "\n";
        names_line(out, w.moved, c.stands_moved, w);
    }
    if (!r.problems.empty()) {
        out << "\n" << w.problems << " (" << r.problems.size() << ")" << w.colon_end << "\n";
        for (const Diagnostic& d : r.problems)
            out << "  " << d.to_string() << "\n";
    }
    if (!r.other_packs.empty())
        names_line(out, w.others, r.other_packs, w);
}

nlohmann::ordered_json stamp_json(const std::optional<PackStamp>& s) {
    if (!s)
        return nullptr;
    return {{"version", s->version}, {"created", s->created}};
}

} // namespace

bool CatalogChanges::empty() const {
    return exhibitors_added.empty() && exhibitors_changed.empty() && exhibitors_removed.empty() &&
           products_added.empty() && products_changed.empty() && products_removed.empty() &&
           photos_added == 0 && photos_removed == 0 && stands_moved.empty();
}

CatalogChanges diff_catalogs(const Catalog* before, const Catalog& after) {
    CatalogChanges c;
    diff_lists(before ? &before->exhibitors : nullptr, after.exhibitors, same_exhibitor,
               c.exhibitors_added, c.exhibitors_changed, c.exhibitors_removed);
    diff_lists(before ? &before->products : nullptr, after.products, same_product, c.products_added,
               c.products_changed, c.products_removed);
    for (const auto& [hash, photo] : after.photos)
        if (!before || !before->photos.contains(hash))
            ++c.photos_added;
    if (before) {
        for (const auto& [hash, photo] : before->photos)
            if (!after.photos.contains(hash))
                ++c.photos_removed;
        for (const Exhibitor& e : after.exhibitors)
            if (const Exhibitor* was = before->exhibitor(e.id); was && was->stand != e.stand)
                c.stands_moved.push_back(name_of(e.name, e.id) + ": " + was->stand + " → " +
                                         e.stand);
    }
    return c;
}

std::string_view outcome_key(UpdateOutcome outcome) {
    static constexpr std::string_view keys[] = {"installed", "already_installed", "refused",
                                                "failed", "no_pack"};
    return keys[static_cast<int>(outcome)];
}

std::string report_text(const UpdateReport& report) {
    std::ostringstream out;
    section(out, report, kFrench);
    out << "\n----------------------------------------\n\n";
    section(out, report, kEnglish);
    out << "\n" << report.finished_at << "\n";
    return out.str();
}

std::string report_json(const UpdateReport& r) {
    const CatalogChanges& c = r.changes;
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Diagnostic& d : r.problems)
        problems.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                            {"file", d.file},
                            {"line", d.line},
                            {"message", d.message},
                            {"hint", d.hint},
                            {"text", d.to_string()}});
    nlohmann::ordered_json out = {
        {"outcome", outcome_key(r.outcome)},
        {"kiosk", r.kiosk},
        {"fair", r.fair},
        {"pack", r.pack},
        {"other_packs", r.other_packs},
        {"before", stamp_json(r.before)},
        {"after", stamp_json(r.after)},
        {"reason", r.reason},
        {"changes",
         {{"exhibitors",
           {{"added", c.exhibitors_added},
            {"changed", c.exhibitors_changed},
            {"removed", c.exhibitors_removed}}},
          {"products",
           {{"added", c.products_added},
            {"changed", c.products_changed},
            {"removed", c.products_removed}}},
          {"photos", {{"added", c.photos_added}, {"removed", c.photos_removed}}},
          {"stands_moved", c.stands_moved}}},
        {"problems", problems},
        {"finished_at", r.finished_at},
    };
    return out.dump(2) + "\n";
}

WrittenReport write_report(const UpdateReport& report, const fs::path& folder,
                           const fs::path& fallback) {
    const std::string text = report_text(report);
    const std::string json = report_json(report);
    auto write_both = [&](const fs::path& where) {
        durable::write_file(where / kReportText, text);
        durable::write_file(where / kReportJson, json);
        durable::sync(where);
    };
    WrittenReport written;
    try {
        write_both(folder);
        written.folder = folder;
        written.on_stick = true;
        return written;
    } catch (const Error& e) {
        written.why_not = e.what();
    }
    std::error_code ec;
    fs::create_directories(fallback, ec);
    write_both(fallback); // throws StoreError: the boundary reports it
    written.folder = fallback;
    return written;
}

} // namespace vitrine
