#include "app/lint.h"

#include "app/app.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"

#include <imgui.h>
#include <map>
#include <string>
#include <tuple>

namespace vitrine::kiosk {
namespace {

constexpr const char* kKinds[] = {"text cut by its box", "touch target under 64 px",
                                  "glyph missing from the atlas"};

// Every screen a visitor can reach, with every id it can show.
std::vector<Route> every_route(const Catalog& c) {
    std::vector<Route> routes{{ScreenKind::attract, {}}, {ScreenKind::home, {}},
                              {ScreenKind::sectors, {}}, {ScreenKind::stands, {}},
                              {ScreenKind::info, {}},    {ScreenKind::map, {}},
                              {ScreenKind::search, {}}};
    for (const Sector& s : c.sectors) {
        routes.push_back({ScreenKind::sector, s.id}); // a sub-sector opens filtered
        if (s.is_sector())
            routes.push_back({ScreenKind::map, "sector:" + s.id});
    }
    for (const Exhibitor& e : c.exhibitors) {
        routes.push_back({ScreenKind::exhibitor, e.id});
        routes.push_back({ScreenKind::map, "stand:" + e.stand});
    }
    for (const Product& p : c.products)
        routes.push_back({ScreenKind::product, p.id});
    for (const Facility& f : c.plan.facilities)
        routes.push_back({ScreenKind::map, "facility:" + f.id});
    // Search: results of every kind, and nothing found.
    for (const char* query : {"a", "zellige", "B1", "toilettes", "argan", "xqzw"})
        routes.push_back({ScreenKind::search, query});
    return routes;
}

} // namespace

int run_lint(const LintOptions& options, std::ostream& log) {
    struct Seen {
        std::string first; // where: size, language, screen
        int times = 0;
    };
    // Keyed by kind, text and detail, so a maker's name cut on 40 screens is one finding.
    std::map<std::tuple<int, std::string, std::string>, Seen> seen;
    int screens = 0;
    // Thousands of screens open: their "screen ..." lines would drown the findings.
    SDL_LogPriority before = SDL_LogGetPriority(SDL_LOG_CATEGORY_APPLICATION);
    SDL_LogSetPriority(SDL_LOG_CATEGORY_APPLICATION, SDL_LOG_PRIORITY_WARN);
    for (auto [width, height] : options.sizes) {
        HeadlessTarget target(width, height);
        AppOptions app_options;
        app_options.data_dir = options.data_dir;
        app_options.assets_dir = options.assets_dir;
        app_options.idle_timeout_s = 1e12; // thousands of frames, never a visitor leaving
        app_options.photos = false;        // the layout, not the photos
        App app(app_options);
        ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
        app.resize(width, height, renderer);
        std::vector<Route> routes;
        if (app.has_catalog())
            routes = every_route(*app.catalog());
        else
            routes = {{ScreenKind::no_catalog, {}}};
        std::vector<LayoutFinding> found;
        double now = 1;
        for (Lang lang : {Lang::fr, Lang::ar, Lang::en, Lang::zgh}) {
            app.set_lang(lang);
            for (const Route& route : routes) {
                app.nav().reset(route.kind == ScreenKind::attract ||
                                        route.kind == ScreenKind::no_catalog
                                    ? route
                                    : Route{ScreenKind::home, {}});
                if (app.nav().current() != route)
                    app.nav().go(route);
                app.ui().findings = nullptr;
                app.frame(now += 1.0 / 60); // the screen sets itself up for this route
                found.clear();
                app.ui().findings = &found;
                app.frame(now += 1.0 / 60);
                app.ui().findings = nullptr;
                ++screens;
                for (const LayoutFinding& f : found) {
                    Seen& s = seen[{static_cast<int>(f.kind), f.text, f.detail}];
                    if (s.times++ == 0)
                        s.first = std::to_string(width) + "x" + std::to_string(height) + " " +
                                  std::string(lang_code(lang)) + " " +
                                  std::string(screen_name(route.kind)) +
                                  (route.id.empty() ? "" : " " + route.id);
                }
            }
        }
    }
    SDL_LogSetPriority(SDL_LOG_CATEGORY_APPLICATION, before);
    for (const auto& [key, s] : seen) {
        const auto& [kind, text, detail] = key;
        log << s.first << ": " << kKinds[kind] << ": \"" << text << "\" (" << detail << ")";
        if (s.times > 1)
            log << ", and " << s.times - 1 << " more time" << (s.times > 2 ? "s" : "");
        log << "\n";
    }
    log << "layout check: " << screens << " screens drawn, " << seen.size() << " finding"
        << (seen.size() == 1 ? "" : "s") << "\n";
    return static_cast<int>(seen.size());
}

} // namespace vitrine::kiosk
