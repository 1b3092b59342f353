// The kiosk's frame cost: the UI alone (ImGui and our screens building draw lists) and with
// software rasterising at 1080p, on the screens with the longest lists. The data directory is
// given by bench/run-kiosk: VITRINE_BENCH_DATA="sample=DIR large=DIR".
#include "app/app.h"
#include "bench_support.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"

#include <benchmark/benchmark.h>
#include <imgui.h>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::kiosk;

namespace {

// A frame of `route` at 1920x1080; with `raster`, also drawn by the software renderer.
void frame(benchmark::State& state, fs::path data, kiosk::Route route, bool raster) {
    HeadlessTarget target(1920, 1080);
    AppOptions options;
    options.data_dir = data;
    options.assets_dir = VITRINE_ASSETS_DIR;
    options.idle_timeout_s = 1e12; // thousands of frames must not count as a visitor leaving
    App app(options);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    app.resize(1920, 1080, renderer);
    app.nav().reset(kiosk::Route{ScreenKind::home, {}});
    double now = 1; // soon after a touch: the idle timeout must not send it to attract
    app.frame(now += 1.0 / 60);
    if (route.kind == ScreenKind::sector && !route.as<SectorId>()) {
        // The sector with the most makers: the longest list.
        const Sector* largest = nullptr;
        for (const Sector& s : app.ui().catalog->sectors)
            if (s.is_sector() && (!largest || s.exhibitor_count > largest->exhibitor_count))
                largest = &s;
        route.target = SectorId{largest->id};
    }
    if (const StandId* stand = route.as<StandId>(); stand && stand->id.empty()) {
        // The way to the plan's last stand: across the hall from the kiosk on both fairs.
        route.target = StandId{app.ui().catalog->plan.stands.back().id};
    }
    app.nav().go(route);
    for (int i = 0; i < 5; ++i) { // photos requested, decoded and uploaded before measuring
        app.frame(now += 1.0 / 60);
        app.photos().wait_decoded();
        app.pump_photos(target.renderer());
    }
    for (auto _ : state) {
        app.frame(now += 1.0 / 60);
        if (raster)
            renderer.render(ImGui::GetDrawData());
    }
    state.counters["vertices"] = ImGui::GetDrawData()->TotalVtxCount;
}

} // namespace

int main(int argc, char** argv) {
    for (const auto& [name, dir] : bench::paths_from_env("VITRINE_BENCH_DATA")) {
        // The largest sector: every maker card of it is laid out, the visible ones drawn.
        for (bool raster : {false, true}) {
            std::string suffix = raster ? "/ui+raster" : "/ui";
            benchmark::RegisterBenchmark(("sector/" + name + suffix).c_str(), frame, dir,
                                         kiosk::Route{ScreenKind::sector, {}}, raster)
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("stands/" + name + suffix).c_str(), frame, dir,
                                         kiosk::Route{ScreenKind::stands, {}}, raster)
                ->Unit(benchmark::kMillisecond);
            // The map: every stand of the hall (2,000 on the large fair) in its sector's colour,
            // and the same with the way to a stand drawn over it.
            benchmark::RegisterBenchmark(("map/" + name + suffix).c_str(), frame, dir,
                                         kiosk::Route{ScreenKind::map, {}}, raster)
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("map-route/" + name + suffix).c_str(), frame, dir,
                                         kiosk::Route{ScreenKind::map, StandId{}}, raster)
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("home/" + name + suffix).c_str(), frame, dir,
                                         kiosk::Route{ScreenKind::home, {}}, raster)
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
