// Import throughput and catalogue load time, on the sample fair and on a large generated fair.
// Run through bench/run-catalog, which prepares the packs and passes them in:
//   VITRINE_BENCH_PACKS="sample=build/sample-pack large=build/bench/large-pack"
#include "bench_support.h"
#include "vitrine/catalog/store.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace vitrine;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("vitrine-bench-" + name);
    fs::remove_all(dir);
    return dir;
}

// A whole import from scratch: read, validate, decode and render every photo on every core,
// build and check the database, swap it in.
void import_pack(benchmark::State& state, const fs::path& pack, const std::string& name) {
    size_t photos = 0, products = 0;
    for (auto _ : state) {
        state.PauseTiming();
        fs::path dir = scratch(name);
        state.ResumeTiming();
        Store store(dir);
        Diagnostics diags;
        if (store.import_pack(pack, diags) != ImportOutcome::installed) {
            state.SkipWithError("the pack did not import");
            return;
        }
        state.PauseTiming();
        auto info = store.info().current;
        photos = info->photos;
        products = info->products;
        state.ResumeTiming();
    }
    state.counters["photos"] = static_cast<double>(photos);
    state.counters["photos_per_s"] = benchmark::Counter(
        static_cast<double>(photos), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["products_per_s"] = benchmark::Counter(
        static_cast<double>(products), benchmark::Counter::kIsIterationInvariantRate);
}

// What the kiosk does at start: the whole installed catalogue into memory, indexed.
void load_catalog(benchmark::State& state, const fs::path& pack, const std::string& name) {
    fs::path dir = scratch(name + "-load");
    Store store(dir);
    Diagnostics diags;
    if (store.import_pack(pack, diags) != ImportOutcome::installed) {
        state.SkipWithError("the pack did not import");
        return;
    }
    size_t products = 0;
    for (auto _ : state) {
        Catalog c = store.load();
        products = c.products.size();
        benchmark::DoNotOptimize(c);
    }
    state.counters["products"] = static_cast<double>(products);
}

} // namespace

int main(int argc, char** argv) {
    for (const auto& [name, pack] : bench::packs_from_env()) {
        benchmark::RegisterBenchmark(("import/" + name).c_str(), import_pack, pack, name)
            ->Unit(benchmark::kSecond)
            ->Iterations(1)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("load/" + name).c_str(), load_catalog, pack, name)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
