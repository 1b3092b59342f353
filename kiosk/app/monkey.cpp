#include "app/monkey.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace vitrine::kiosk {
namespace {

// A crash or an assertion ends the process without unwinding: the handler can only read
// process-wide state, so the run being replayed is kept here (one monkey per process).
volatile uint64_t g_seed = 0;
volatile long g_action = -1;

void write_number(int fd, uint64_t n) {
    char digits[24];
    int i = sizeof digits;
    do {
        digits[--i] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0 && i > 0);
    (void)!::write(fd, digits + i, sizeof digits - i);
}

// Async-signal-safe: write(2) only.
void say_where() {
    if (g_action < 0)
        return;
    const char a[] = "\nmonkey: died at seed ";
    (void)!::write(2, a, sizeof a - 1);
    write_number(2, g_seed);
    const char b[] = ", action ";
    (void)!::write(2, b, sizeof b - 1);
    write_number(2, static_cast<uint64_t>(g_action));
    const char c[] = " (replay: monkey SEED ACTION+1)\n";
    (void)!::write(2, c, sizeof c - 1);
}

void on_fatal_signal(int signal) {
    say_where();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

const char* kind_name(LayoutFinding::Kind kind) {
    switch (kind) {
    case LayoutFinding::Kind::clipped:
        return "text cut by its box";
    case LayoutFinding::Kind::small_target:
        return "touch target too small";
    case LayoutFinding::Kind::missing_glyph:
        return "character missing from the font";
    case LayoutFinding::Kind::low_contrast:
        return "text with too little contrast";
    }
    return "finding";
}

class Monkey {
public:
    Monkey(const MonkeyOptions& options, MonkeyHands& hands)
        : options_(options), hands_(hands), random_(options.seed) {}

    // One action drawn from the seed; returns its name for the failure message.
    const char* act() {
        int dice = pick(100);
        if (dice < 60)
            return tap_tappable() ? "tap" : tap_anywhere();
        if (dice < 68)
            return tap_anywhere();
        if (dice < 78)
            return drag(0.3, "drag");
        if (dice < 84)
            return drag(0.08, "swipe");
        if (dice < 88)
            return pinch();
        if (dice < 95)
            return type();
        if (dice < 99)
            return switch_language();
        hands_.idle(options_.idle_reset_s);
        return "idle reset";
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
    float between(float from, float to) {
        return std::uniform_real_distribution<float>(from, to)(random_);
    }
    ImVec2 anywhere() {
        Rect s = hands_.screen();
        return {between(s.x, s.x + s.w - 1), between(s.y, s.y + s.h - 1)};
    }

    bool tap_tappable() {
        const auto& items = hands_.items();
        tappable_.clear();
        for (const VisibleItem& item : items)
            if (item.tappable)
                tappable_.push_back(item.rect);
        if (tappable_.empty())
            return false;
        // Anywhere inside the target, as a finger lands, not at its exact centre.
        const Rect r = tappable_[pick(static_cast<int>(tappable_.size()))];
        hands_.tap(between(r.x, r.x + r.w), between(r.y, r.y + r.h));
        return true;
    }

    const char* tap_anywhere() {
        ImVec2 at = anywhere();
        hands_.tap(at.x, at.y);
        return "tap anywhere";
    }

    const char* drag(double seconds, const char* name) {
        ImVec2 from = anywhere(), to = anywhere();
        hands_.drag(from.x, from.y, to.x, to.y, seconds);
        return name;
    }

    const char* pinch() {
        ImVec2 at = anywhere();
        Rect s = hands_.screen();
        float span = std::min(s.w, s.h) / 2;
        hands_.pinch(at.x, at.y, between(40, span), between(40, span), 0.3);
        return "pinch";
    }

    // A few keys of the on-screen keyboard when one is shown: short labels that can be tapped.
    const char* type() {
        int keys = 1 + pick(6);
        for (int i = 0; i < keys; ++i) {
            tappable_.clear();
            for (const VisibleItem& item : hands_.items())
                if (item.tappable && !item.text.empty() && item.text.size() <= 4)
                    tappable_.push_back(item.rect);
            if (tappable_.empty())
                return tap_tappable() ? "tap" : tap_anywhere();
            const Rect r = tappable_[pick(static_cast<int>(tappable_.size()))];
            hands_.tap(r.centre().x, r.centre().y);
        }
        return "type";
    }

    const char* switch_language() {
        constexpr Lang langs[] = {Lang::fr, Lang::ar, Lang::en, Lang::zgh};
        hands_.set_lang(langs[pick(4)]);
        return "language switch";
    }

    const MonkeyOptions& options_;
    MonkeyHands& hands_;
    std::mt19937_64 random_;
    std::vector<Rect> tappable_;
};

// Under ASan its own handlers report a wrong access (then call the death callback); an
// assertion's abort is ours in every build.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kFatalSignals[] = {SIGABRT};
#else
constexpr int kFatalSignals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
#endif

struct FatalHandlers {
    FatalHandlers() {
        for (int s : kFatalSignals)
            std::signal(s, on_fatal_signal);
#if defined(__SANITIZE_ADDRESS__)
        __sanitizer_set_death_callback(say_where);
#endif
    }
    ~FatalHandlers() {
        g_action = -1;
        for (int s : kFatalSignals)
            std::signal(s, SIG_DFL);
    }
};

} // namespace

long resident_kb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

MonkeyReport run_monkey(const MonkeyOptions& options, MonkeyHands& hands, std::ostream& log) {
    FatalHandlers handlers;
    g_seed = options.seed;
    Monkey monkey(options, hands);
    MonkeyReport report;
    // Caches fill during the first tenth (fonts, shaped text, photos, search): growth after
    // that is what a long day would accumulate.
    const long warm_up = std::max(1L, options.actions / 10);
    const long sample_every = std::max(1L, options.actions / 20);
    const auto start = std::chrono::steady_clock::now();
    auto where = [&](long i, const char* action) {
        return "monkey seed " + std::to_string(options.seed) + ", action " + std::to_string(i) +
               " (" + action + ")";
    };
    for (long i = 0; i < options.actions; ++i) {
        g_action = i;
        const char* action = "?";
        try {
            action = monkey.act();
        } catch (const std::exception& e) {
            throw MonkeyFailure(where(i, action) + ": " + e.what());
        }
        std::vector<LayoutFinding> findings = hands.check_layout();
        if (!findings.empty())
            throw MonkeyFailure(where(i, action) + ": " + kind_name(findings.front().kind) +
                                ": \"" + findings.front().text + "\" " + findings.front().detail);
        if (i + 1 == warm_up)
            report.rss_after_warm_up_kb = resident_kb();
        if ((i + 1) % sample_every == 0 || i + 1 == options.actions) {
            report.rss_curve_kb.emplace_back(i + 1, resident_kb());
            log << "monkey: " << (i + 1) << " actions, VmRSS " << report.rss_curve_kb.back().second
                << " KiB\n";
        }
    }
    report.actions = options.actions;
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.rss_end_kb = resident_kb();
    double growth = report.rss_after_warm_up_kb > 0
                        ? 100.0 *
                              static_cast<double>(report.rss_end_kb - report.rss_after_warm_up_kb) /
                              static_cast<double>(report.rss_after_warm_up_kb)
                        : 0;
    std::ostringstream summary;
    summary.setf(std::ios::fixed);
    summary.precision(1);
    summary << "monkey: seed " << options.seed << ", " << report.actions << " actions in "
            << report.seconds << " s ("
            << static_cast<double>(report.actions) / std::max(report.seconds, 1e-9)
            << " a second); VmRSS " << report.rss_after_warm_up_kb << " KiB after warm-up, "
            << report.rss_end_kb << " KiB at the end (" << growth << " %)\n";
    log << summary.str();
    return report;
}

} // namespace vitrine::kiosk
