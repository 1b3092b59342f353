// vitrine-fairgen: sample product photos from a spec, and large synthetic packs for tests and
// benchmarks. Everything it writes depends only on its inputs.
#include "large_pack.h"
#include "photos.h"

#include <CLI/CLI.hpp>
#include <thread>

int main(int argc, char** argv) {
    CLI::App app{"Draws sample product photos and generates large synthetic data packs."};
    app.require_subcommand(1);
    unsigned jobs = 2;

    auto* photos = app.add_subcommand("photos", "Draw the product photos listed in a spec file");
    std::string spec, outDir;
    bool onlyMissing = false;
    photos
        ->add_option("--spec", spec,
                     "`;`-separated CSV: file;motif;seed;width;height;"
                     "orientation;color")
        ->required();
    photos->add_option("--out", outDir, "Folder the spec's file names are relative to")->required();
    photos->add_flag("--only-missing", onlyMissing, "Skip photos that already exist");
    photos->add_option("--jobs", jobs, "Threads drawing photos")->check(CLI::Range(1, 64));

    auto* large = app.add_subcommand("large", "Generate a synthetic pack of any size");
    int exhibitors = 0, products = 0;
    uint64_t seed = 1;
    std::string packDir;
    large->add_option("--exhibitors", exhibitors, "Number of exhibitors (one stand each)")
        ->required()
        ->check(CLI::Range(1, fairgen::kMaxLargeExhibitors));
    large->add_option("--products", products, "Number of products")
        ->required()
        ->check(CLI::Range(0, 10'000'000));
    large->add_option("OUT_DIR", packDir, "Folder to create (must not exist, or be empty)")
        ->required();
    large->add_option("--seed", seed, "Varies names, texts, product mix and photos");
    large->add_option("--jobs", jobs, "Threads drawing the photo pool")->check(CLI::Range(1, 64));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (photos->parsed()) {
        return fairgen::runPhotosCommand(spec, outDir, onlyMissing, jobs);
    }
    return fairgen::runLargeCommand({exhibitors, products, seed, jobs}, packDir);
}
