// A whole pack read in memory, one of its files replaced by the input: the floor plan, the
// manifest or a CSV, checked together as an import checks them (stands in both the CSV and the
// plan, sectors of exhibitors, makers of products, walks to every stand).
// The first byte picks the file; the rest is its content.
#include "fuzz_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/wayfinding.h"

#include <array>

using namespace vitrine;

namespace {

constexpr std::array kFiles = {kFloorPlanFile,  kManifestFile, kSectorsFile,
                               kExhibitorsFile, kProductsFile, kStandsFile};

// The template an organiser starts from: every file, every column, one row each.
const std::map<std::string, std::string>& template_pack() {
    static const std::map<std::string, std::string> files = [] {
        const auto folder = fuzz::scratch_dir() / "template";
        write_template_pack(folder);
        return fuzz::read_folder(folder);
    }();
    return files;
}

const Catalog& installed() {
    static const Catalog catalog = [] {
        Diagnostics diags;
        fuzz::MemoryPack pack(template_pack());
        return read_pack(pack, diags).value().catalog;
    }();
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)installed();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    fuzz::MemoryPack pack(template_pack());
    pack.contents()[kFiles[data[0] % kFiles.size()]] =
        std::string(fuzz::as_text(data + 1, size - 1));

    Diagnostics diags;
    auto contents = read_pack(pack, diags);
    if (!contents) {
        if (!diags.has_errors())
            fuzz::broken("read_pack refused a pack without saying why");
        return 0;
    }
    report_removals(installed(), *contents, diags);
    if (diags.has_errors())
        return 0;
    // A pack without errors is installed: the kiosk then walks visitors to every stand.
    const FloorPlan& plan = contents->catalog.plan;
    Wayfinder wayfinder(plan);
    if (!plan.kiosks.empty())
        if (auto from = wayfinder.place(Place::Kind::kiosk, plan.kiosks.front().id))
            for (const auto& stand : plan.stands)
                if (auto to = wayfinder.place(Place::Kind::stand, stand.id))
                    (void)wayfinder.route(*from, *to);
    return 0;
}
