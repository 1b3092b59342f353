#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/trust.h"
#include "vitrine/catalog/updater.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono;
using namespace vitrine;
using namespace vitrine::test;
using State = UpdateStatus::State;

namespace {

struct Kiosk {
    TempDir dir;
    fs::path data = dir / "data";
    KeyPair keys = generate_key_pair();

    UpdaterOptions options(bool signed_only = false) const {
        UpdaterOptions o;
        o.data_dir = data;
        o.kiosk_name = "entree";
        o.watch.roots = {};
        o.threads = 1;
        if (signed_only)
            o.trusted_keys = {keys.public_key};
        return o;
    }
    // A stick holding one pack in a folder named `name`, sealed and (optionally) signed.
    fs::path stick(const std::string& label, PackSpec spec = {}, bool sign = true,
                   const std::string& name = "foire") const {
        fs::path pack = dir / label / name;
        build_pack(pack, spec);
        Diagnostics diags;
        CheckOptions check;
        if (sign)
            check.sign_with = keys.secret_key;
        EXPECT_TRUE(seal_pack(pack, diags, std::nullopt, check));
        return dir / label;
    }
    std::optional<PackStamp> installed() const {
        auto current = Store(data).info().current;
        return current ? std::optional(current->stamp) : std::nullopt;
    }
};

UpdateStatus run_once(Updater& updater, const fs::path& stick, bool force = false) {
    updater.insert(stick, force);
    updater.wait_idle();
    return updater.status();
}

nlohmann::json report_on(const fs::path& folder) {
    return nlohmann::json::parse(read_file(folder / kReportJson));
}

} // namespace

TEST(Updater, AStickInstallsTheCatalogueAndSaysSoOnTheStick) {
    Kiosk k;
    fs::path stick = k.stick("cle");
    UpdaterOptions o = k.options(true);
    Updater* self = nullptr;
    std::vector<int> shown;
    int priority = 0;
    o.on_import_progress = [&](size_t, size_t) {
        UpdateStatus now = self->status();
        if (now.state == State::importing)
            shown.push_back(now.percent);
        priority = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
    };
    Updater updater(o);
    self = &updater;
    UpdateStatus s = run_once(updater, stick);
    EXPECT_EQ(s.state, State::done) << s.problem;
    // The banner's progress, and the import beside the kiosk at the lowest priority.
    EXPECT_EQ(shown.size(), 6u);
    EXPECT_TRUE(std::is_sorted(shown.begin(), shown.end()));
    EXPECT_EQ(priority, 19);
    EXPECT_EQ(s.outcome, UpdateOutcome::installed);
    EXPECT_EQ(s.percent, 100);
    EXPECT_EQ(s.installs, 1u);
    EXPECT_TRUE(s.report_on_stick);
    EXPECT_EQ(s.report, stick);
    ASSERT_TRUE(k.installed());
    EXPECT_EQ(k.installed()->version, 1);

    auto json = report_on(stick);
    EXPECT_EQ(json["outcome"], "installed");
    EXPECT_EQ(json["kiosk"], "entree");
    EXPECT_EQ(json["fair"], "Foire test");
    EXPECT_TRUE(json["before"].is_null());
    EXPECT_EQ(json["after"]["version"], 1);
    EXPECT_EQ(json["changes"]["exhibitors"]["added"].size(), 3u);
    std::string text = read_file(stick / kReportText);
    EXPECT_NE(text.find("le nouveau catalogue est installé"), std::string::npos) << text;
    EXPECT_NE(text.find("Exhibitors added (3)"), std::string::npos) << text;
    // A copy stays on the kiosk for the admin screen.
    EXPECT_TRUE(fs::exists(k.data / "reports"));

    // The same stick again: nothing to do.
    UpdateStatus again = run_once(updater, stick);
    EXPECT_EQ(again.outcome, UpdateOutcome::already_installed);
    EXPECT_EQ(again.installs, 1u);
    EXPECT_EQ(again.updates, 2u);
}

TEST(Updater, AStickRenamedIntoAWatchedRootIsPickedUp) {
    Kiosk k;
    fs::path root = k.dir / "media";
    fs::create_directories(root);
    UpdaterOptions o = k.options();
    o.watch.roots = {root};
    o.watch.settle = milliseconds(100);
    Updater updater(o);
    fs::path stick = k.stick("aside");
    fs::rename(stick, root / "CLE");
    ASSERT_TRUE(updater.wait_for_updates(1, seconds(30)));
    EXPECT_EQ(updater.status().outcome, UpdateOutcome::installed) << updater.status().problem;
    EXPECT_TRUE(fs::exists(root / "CLE" / kReportText));
    EXPECT_TRUE(updater.status().stick_present);
    fs::remove_all(root / "CLE");
    for (int i = 0; i < 100 && updater.status().stick_present; ++i)
        updater.wait_for_updates(2, milliseconds(100)); // no update comes: a bounded wait
    EXPECT_FALSE(updater.status().stick_present);
}

TEST(Updater, UnsignedAndTamperedPacksChangeNothing) {
    Kiosk k;
    Updater updater(k.options(true));
    ASSERT_EQ(run_once(updater, k.stick("v1")).outcome, UpdateOutcome::installed);

    fs::path unsigned_stick = k.stick("unsigned", {.version = 2}, false);
    UpdateStatus s = run_once(updater, unsigned_stick);
    EXPECT_EQ(s.state, State::refused);
    EXPECT_NE(s.problem.find("not signed"), std::string::npos) << s.problem;
    EXPECT_EQ(k.installed()->version, 1);
    EXPECT_EQ(report_on(unsigned_stick)["outcome"], "refused");

    fs::path photo = k.stick("photo", {.version = 2});
    write_file(photo / "foire/photos/p-1-1.jpg", solid_jpeg(64, 48, 0x00FF00));
    s = run_once(updater, photo);
    EXPECT_EQ(s.state, State::refused);
    EXPECT_NE(s.problem.find("photos/p-1-1.jpg"), std::string::npos) << s.problem;

    fs::path manifest = k.stick("manifest", {.version = 2});
    replace_in_file(manifest / "foire/manifest.json", "Foire test", "Foire tesT");
    s = run_once(updater, manifest);
    EXPECT_EQ(s.state, State::refused);
    EXPECT_NE(s.problem.find("signature does not match"), std::string::npos) << s.problem;
    EXPECT_EQ(k.installed()->version, 1);
}

TEST(Updater, OlderAndOtherFairPacksAreRefusedUnlessForced) {
    Kiosk k;
    Updater updater(k.options(true));
    ASSERT_EQ(run_once(updater, k.stick("v3", {.version = 3})).outcome, UpdateOutcome::installed);
    // A rollback of the store does not let an older stick in: the kiosk remembers version 3.
    ASSERT_EQ(run_once(updater, k.stick("v4", {.version = 4})).outcome, UpdateOutcome::installed);
    Store(k.data).rollback();

    fs::path old = k.stick("v2", {.version = 2});
    UpdateStatus s = run_once(updater, old);
    EXPECT_EQ(s.state, State::refused);
    EXPECT_NE(s.problem.find("older than version 4"), std::string::npos) << s.problem;
    EXPECT_EQ(k.installed()->version, 3);
    EXPECT_EQ(run_once(updater, old, true).outcome, UpdateOutcome::installed);
    EXPECT_EQ(k.installed()->version, 2);

    fs::path other = k.dir / "other/foire";
    build_pack(other, {.version = 9});
    replace_in_file(other / "manifest.json", "Foire test", "Autre foire");
    Diagnostics diags;
    CheckOptions check;
    check.sign_with = k.keys.secret_key;
    ASSERT_TRUE(seal_pack(other, diags, std::nullopt, check));
    s = run_once(updater, k.dir / "other");
    EXPECT_EQ(s.state, State::refused);
    EXPECT_NE(s.problem.find("another fair"), std::string::npos) << s.problem;
    EXPECT_EQ(k.installed()->version, 2);
}

TEST(Updater, ABrokenPackIsRefusedWithTheLinesValidatePrints) {
    Kiosk k;
    fs::path stick = k.dir / "broken";
    build_pack(stick / "foire");
    replace_in_file(stick / "foire/exhibitors.csv", "artisanat;poterie;S01", "artisant;;S01");
    Diagnostics validate;
    check_pack(stick / "foire", validate);
    ASSERT_TRUE(validate.has_errors());

    Updater updater(k.options());
    UpdateStatus s = run_once(updater, stick);
    EXPECT_EQ(s.state, State::refused);
    EXPECT_FALSE(k.installed());
    std::string text = read_file(stick / kReportText);
    for (const Diagnostic& d : validate.sorted())
        EXPECT_NE(text.find(d.to_string()), std::string::npos) << d.to_string() << "\n" << text;
}

TEST(Updater, TwoPacksOnAStickTheNewestIsTakenAndTheOtherNamed) {
    Kiosk k;
    fs::path stick = k.stick("cle", {.version = 2}, true, "foire-v2");
    k.stick("cle", {.version = 5}, true, "foire-v5");
    Updater updater(k.options(true));
    EXPECT_EQ(run_once(updater, stick).outcome, UpdateOutcome::installed);
    EXPECT_EQ(k.installed()->version, 5);
    auto json = report_on(stick);
    EXPECT_EQ(json["pack"], "foire-v5");
    EXPECT_EQ(json["other_packs"], nlohmann::json::array({"foire-v2"}));
}

TEST(Updater, AReadOnlyStickKeepsTheReportOnTheKiosk) {
    Kiosk k;
    fs::path stick = k.stick("cle");
    // Tests run as root, where chmod does not stop writes: the report's place is a folder.
    fs::create_directories(stick / kReportText);
    Updater updater(k.options());
    UpdateStatus s = run_once(updater, stick);
    EXPECT_EQ(s.outcome, UpdateOutcome::installed);
    EXPECT_FALSE(s.report_on_stick);
    EXPECT_EQ(s.report.parent_path(), k.data / "reports");
    EXPECT_EQ(report_on(s.report)["outcome"], "installed");
    EXPECT_EQ(updater.last_report()->outcome, UpdateOutcome::installed);
}

TEST(Updater, PulledOutMidImportKeepsTheOldCatalogueAndTheNextInsertionWorks) {
    Kiosk k;
    UpdaterOptions o = k.options();
    Updater first(o);
    ASSERT_EQ(run_once(first, k.stick("v1")).outcome, UpdateOutcome::installed);

    fs::path stick = k.stick("v2", {.version = 2});
    bool pulled = false;
    o.on_import_progress = [&](size_t, size_t) {
        if (!pulled)
            fs::remove_all(stick);
        pulled = true;
    };
    {
        Updater updater(o);
        UpdateStatus s = run_once(updater, stick);
        ASSERT_TRUE(pulled);
        EXPECT_EQ(s.state, State::failed);
        EXPECT_FALSE(s.report_on_stick);
        EXPECT_NE(s.problem.find("taken out"), std::string::npos) << s.problem;
        EXPECT_EQ(k.installed()->version, 1);
    }
    fs::path again = k.stick("v2", {.version = 2});
    EXPECT_EQ(run_once(first, again).outcome, UpdateOutcome::installed);
    EXPECT_EQ(k.installed()->version, 2);
}

TEST(Updater, NoFileStaysOpenOnTheStickAndExportsAreWritten) {
    Kiosk k;
    fs::path stick = k.stick("cle");
    UpdaterOptions o = k.options();
    o.extra_exports = [](const fs::path& s) { write_file(s / "stats.csv", "visits\n"); };
    Updater updater(o);
    ASSERT_EQ(run_once(updater, stick).outcome, UpdateOutcome::installed);
    EXPECT_TRUE(fs::exists(stick / "stats.csv"));
    for (const auto& fd : fs::directory_iterator("/proc/self/fd")) {
        std::error_code ec;
        fs::path target = fs::read_symlink(fd.path(), ec);
        EXPECT_FALSE(!ec && target.string().starts_with(stick.string())) << target;
    }
}

TEST(Updater, AStickWithNoPackSaysWhatToCopy) {
    Kiosk k;
    fs::create_directories(k.dir / "photos-de-vacances/2024");
    Updater updater(k.options());
    UpdateStatus s = run_once(updater, k.dir / "photos-de-vacances");
    EXPECT_EQ(s.outcome, UpdateOutcome::no_pack);
    EXPECT_NE(read_file(k.dir / "photos-de-vacances" / kReportText).find("aucun paquet"),
              std::string::npos);
}
