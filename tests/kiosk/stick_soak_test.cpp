// The stick soak: a running kiosk takes stick after stick, drawn at random from good, broken,
// hostile, older and tampered packs, some pulled out mid-import, while it keeps drawing. After
// every stick the catalogue is whole and the newest good one, shown by the kiosk, and the stick
// has its report. VITRINE_SOAK_INSERTIONS (default 20) and VITRINE_SOAK_SEED (default 1) size
// the run; bench/run-soak runs 200.
#include "app/app.h"
#include "pack_builder.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/updater.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <imgui.h>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>

namespace fs = std::filesystem;
using namespace std::chrono;
using namespace vitrine;
using namespace vitrine::kiosk;
using namespace vitrine::test;

namespace {

enum class Kind { good, pulled, broken, hostile, older, tampered };

const char* name_of(Kind kind) {
    constexpr const char* names[] = {"good", "pulled", "broken", "hostile", "older", "tampered"};
    return names[static_cast<int>(kind)];
}

long from_env(const char* name, long fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::atol(value) : fallback;
}

// The pack of version v: its maker count tells which version a kiosk shows.
PackSpec spec_of(int64_t version) {
    return {.exhibitors = 1 + static_cast<int>(version % 3),
            .products_per_exhibitor = 2,
            .version = static_cast<int>(version)};
}

class StickSoak : public ::testing::Test {
protected:
    void SetUp() override {
        UpdaterOptions o;
        o.data_dir = data;
        o.kiosk_name = "entree";
        o.threads = 1;
        o.trusted_keys = {keys.public_key};
        // Runs on the updater's thread: the stick goes at the first photo, as a hand pulls it.
        o.on_import_progress = [this](size_t, size_t) {
            std::lock_guard lock(pull_mutex);
            if (!to_pull.empty())
                fs::remove_all(to_pull);
            to_pull.clear();
        };
        updater = std::make_unique<Updater>(o);
        AppOptions a;
        a.data_dir = data;
        a.assets_dir = VITRINE_ASSETS_DIR;
        a.photos = false; // which catalogue is shown, not its pictures
        app = std::make_unique<App>(a);
        renderer = std::make_unique<ImGuiSdlRenderer>(target.renderer(), ImGui::GetIO());
        app->resize(target.width(), target.height(), *renderer);
        frame();
    }
    void TearDown() override {
        updater.reset();
        renderer.reset(); // its textures before the target, the ImGui context before the app
        app.reset();
    }

    // One frame, and how long it took: a kiosk that stalls behind an import fails the soak.
    void frame() {
        const auto start = steady_clock::now();
        now += 1.0 / 60;
        app->follow_catalog(now);
        app->frame(now);
        longest_frame = std::max(longest_frame, steady_clock::now() - start);
        ++frames;
    }

    fs::path sealed(const std::string& label, int64_t version, bool sign) {
        fs::path stick = sticks / label;
        build_pack(stick / "foire", spec_of(version));
        Diagnostics diags;
        CheckOptions check;
        if (sign)
            check.sign_with = keys.secret_key;
        EXPECT_TRUE(seal_pack(stick / "foire", diags, std::nullopt, check));
        return stick;
    }

    // A stick of that kind; the kinds that need an installed catalogue fall back to good.
    fs::path stick_of(Kind& kind, int index, std::mt19937& random) {
        const std::string label = "cle-" + std::to_string(index);
        if ((kind == Kind::older && newest < 2) || (kind == Kind::pulled && newest == 0))
            kind = Kind::good;
        switch (kind) {
        case Kind::good:
        case Kind::pulled:
            return sealed(label, newest + 1, true);
        case Kind::older:
            return sealed(label, 1 + random() % (newest - 1), true);
        case Kind::broken: {
            fs::path stick = sticks / label;
            build_pack(stick / "foire", spec_of(newest + 1));
            replace_in_file(stick / "foire/exhibitors.csv", "artisanat;poterie;S01",
                            "artisant;;S01");
            return stick;
        }
        case Kind::tampered: {
            fs::path stick = sealed(label, newest + 1, true);
            if (random() % 2)
                write_file(stick / "foire/photos/p-1-1.jpg", solid_jpeg(64, 48, 0x00FF00));
            else
                replace_in_file(stick / "foire/manifest.json", "Foire test", "Foire tesT");
            return stick;
        }
        case Kind::hostile:
            break;
        }
        fs::path stick = sticks / label;
        std::string noise(1 + random() % 4096, '\0');
        for (char& c : noise)
            c = static_cast<char>(random());
        switch (random() % 4) {
        case 0:
            write_file(stick / "foire/manifest.json", noise);
            break;
        case 1:
            write_file(stick / "foire.zip", "PK\x03\x04" + noise);
            break;
        case 2:
            sealed(label, newest + 1, true);
            write_file(stick / "foire/manifest.json.minisig", noise);
            break;
        default:
            write_file(stick / "photo-de-vacances.jpg", noise);
            break; // no pack at all
        }
        return stick;
    }

    // Inserts the stick and draws frames until its update is finished.
    UpdateStatus insert(const fs::path& stick) {
        const uint64_t before = updater->status().updates;
        updater->insert(stick);
        const auto give_up = steady_clock::now() + seconds(120);
        do {
            frame();
        } while (!updater->wait_for_updates(before + 1, milliseconds(2)) &&
                 steady_clock::now() < give_up);
        return updater->status();
    }

    // The virtual clock runs on until the kiosk has looked at the data directory again.
    void follow() {
        const double until = now + 1.5;
        while (now < until)
            frame();
    }

    TempDir dir;
    fs::path data = dir / "data";
    fs::path sticks = dir / "sticks";
    KeyPair keys = generate_key_pair();
    std::mutex pull_mutex;
    fs::path to_pull; // under pull_mutex
    std::unique_ptr<Updater> updater;
    HeadlessTarget target{640, 400};
    std::unique_ptr<App> app;
    std::unique_ptr<ImGuiSdlRenderer> renderer;
    double now = 10;
    int64_t newest = 0; // the newest good version inserted
    long frames = 0;
    steady_clock::duration longest_frame{};
};

} // namespace

TEST_F(StickSoak, EveryStickGetsItsReportAndTheNewestGoodCatalogueStaysWhole) {
    const long insertions = from_env("VITRINE_SOAK_INSERTIONS", 20);
    const long seed = from_env("VITRINE_SOAK_SEED", 1);
    std::mt19937 random(static_cast<unsigned>(seed));
    std::map<std::string, int> outcomes;
    for (int i = 0; i < insertions; ++i) {
        // good 30 %, pulled, broken, hostile, tampered 15 % each, older 10 %
        const int dice = static_cast<int>(random() % 100);
        Kind kind = dice < 30   ? Kind::good
                    : dice < 45 ? Kind::pulled
                    : dice < 60 ? Kind::broken
                    : dice < 75 ? Kind::hostile
                    : dice < 90 ? Kind::tampered
                                : Kind::older;
        const fs::path stick = stick_of(kind, i, random);
        SCOPED_TRACE("seed " + std::to_string(seed) + ", insertion " + std::to_string(i) + " (" +
                     name_of(kind) + ")");
        if (kind == Kind::pulled) {
            std::lock_guard lock(pull_mutex);
            to_pull = stick;
        }
        const long frames_before = frames;
        UpdateStatus s = insert(stick);
        if (kind == Kind::pulled) {
            // A pack whose photos the kiosk has already needs none copied: nothing to pull.
            std::lock_guard lock(pull_mutex);
            if (!to_pull.empty())
                kind = Kind::good;
            to_pull.clear();
        }
        ASSERT_EQ(s.updates, static_cast<uint64_t>(i + 1)) << "the update never finished";
        ASSERT_TRUE(s.outcome);
        ++outcomes[std::string(outcome_key(*s.outcome))];
        EXPECT_GT(frames, frames_before);

        if (kind == Kind::good) {
            EXPECT_EQ(s.outcome, UpdateOutcome::installed) << s.problem;
            if (s.outcome == UpdateOutcome::installed)
                ++newest;
        } else if (kind == Kind::pulled) {
            EXPECT_EQ(s.outcome, UpdateOutcome::failed) << s.problem;
        } else {
            EXPECT_NE(s.outcome, UpdateOutcome::installed) << s.problem;
        }
        // Every stick has its report: on it, or on the kiosk when the stick went away.
        const fs::path report = s.report_on_stick ? stick : s.report;
        EXPECT_EQ(s.report_on_stick, kind != Kind::pulled);
        ASSERT_TRUE(fs::exists(report / kReportText)) << report;
        auto json = nlohmann::json::parse(read_file(report / kReportJson));
        EXPECT_EQ(json["outcome"], outcome_key(*s.outcome));

        follow();
        if (newest == 0) { // no good stick yet: nothing installed, the calm "coming soon" page
            EXPECT_FALSE(app->catalog());
            EXPECT_FALSE(Store(data).info().current);
            fs::remove_all(stick);
            continue;
        }
        ASSERT_TRUE(app->catalog());
        EXPECT_EQ(app->catalog()->stamp.version, newest);
        // Whole: every maker and product of that version, each product with its photo.
        Store store(data);
        std::unique_ptr<ShownCatalog> installed = open_shown(store);
        const PackSpec spec = spec_of(newest);
        EXPECT_EQ(installed->catalog.stamp.version, newest);
        EXPECT_EQ(installed->catalog.exhibitors.size(), static_cast<size_t>(spec.exhibitors));
        EXPECT_EQ(installed->catalog.products.size(),
                  static_cast<size_t>(spec.exhibitors * spec.products_per_exhibitor));
        EXPECT_EQ(installed->catalog.photos.size(), installed->catalog.products.size());
        EXPECT_EQ(app->catalog()->exhibitors.size(), installed->catalog.exhibitors.size());
        if (HasFailure())
            return;
        fs::remove_all(stick);
    }
    // The kiosk never stopped drawing: no frame waited for an update.
    EXPECT_LT(duration<double>(longest_frame).count(), 1.0);
    std::string summary;
    for (const auto& [outcome, count] : outcomes)
        summary += " " + outcome + " " + std::to_string(count);
    std::printf("stick soak: seed %ld, %ld insertions:%s; %ld frames, longest %.0f ms\n", seed,
                insertions, summary.c_str(), frames,
                duration<double, std::milli>(longest_frame).count());
}
