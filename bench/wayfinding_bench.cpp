// Wayfinding as the kiosk uses it: the walk from its kiosk to every stand of the hall in turn
// (the longest walks included), building the walkable grid from the floor plan (once, when the
// catalogue loads, and at every validation), and a visitor's shortlist of 10 stands walked in
// the best order to an exit: one search per place instead of one A* per pair of places.
// Run through bench/run-route, which prepares the packs and passes them in:
//   VITRINE_BENCH_PACKS="sample=build/sample-pack large=build/bench/large-pack"
#include "bench_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/wayfinding.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;
using namespace vitrine;

namespace {

std::optional<FloorPlan> read_plan(const fs::path& pack) {
    Diagnostics diags; // photos do not matter here
    auto contents = read_pack(*open_pack(pack), diags);
    if (!contents)
        return std::nullopt;
    return std::move(contents->catalog.plan);
}

// The kiosk's "you are here": the plan's first kiosk, else its first door.
std::optional<Place> start_of(const Wayfinder& w, const FloorPlan& plan) {
    if (!plan.kiosks.empty())
        return w.place(Place::Kind::kiosk, plan.kiosks.front().id);
    if (!plan.doors.empty())
        return w.place(Place::Kind::door, plan.doors.front().id);
    return std::nullopt;
}

void construct(benchmark::State& state, const fs::path& pack) {
    auto plan = read_plan(pack);
    if (!plan) {
        state.SkipWithError("the pack cannot be read");
        return;
    }
    double cells = 0;
    for (auto _ : state) {
        Wayfinder w(*plan);
        cells = (plan->bounds().width / w.resolution()) * (plan->bounds().depth / w.resolution());
        benchmark::DoNotOptimize(w);
    }
    state.counters["stands"] = static_cast<double>(plan->stands.size());
    state.counters["cells_k"] = cells / 1e3;
}

// One route per iteration, to each stand in turn; the counters give the distribution.
void route_to_every_stand(benchmark::State& state, const fs::path& pack) {
    auto plan = read_plan(pack);
    if (!plan || plan->stands.empty()) {
        state.SkipWithError("the pack cannot be read, or has no stands");
        return;
    }
    const Wayfinder w(*plan);
    auto from = start_of(w, *plan);
    if (!from) {
        state.SkipWithError("the plan has no kiosk and no door");
        return;
    }
    std::vector<Place> stands;
    for (const Stand& s : plan->stands)
        stands.push_back(*w.place(Place::Kind::stand, s.id));
    std::vector<double> micros;
    double metres = 0, longest = 0;
    size_t next = 0, failed = 0;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        std::optional<Walk> r = w.route(*from, stands[next]);
        auto elapsed = std::chrono::steady_clock::now() - start;
        micros.push_back(std::chrono::duration<double, std::micro>(elapsed).count());
        if (r) {
            metres += r->metres;
            longest = std::max(longest, r->metres);
        } else {
            ++failed;
        }
        benchmark::DoNotOptimize(r);
        next = (next + 1) % stands.size();
    }
    std::sort(micros.begin(), micros.end());
    auto percentile = [&](double p) {
        return micros[std::min(micros.size() - 1, static_cast<size_t>(p * micros.size()))];
    };
    state.counters["stands"] = static_cast<double>(stands.size());
    state.counters["p50_us"] = percentile(0.50);
    state.counters["p99_us"] = percentile(0.99);
    state.counters["max_us"] = micros.back();
    state.counters["mean_m"] = metres / static_cast<double>(micros.size() - failed);
    state.counters["longest_m"] = longest;
    state.counters["unreachable"] = static_cast<double>(failed);
}

// Ten stands spread over the hall, listed in plan order (not the walking order), to the
// nearest exit.
void tour_of_ten(benchmark::State& state, const fs::path& pack) {
    auto plan = read_plan(pack);
    if (!plan || plan->stands.size() < Wayfinder::kMaxStops) {
        state.SkipWithError("the pack cannot be read, or has fewer than 10 stands");
        return;
    }
    const Wayfinder w(*plan);
    auto from = start_of(w, *plan);
    std::vector<Place> stops;
    size_t stride = plan->stands.size() / Wayfinder::kMaxStops;
    for (size_t k = 0; k < Wayfinder::kMaxStops; ++k)
        stops.push_back(*w.place(Place::Kind::stand, plan->stands[k * stride + stride / 2].id));
    double metres = 0;
    for (auto _ : state) {
        std::optional<Walk> r = w.tour(*from, stops);
        if (!r) {
            state.SkipWithError("the tour found no walk");
            return;
        }
        metres = r->metres;
        benchmark::DoNotOptimize(r);
    }
    state.counters["tour_m"] = metres;
}

} // namespace

int main(int argc, char** argv) {
    for (const auto& [name, pack] : bench::packs_from_env()) {
        benchmark::RegisterBenchmark(("wayfinder_build/" + name).c_str(), construct, pack)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
        // Four passes over every stand of the sample; one over the large hall's 2,000.
        benchmark::RegisterBenchmark(("route_every_stand/" + name).c_str(), route_to_every_stand,
                                     pack)
            ->Unit(benchmark::kMicrosecond)
            ->Iterations(name == "sample" ? 280 : 2000)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("tour_10_stops/" + name).c_str(), tour_of_ten, pack)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
