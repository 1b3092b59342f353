#include "app/headless.h"

#include "app/app.h"
#include "app/monkey.h"
#include "app/scenario_sticks.h"
#include "platform/headless_target.h"
#include "platform/image.h"
#include "platform/imgui_sdl_renderer.h"

#include <fstream>
#include <imgui.h>
#include <iostream>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace vitrine::kiosk {
namespace {

constexpr double kFrame = 1.0 / 60.0;

// Splits a scenario line into words, keeping "quoted text" whole.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t') {
            ++i;
            continue;
        }
        if (line[i] == '#')
            break;
        if (line[i] == '"') {
            size_t end = line.find('"', i + 1);
            if (end == std::string::npos)
                throw std::runtime_error("a quote is not closed");
            out.push_back(line.substr(i + 1, end - i - 1));
            i = end + 1;
        } else {
            size_t end = line.find_first_of(" \t", i);
            out.push_back(line.substr(i, end == std::string::npos ? std::string::npos : end - i));
            i = end == std::string::npos ? line.size() : end;
        }
    }
    return out;
}

class Runner : public MonkeyHands {
public:
    explicit Runner(const HeadlessOptions& options)
        : options_(options), target_(options.width, options.height),
          app_(sticks_.wire(options.app)), renderer_(target_.renderer(), ImGui::GetIO()) {
        app_.resize(options.width, options.height, renderer_);
        settle();
    }

    // Runs one line; throws std::runtime_error with the reason when it fails.
    void line(const std::vector<std::string>& w) {
        const std::string& cmd = w[0];
        auto need = [&](size_t n) {
            if (w.size() != n)
                throw std::runtime_error("'" + cmd + "' takes " + std::to_string(n - 1) +
                                         " argument(s)");
        };
        if (cmd == "tap" && w.size() == 2) {
            ImVec2 at = find(w[1], true);
            tap(at.x, at.y);
        } else if (cmd == "tap") {
            need(3);
            tap(std::stof(w[1]), std::stof(w[2]));
        } else if (cmd == "drag") {
            if (w.size() != 5 && w.size() != 6)
                throw std::runtime_error("'drag' takes X1 Y1 X2 Y2 [MS]");
            drag(std::stof(w[1]), std::stof(w[2]), std::stof(w[3]), std::stof(w[4]),
                 w.size() == 6 ? std::stod(w[5]) / 1000 : 0.3);
        } else if (cmd == "pinch") {
            if (w.size() != 5 && w.size() != 6)
                throw std::runtime_error("'pinch' takes X Y FROM TO [MS]");
            pinch(std::stof(w[1]), std::stof(w[2]), std::stof(w[3]), std::stof(w[4]),
                  w.size() == 6 ? std::stod(w[5]) / 1000 : 0.4);
        } else if (cmd == "type") {
            need(2);
            type(w[1]);
        } else if (cmd == "wait") {
            need(2);
            pass(std::stod(w[1]) / 1000);
        } else if (cmd == "idle") {
            need(2);
            pass(std::stod(w[1]));
        } else if (cmd == "lang") {
            need(2);
            auto lang = lang_from_code(w[1]);
            if (!lang)
                throw std::runtime_error("unknown language '" + w[1] + "': fr, ar, en or zgh");
            app_.set_lang(*lang);
            settle();
        } else if (cmd == "shot") {
            need(2);
            shot(w[1]);
        } else if (cmd == "expect") {
            need(2);
            find(w[1], false);
        } else if (cmd == "stick" && w.size() == 3 && w[1] == "insert") {
            sticks_.insert(options_.script.parent_path() / w[2], *app_.updates().updater());
        } else if (cmd == "stick" && w.size() == 3 && w[1] == "hold") {
            sticks_.hold(std::stoi(w[2]));
        } else if (cmd == "stick" && w.size() == 2 && w[1] == "pull") {
            sticks_.pull();
        } else if (cmd == "corner-tap") {
            need(2);
            corner_taps(std::stoi(w[1]));
        } else if (cmd == "wait-update") {
            need(1);
            sticks_.wait(*app_.updates().updater());
            app_.follow_catalog(now_);
            settle();
        } else if (cmd == "monkey") {
            need(3);
            MonkeyOptions monkey;
            monkey.seed = std::stoull(w[1]);
            monkey.actions = std::stol(w[2]);
            run_monkey(monkey, *this, std::cout);
        } else {
            throw std::runtime_error("unknown command '" + cmd +
                                     "' (tap, drag, pinch, type, wait, idle, lang, shot, expect, "
                                     "stick insert|hold|pull, wait-update, corner-tap, monkey)");
        }
    }

    ~Runner() { sticks_.release(); } // a held import lets the updater's thread be joined

    void finish() {
        if (shots_.empty() || options_.out_dir.empty())
            return;
        fs::create_directories(options_.out_dir);
        write_png(contact_sheet(shots_, 4, 480), options_.out_dir / "contact-sheet.png");
    }

    // [SECTION] The monkey's hands: the same input path as the scenario's lines
    void set_lang(Lang lang) override {
        app_.set_lang(lang);
        settle();
    }
    void idle(double seconds) override { pass(seconds); }
    const std::vector<VisibleItem>& items() override {
        settle();
        return app_.ui().items();
    }
    std::vector<LayoutFinding> check_layout() override {
        std::vector<LayoutFinding> found;
        app_.ui().findings = &found;
        frame();
        app_.ui().findings = nullptr;
        settle();
        return found;
    }
    Rect screen() const override {
        return {0, 0, static_cast<float>(options_.width), static_cast<float>(options_.height)};
    }

private:
    // One frame at the fixed clock's next tick.
    void frame() {
        now_ += kFrame;
        app_.frame(now_);
    }

    // Frames until nothing moves, nothing is queued and every photo asked for has arrived.
    void settle(int max_frames = 900) {
        for (int i = 0; i < max_frames; ++i) {
            app_.photos().wait_decoded();
            app_.pump_photos(target_.renderer());
            if (!app_.needs_frame())
                return;
            frame();
        }
    }

    // Time passes without a touch: frames only when the app asks for one, as the kiosk does.
    void pass(double seconds) {
        double end = now_ + seconds;
        settle();
        while (true) {
            auto wake = app_.next_wake(now_);
            if (!wake || now_ + *wake >= end)
                break;
            now_ += std::max(*wake - kFrame, 0.0);
            frame();
            settle();
        }
        now_ = end - kFrame;
        frame();
        settle();
    }

    void push(SDL_Event e) { app_.handle(e, now_); }

    void mouse(Uint32 type, float x, float y) {
        SDL_Event e{};
        e.type = type;
        if (type == SDL_MOUSEMOTION) {
            e.motion.x = static_cast<int>(x), e.motion.y = static_cast<int>(y);
            e.motion.state = SDL_BUTTON_LMASK;
        } else {
            e.button.button = SDL_BUTTON_LEFT;
            e.button.x = static_cast<int>(x), e.button.y = static_cast<int>(y);
            e.button.clicks = 1;
        }
        push(e);
    }

    void tap(float x, float y) override {
        // Down and up within one frame: the shortest tap there is, which must never be lost.
        mouse(SDL_MOUSEMOTION, x, y);
        mouse(SDL_MOUSEBUTTONDOWN, x, y);
        mouse(SDL_MOUSEBUTTONUP, x, y);
        settle();
    }

    // Taps in the bottom-left corner, a third of a second apart: the admin screen's gesture.
    void corner_taps(int n) {
        for (int i = 0; i < n; ++i) {
            tap(12, static_cast<float>(options_.height) - 12);
            pass(0.3);
        }
    }

    void drag(float x1, float y1, float x2, float y2, double seconds) override {
        mouse(SDL_MOUSEBUTTONDOWN, x1, y1);
        frame();
        int steps = std::max(1, static_cast<int>(seconds / kFrame));
        for (int i = 1; i <= steps; ++i) {
            float t = static_cast<float>(i) / static_cast<float>(steps);
            mouse(SDL_MOUSEMOTION, x1 + (x2 - x1) * t, y1 + (y2 - y1) * t);
            frame();
        }
        mouse(SDL_MOUSEBUTTONUP, x2, y2);
        settle();
    }

    // Two fingers either side of (x, y), horizontally, from `from` pixels apart to `to`.
    void pinch(float x, float y, float from, float to, double seconds) override {
        auto finger = [&](Uint32 type, SDL_FingerID id, float fx, float fy) {
            SDL_Event e{};
            e.type = type;
            e.tfinger.touchId = 1;
            e.tfinger.fingerId = id;
            e.tfinger.x = fx / static_cast<float>(options_.width);
            e.tfinger.y = fy / static_cast<float>(options_.height);
            e.tfinger.pressure = 1;
            push(e);
        };
        finger(SDL_FINGERDOWN, 1, x - from / 2, y);
        frame();
        finger(SDL_FINGERDOWN, 2, x + from / 2, y);
        frame();
        int steps = std::max(1, static_cast<int>(seconds / kFrame));
        for (int i = 1; i <= steps; ++i) {
            float d = from + (to - from) * static_cast<float>(i) / static_cast<float>(steps);
            finger(SDL_FINGERMOTION, 1, x - d / 2, y);
            finger(SDL_FINGERMOTION, 2, x + d / 2, y);
            frame();
        }
        finger(SDL_FINGERUP, 2, x + to / 2, y);
        frame();
        finger(SDL_FINGERUP, 1, x - to / 2, y);
        settle();
    }

    void type(const std::string& text) {
        // One key per character, tapped by its label, as a visitor would.
        for (size_t i = 0; i < text.size();) {
            size_t n = 1;
            auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0xF0)
                n = 4;
            else if (c >= 0xE0)
                n = 3;
            else if (c >= 0xC0)
                n = 2;
            std::string ch = text.substr(i, n);
            i += n;
            if (ch == " ")
                ch = app_.i18n().tr(app_.ui().lang, "keyboard.space");
            ImVec2 at = find(ch, true, true);
            tap(at.x, at.y);
        }
    }

    // The centre of the visible item showing `text`; throws when there is none.
    ImVec2 find(const std::string& text, bool tappable, bool exact = true) {
        settle();
        const VisibleItem* best = nullptr;
        for (const VisibleItem& item : app_.ui().items()) {
            bool match =
                exact && tappable ? item.text == text : item.text.find(text) != std::string::npos;
            if (!match || (tappable && !item.tappable))
                continue;
            best = &item;
            if (item.text == text)
                break;
        }
        if (!best) {
            if (tappable && !exact)
                return find(text, true, true);
            throw std::runtime_error(
                std::string(tappable ? "nothing to tap shows" : "nothing visible shows") + " \"" +
                text + "\"");
        }
        return best->rect.centre();
    }

    void shot(const std::string& name) {
        settle();
        // Photos asked for by the last frame arrive before the picture is taken.
        for (int i = 0; i < 5; ++i) {
            frame();
            app_.photos().wait_decoded();
            if (!app_.pump_photos(target_.renderer()))
                break;
        }
        target_.clear(Rgba{0xF3, 0xE9, 0xDA, 0xFF});
        renderer_.render(ImGui::GetDrawData());
        // Kept for the contact sheet, not copied: a 1080p shot is 8 MiB.
        shots_.push_back({name, target_.snapshot()});
        const Image& actual = shots_.back().second;
        bool written = false;
        auto write = [&](const Image& image, const std::string& file) {
            fs::create_directories(options_.out_dir);
            write_png(image, options_.out_dir / file);
            written = true;
        };
        if (options_.write_shots && !options_.out_dir.empty())
            write(actual, name + ".png");
        if (!options_.golden_dir)
            return;
        fs::path golden = *options_.golden_dir / (name + ".png");
        auto expected = read_png(golden);
        if (!expected) {
            if (!options_.out_dir.empty() && !written)
                write(actual, name + ".png");
            throw std::runtime_error("no approved image " + golden.string() +
                                     ": check the shot, then run scripts/approve-renders");
        }
        ImageDiff diff = compare(actual, *expected, options_.tolerance);
        if (diff.differing_pixels == 0)
            return;
        if (!options_.out_dir.empty()) {
            write(actual, name + ".actual.png");
            write(*expected, name + ".expected.png");
            write(diff.diff, name + ".diff.png");
        }
        throw std::runtime_error("shot \"" + name + "\" differs from the approved image in " +
                                 std::to_string(diff.differing_pixels) +
                                 " pixels (largest difference " + std::to_string(diff.max_delta) +
                                 "); see " + (options_.out_dir / (name + ".diff.png")).string());
    }

    const HeadlessOptions& options_;
    HeadlessTarget target_;
    ScenarioSticks sticks_;     // before the app, whose updater watches its root
    App app_;                   // owns the ImGui context...
    ImGuiSdlRenderer renderer_; // ...which this backend is registered with, and goes first
    double now_ = 1000.0;       // a fixed clock: the same frames at the same times on every run
    std::vector<std::pair<std::string, Image>> shots_;
};

} // namespace

int run_headless(const HeadlessOptions& options, std::ostream& log) {
    std::ifstream in(options.script);
    if (!in) {
        log << options.script.string() << ": cannot read the scenario\n";
        return 2;
    }
    Runner runner(options);
    std::string text;
    int number = 0;
    while (std::getline(in, text)) {
        ++number;
        std::vector<std::string> w;
        try {
            w = words(text);
            if (w.empty())
                continue;
            runner.line(w);
        } catch (const std::exception& e) {
            log << options.script.string() << ":" << number << ": " << e.what() << "\n";
            runner.finish();
            return 1;
        }
    }
    runner.finish();
    return 0;
}

} // namespace vitrine::kiosk
