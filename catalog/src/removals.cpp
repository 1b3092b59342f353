// What importing a pack takes away from the kiosks: exhibitors and products that disappear,
// texts, prices and photos that become empty. A different fair's pack removes everything, so
// the list ends with one line that says how much.
#include "pack_reading.h"
#include "vitrine/catalog/lang.h"
#include "vitrine/catalog/pack_reader.h"

namespace vitrine {
namespace {

struct Removed {
    size_t exhibitors = 0;
    size_t products = 0;
    size_t values = 0; // texts, prices, photo lists that become empty
};

std::string count_of(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void check_text(Diagnostics& diags, Removed& removed, const char* file, size_t line,
                const std::string& base, const Text& was, const Text& now) {
    for (Lang lang : kLangs) {
        if (was.exact(lang).empty() || !now.exact(lang).empty())
            continue;
        ++removed.values;
        diags.warning(file, line,
                      base + "_" + std::string(lang_code(lang)) +
                          " is empty, but the installed catalogue has text for it: importing "
                          "removes that text",
                      "if that is a mistake, fill the cell from your master spreadsheet");
    }
}

void check_exhibitors(const Catalog& installed, const PackContents& incoming, Diagnostics& diags,
                      Removed& removed) {
    for (const Exhibitor& old : installed.exhibitors) {
        const Exhibitor* now = incoming.catalog.exhibitor(old.id);
        if (!now) {
            ++removed.exhibitors;
            diags.warning(kExhibitorsFile, 0,
                          "exhibitor \"" + old.id + "\" (" + old.name.in(Lang::fr) +
                              ") is not in this pack: importing removes them from the kiosks",
                          "if that is a mistake, add their row back");
            continue;
        }
        size_t line = incoming.exhibitor_lines.at(old.id);
        check_text(diags, removed, kExhibitorsFile, line, "description", old.description,
                   now->description);
        check_text(diags, removed, kExhibitorsFile, line, "region", old.region, now->region);
    }
}

void check_products(const Catalog& installed, const PackContents& incoming, Diagnostics& diags,
                    Removed& removed) {
    for (const Product& old : installed.products) {
        const Product* now = incoming.catalog.product(old.id);
        if (!now) {
            ++removed.products;
            diags.warning(kProductsFile, 0,
                          "product \"" + old.id + "\" (" + old.name.in(Lang::fr) +
                              ") is not in this pack: importing removes it from the kiosks",
                          "if that is a mistake, add its row back");
            continue;
        }
        size_t line = incoming.product_lines.at(old.id);
        check_text(diags, removed, kProductsFile, line, "description", old.description,
                   now->description);
        check_text(diags, removed, kProductsFile, line, "material", old.material, now->material);
        if (old.price && !now->price) {
            ++removed.values;
            diags.warning(kProductsFile, line,
                          "price_mad is empty, but the installed catalogue has a price: "
                          "importing removes it");
        }
        if (!old.photos.empty() && now->photos.empty()) {
            ++removed.values;
            diags.warning(kProductsFile, line,
                          "photos is empty, but the installed product has photos: importing "
                          "removes them");
        }
    }
}

} // namespace

void report_removals(const Catalog& installed, const PackContents& incoming, Diagnostics& diags) {
    Removed removed;
    check_exhibitors(installed, incoming, diags, removed);
    check_products(installed, incoming, diags, removed);
    if (removed.exhibitors + removed.products + removed.values == 0)
        return;
    Diagnostic summary{
        Severity::warning, kManifestFile, 0,
        "importing this pack removes " + count_of(removed.exhibitors, "exhibitor", "exhibitors") +
            " of " + std::to_string(installed.exhibitors.size()) + ", " +
            count_of(removed.products, "product", "products") + " of " +
            std::to_string(installed.products.size()) + " and " +
            count_of(removed.values, "filled cell", "filled cells") + " from the kiosks",
        "the lines above name each one; if this is not the pack you meant, do "
        "not import it"};
    summary.last = true;
    diags.add(std::move(summary));
}

} // namespace vitrine
