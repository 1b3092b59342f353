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
                                  "glyph missing from the atlas",
                                  "text with too little contrast on what is under it"};

// Every screen a visitor can reach, with every target it can show: each screen of the table
// (nav/screens.h) says its own.
std::vector<Route> every_route(const App& app) {
    std::vector<Route> routes;
    for (ScreenKind kind : kEveryScreenKind)
        for (Target& target : app.screen(kind).every_target(app.catalog()))
            routes.push_back({kind, std::move(target)});
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
        AppOptions app_options = options.app;
        app_options.idle_timeout_s = 1e12; // thousands of frames, never a visitor leaving
        app_options.photos = false;        // the layout, not the photos
        App app(app_options);
        ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
        app.resize(width, height, renderer);
        std::vector<Route> routes = every_route(app);
        std::vector<LayoutFinding> found;
        double now = 1;
        for (Lang lang : {Lang::fr, Lang::ar, Lang::en, Lang::zgh}) {
            app.set_lang(lang);
            for (const Route& route : routes) {
                app.nav().reset(app.screen(route.kind).resting() ? route
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
                                  (describe(route).empty() ? "" : " " + describe(route));
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
