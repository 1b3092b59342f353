// Search as the kiosk runs it: one query per keystroke, each prefix of 30 realistic queries in
// French, Arabic and English (typos and stand numbers included), on the index the import
// writes, opened read-only. Also the index's build time (part of every import), the time to
// open it (part of the kiosk's start), and the memory it takes.
// Run through bench/run-search, which prepares the packs and passes them in:
//   VITRINE_BENCH_PACKS="sample=build/sample-pack large=build/bench/large-pack"
#include "bench_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/search.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;
using namespace vitrine;

namespace {

// What visitors type at a fair of Moroccan makers, as they type it.
std::vector<std::string> realistic_queries() {
    return {
        "poterie",
        "zellige",
        "tapis berbère",
        "huile d'argan",
        "miel de thym",
        "babouches",
        "coopérative",
        "Fès",
        "marrakech",
        "creme",
        "safran",
        "couscous",
        "زيت الأركان",
        "العسل",
        "زربية",
        "الزليج",
        "تعاونية نسائية",
        "argan oil",
        "pottery",
        "leather bag",
        "honey",
        "zelige",
        "argane",
        "tajien",
        "chebakiya",
        "B12",
        "stand 12",
        "lanterne en cuivre",
        "ghriba aux amandes",
        "theiere",
    };
}

// Every prefix, character by character, as the kiosk sees the query grow.
std::vector<std::string> keystrokes() {
    std::vector<std::string> out;
    for (const std::string& q : realistic_queries())
        for (size_t i = 1; i <= q.size(); ++i)
            if (i == q.size() || (static_cast<unsigned char>(q[i]) & 0xC0) != 0x80)
                out.push_back(q.substr(0, i));
    return out;
}

std::optional<Catalog> read_catalog(const fs::path& pack) {
    Diagnostics diags; // photo problems do not matter here: search never reads pixels
    auto contents = read_pack(*open_pack(pack), diags);
    if (!contents)
        return std::nullopt;
    return std::move(contents->catalog);
}

fs::path index_file(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("vitrine-bench-search-" + name);
    fs::create_directories(dir);
    return dir / "catalog.db";
}

// Resident memory of this process, in bytes (Linux, like the kiosk).
double resident_bytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) * 1024;
    return 0;
}

// The index of the whole catalogue, as the import builds it.
void build_index(benchmark::State& state, const fs::path& pack, const std::string& name) {
    auto catalog = read_catalog(pack);
    if (!catalog) {
        state.SkipWithError("the pack cannot be read");
        return;
    }
    fs::path file = index_file(name);
    for (auto _ : state)
        Search::build(*catalog, file);
    state.counters["products"] = static_cast<double>(catalog->products.size());
    state.counters["index_MB"] = static_cast<double>(fs::file_size(file)) / 1e6;
}

// What the kiosk does once at start: open the index and load its vocabulary.
void open_index(benchmark::State& state, const fs::path& pack, const std::string& name) {
    auto catalog = read_catalog(pack);
    if (!catalog) {
        state.SkipWithError("the pack cannot be read");
        return;
    }
    fs::path file = index_file(name + "-open");
    Search::build(*catalog, file);
    for (auto _ : state) {
        Search search(file);
        benchmark::DoNotOptimize(search);
    }
    fs::remove_all(file.parent_path());
}

// One query per keystroke; the counters give the distribution the kiosk's budget is about.
void keystroke(benchmark::State& state, const fs::path& pack, const std::string& name) {
    auto catalog = read_catalog(pack);
    if (!catalog) {
        state.SkipWithError("the pack cannot be read");
        return;
    }
    fs::path file = index_file(name + "-keys");
    Search::build(*catalog, file);
    catalog.reset();
    double before = resident_bytes();
    Search search(file);
    const std::vector<std::string> keys = keystrokes();
    std::vector<double> micros;
    size_t next = 0, hits = 0;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        SearchResults r = search.query(keys[next], Lang::fr, 10);
        auto elapsed = std::chrono::steady_clock::now() - start;
        micros.push_back(std::chrono::duration<double, std::micro>(elapsed).count());
        hits += r.hits.size();
        benchmark::DoNotOptimize(r);
        next = (next + 1) % keys.size();
    }
    std::sort(micros.begin(), micros.end());
    auto percentile = [&](double p) {
        return micros[std::min(micros.size() - 1, static_cast<size_t>(p * micros.size()))];
    };
    SearchMemory memory = search.memory();
    state.counters["keystrokes"] = static_cast<double>(keys.size());
    state.counters["p50_us"] = percentile(0.50);
    state.counters["p90_us"] = percentile(0.90);
    state.counters["p99_us"] = percentile(0.99);
    state.counters["max_us"] = micros.back();
    state.counters["hits_per_query"] = static_cast<double>(hits) / micros.size();
    state.counters["vocabulary_KB"] = static_cast<double>(memory.vocabulary) / 1e3;
    state.counters["sqlite_cache_KB"] = static_cast<double>(memory.sqlite_cache) / 1e3;
    state.counters["rss_growth_MB"] = (resident_bytes() - before) / 1e6;
    state.counters["index_MB"] = static_cast<double>(fs::file_size(file)) / 1e6;
    fs::remove_all(file.parent_path());
}

} // namespace

int main(int argc, char** argv) {
    auto packs = bench::packs_from_env();
    size_t keys = keystrokes().size();
    for (const auto& [name, pack] : packs) {
        benchmark::RegisterBenchmark(("search_build/" + name).c_str(), build_index, pack, name)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("search_open/" + name).c_str(), open_index, pack, name)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
        // Twenty passes over every keystroke: enough samples for a 99th percentile.
        benchmark::RegisterBenchmark(("search_keystroke/" + name).c_str(), keystroke, pack, name)
            ->Unit(benchmark::kMicrosecond)
            ->Iterations(static_cast<benchmark::IterationCount>(keys * 20))
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (const auto& [name, pack] : packs) {
        std::error_code ec;
        fs::remove_all(index_file(name).parent_path(), ec);
    }
    return 0;
}
