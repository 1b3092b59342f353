// vitrine: the kiosk. Thin over kiosk_core: parses options, then runs the window loop or the
// headless runner around the same App.

#include "app/app.h"
#include "app/headless.h"
#include "app/kiosk_settings.h"
#include "app/lint.h"
#include "platform/assets_dir.h"
#include "platform/frame_log.h"
#include "platform/imgui_sdl_renderer.h"
#include "platform/watchdog.h"
#include "platform/window.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pin.h"
#include "vitrine/catalog/signature.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::kiosk;

namespace {

struct Size {
    int width = 1920, height = 1080;
};

std::optional<Size> parse_size(const std::string& text) {
    Size s;
    char x = 0;
    std::istringstream in(text);
    if (!(in >> s.width >> x >> s.height) || x != 'x' || s.width < 320 || s.height < 320)
        return std::nullopt;
    return s;
}

// A list of paths or strings in the configuration; a clear message naming the file and key.
std::vector<std::string> string_list(const nlohmann::json& doc, const fs::path& file,
                                     const char* key) {
    std::vector<std::string> out;
    const nlohmann::json& v = doc[key];
    if (!v.is_array())
        throw std::runtime_error(file.string() + ": \"" + key +
                                 "\" must be a list of strings, e.g. [\"/media\"]");
    for (const nlohmann::json& item : v) {
        if (!item.is_string())
            throw std::runtime_error(file.string() + ": \"" + key +
                                     "\" must hold only strings in quotes");
        out.push_back(item.get<std::string>());
    }
    return out;
}

// A trusted key: a `.pub` file's path, or its base64 line itself.
PublicKey trusted_key(const std::string& text, const fs::path& file) {
    try {
        // A key line is base64 and may hold a '/': a file that exists is what decides.
        fs::path key_file = file.parent_path() / text;
        if (text.ends_with(".pub") || fs::exists(key_file))
            return read_public_key(key_file);
        return parse_public_key(text, file.string() + ": trusted_keys");
    } catch (const Error& e) {
        throw std::runtime_error(file.string() + ": \"trusted_keys\": " + e.what());
    }
}

// The kiosk's configuration file: {"idle_timeout_s": 90, "kiosk_id": "entree",
// "default_language": "fr", "kiosk_name": "Entrée", "watch": ["/media", "/run/media"],
// "trusted_keys": ["orga.pub"], "admin_pin_sha256": "..."}.
void read_config(const fs::path& file, AppOptions& options) {
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read the configuration " + file.string());
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (!doc.is_object())
        throw std::runtime_error(file.string() + " is not a JSON object");
    options.idle_timeout_s = doc.value("idle_timeout_s", options.idle_timeout_s);
    options.kiosk_id = doc.value("kiosk_id", options.kiosk_id);
    if (auto lang = lang_from_code(doc.value("default_language", std::string("fr"))))
        options.default_lang = *lang;
    try {
        options.updates.kiosk_name = doc.value("kiosk_name", options.kiosk_id);
        options.admin_pin_sha256 = doc.value("admin_pin_sha256", std::string());
    } catch (const nlohmann::json::exception&) {
        throw std::runtime_error(file.string() +
                                 ": \"kiosk_name\" and \"admin_pin_sha256\" must be strings");
    }
    if (!options.admin_pin_sha256.empty() && !is_pin_hash(options.admin_pin_sha256))
        throw std::runtime_error(file.string() +
                                 ": \"admin_pin_sha256\" is not a PIN hash: paste the line "
                                 "that `vitrine-pack pin-hash YOUR-PIN` prints");
    if (doc.contains("watch")) {
        options.updates.watch_roots.clear();
        for (const std::string& root : string_list(doc, file, "watch"))
            options.updates.watch_roots.emplace_back(root);
    }
    if (doc.contains("trusted_keys"))
        for (const std::string& key : string_list(doc, file, "trusted_keys"))
            options.updates.trusted_keys.push_back(trusted_key(key, file));
}

int run_window(AppOptions options, bool windowed, Size size) {
    KioskWindow window(WindowOptions{windowed, size.width, size.height});
    options.updates.enabled = true; // a kiosk on a screen takes sticks
    apply_kiosk_settings(options);  // what the admin screen chose wins over the file
    App app(std::move(options));
    ImGuiSdlRenderer renderer(window.renderer(), ImGui::GetIO());
    PixelSize px = window.size();
    app.resize(px.width, px.height, renderer);
    auto clock_start = std::chrono::steady_clock::now();
    auto now = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - clock_start)
            .count();
    };
    std::vector<SDL_Event> events;
    bool must_present = true; // the window shows nothing of ours yet
    ServiceWatchdog watchdog = ServiceWatchdog::from_environment();
    FrameLog frame_log = FrameLog::from_environment();
    while (true) {
        // Sleeps until an event, or until the app wants a frame (an animation, the idle
        // countdown): a kiosk nobody touches uses no CPU. Under systemd it also wakes to say it
        // is alive, without drawing.
        double waited_from = now();
        std::optional<double> wake = app.next_wake(waited_from);
        // Once a second it also looks whether an import landed, without drawing.
        std::optional<double> ping = watchdog.seconds_to_ping(waited_from);
        double timeout = std::min(wake.value_or(1e9), app.follow_in(waited_from));
        if (ping)
            timeout = std::min(timeout, *ping);
        window.wait_events(events, timeout);
        watchdog.tick(now());
        for (const SDL_Event& e : events) {
            if (e.type == SDL_QUIT)
                return 0;
            if (e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_q &&
                (e.key.keysym.mod & KMOD_CTRL))
                return 0; // for maintenance with a keyboard; visitors have none
            if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                PixelSize s = window.size();
                app.resize(s.width, s.height, renderer);
            }
            if (e.type == SDL_WINDOWEVENT)
                must_present = true; // exposed, shown, resized: the window may have lost it
            if (frame_log.on())
                frame_log.input(now(), e.type);
            app.handle(e, now());
        }
        app.pump_photos(window.renderer());
        app.follow_catalog(now());
        bool due = wake && now() >= waited_from + *wake - 0.002; // the next slide, the countdown
        if (!app.needs_frame() && !due)
            continue;
        app.frame(now());
        if (app.quit_requested())
            return 0;
        // A frame that changes nothing on screen is not rasterised again: without a GPU, that
        // is most of what the kiosk costs.
        if (!app.picture_changed() && !must_present)
            continue;
        must_present = false;
        SDL_SetRenderDrawColor(window.renderer(), 0xF3, 0xE9, 0xDA, 0xFF);
        SDL_RenderClear(window.renderer());
        renderer.render(ImGui::GetDrawData());
        window.present();
        frame_log.frame(now());
        watchdog.ready();
    }
}

} // namespace

int main(int argc, char** argv) {
    // glibc raises its mmap threshold whenever a large block is freed; from then on photos,
    // frames and font files are carved from the heap and stay there once freed. A fixed
    // threshold gives every large buffer back to the system when it goes (8 MiB at start-up).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    CLI::App cli{"vitrine: the kiosk catalogue of the fair"};
    std::string data_dir, pack, size_text = "1920x1080", lang_text, config, script, out, golden;
    bool windowed = false, headless = false, write_shots = false;
    int tolerance = 0;
    cli.add_option("--data-dir", data_dir, "Data directory (default as vitrine-pack's)");
    cli.add_option("--pack", pack, "Import this pack first");
    cli.add_flag("--windowed", windowed, "A window instead of fullscreen");
    cli.add_option("--size", size_text, "Window or render size, WxH")->capture_default_str();
    cli.add_option("--lang", lang_text, "Language: fr, ar, en or zgh");
    cli.add_option("--config", config, "Configuration file (JSON)");
    std::string assets_dir;
    cli.add_option("--assets-dir", assets_dir,
                   "Translations and other assets (default: ../share/vitrine next to the binary, "
                   "or $VITRINE_ASSETS_DIR)");
    cli.add_flag("--headless", headless, "Render with no display, driven by --script");
    cli.add_option("--script", script, "Headless: the scenario to run");
    cli.add_option("--out", out, "Headless: where failures (and shots) are written");
    cli.add_option("--golden", golden, "Headless: approved images to compare with");
    cli.add_option("--tolerance", tolerance, "Headless: per-channel difference tolerated");
    cli.add_flag("--write-shots", write_shots, "Headless: write every shot, not only failures");
    bool lint = false;
    cli.add_flag("--lint", lint,
                 "Headless: check every screen in every language and orientation for cut text, "
                 "small targets and missing glyphs");
    bool lint_two_sizes = false;
    cli.add_flag("--lint-two-sizes", lint_two_sizes,
                 "Headless: the layout check at 1920x1080 and 1080x1920 only (sanitizer builds)");
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int status = cli.exit(e);
        return e.get_exit_code() == 0 ? status : 2;
    }
    auto size = parse_size(size_text);
    if (!size) {
        std::cerr << "vitrine: --size takes WxH, e.g. 1920x1080 or 1080x1920\n";
        return 2;
    }
    AppOptions options;
    options.data_dir = data_dir.empty() ? default_data_dir() : fs::path(data_dir);
    try {
        std::optional<fs::path> assets_override;
        if (const char* env = std::getenv("VITRINE_ASSETS_DIR"); env && *env)
            assets_override = env;
        if (!assets_dir.empty())
            assets_override = assets_dir;
        // The source tree's copy is compiled in for a binary run from its build tree.
        options.assets_dir =
            find_assets_dir(assets_override, current_executable(), VITRINE_ASSETS_DIR);
        if (!config.empty())
            read_config(config, options);
        if (!lang_text.empty()) {
            auto lang = lang_from_code(lang_text);
            if (!lang) {
                std::cerr << "vitrine: --lang takes fr, ar, en or zgh\n";
                return 2;
            }
            options.default_lang = *lang;
        }
        if (!pack.empty()) {
            Store store(options.data_dir);
            Diagnostics diags;
            if (store.import_pack(pack, diags) == ImportOutcome::refused) {
                for (const Diagnostic& d : diags.sorted())
                    std::cerr << d.to_string() << "\n";
                std::cerr << "vitrine: the pack was not imported; starting with the installed "
                             "catalogue\n";
            }
        }
        if (headless && lint) {
            LintOptions l;
            l.app = options;
            if (lint_two_sizes)
                l.sizes.resize(2);
            return run_lint(l, std::cout) == 0 ? 0 : 1;
        }
        if (headless) {
            if (script.empty()) {
                std::cerr << "vitrine: --headless needs --script FILE\n";
                return 2;
            }
            HeadlessOptions h;
            h.width = size->width;
            h.height = size->height;
            h.app = options;
            h.script = script;
            h.out_dir = out;
            if (!golden.empty())
                h.golden_dir = fs::path(golden);
            h.tolerance = tolerance;
            h.write_shots = write_shots;
            return run_headless(h, std::cerr);
        }
        return run_window(options, windowed, *size);
    } catch (const DisplayUnavailable& e) {
        std::cerr << "vitrine: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "vitrine: " << e.what() << "\n";
        return 1;
    }
}
