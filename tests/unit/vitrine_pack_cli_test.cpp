// The organisers' tool as they use it: commands, messages and exit statuses.
#include "pack_builder.h"
#include "test_support.h"

#include <array>
#include <cstdio>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace vitrine::test;

TEST(VitrinePackCli, ExitStatusesAreZeroOneTwo) {
    TempDir dir;
    build_pack(dir / "good");
    build_pack(dir / "bad");
    replace_in_file(dir / "bad/exhibitors.csv", "terroir;;S02", "nowhere;;S02");
    EXPECT_EQ(run_tool("validate " + (dir / "good").string()).status, 0);
    ToolRun bad = run_tool("validate " + (dir / "bad").string());
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.output.find("exhibitors.csv:3: error: unknown sector \"nowhere\""),
              std::string::npos)
        << bad.output;
    EXPECT_NE(bad.output.find("1 error, 0 warnings"), std::string::npos) << bad.output;
    EXPECT_EQ(run_tool("").status, 2);
    EXPECT_EQ(run_tool("frobnicate").status, 2);
    EXPECT_EQ(run_tool("validate").status, 2);
    EXPECT_EQ(run_tool("--help").status, 0);
    EXPECT_EQ(run_tool("import --help").status, 0);
}

TEST(VitrinePackCli, InitImportInfoRollback) {
    TempDir dir;
    fs::path data = dir / "data";
    EXPECT_EQ(run_tool("init " + (dir / "fair").string()).status, 0);
    ToolRun imported =
        run_tool("import " + (dir / "fair").string() + " --data-dir " + data.string());
    ASSERT_EQ(imported.status, 0) << imported.output;
    EXPECT_NE(imported.output.find("1 exhibitors, 1 products"), std::string::npos)
        << imported.output;
    ToolRun info = run_tool("info --json --data-dir " + data.string());
    EXPECT_EQ(info.status, 0);
    EXPECT_NE(info.output.find("\"products\": 1"), std::string::npos) << info.output;
    ToolRun rollback = run_tool("rollback --data-dir " + data.string());
    EXPECT_EQ(rollback.status, 1);
    EXPECT_NE(rollback.output.find("no previous catalogue"), std::string::npos);
}

TEST(VitrinePackCli, ARefusedImportSaysTheCatalogueIsUnchanged) {
    TempDir dir;
    build_pack(dir / "p");
    write_file(dir / "p/photos/p-1-1.jpg", "RIFF\x10\x00\x00\x00WEBPVP8 ");
    ToolRun r =
        run_tool("import " + (dir / "p").string() + " --data-dir " + (dir / "data").string());
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("photos/p-1-1.jpg: error:"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("installed catalogue is unchanged"), std::string::npos) << r.output;
}

TEST(VitrinePackCli, ADamagedCatalogueIsNamedWithWhatToDo) {
    TempDir dir;
    fs::path data = dir / "data";
    build_pack(dir / "p");
    ASSERT_EQ(run_tool("import " + (dir / "p").string() + " --data-dir " + data.string()).status,
              0);
    fs::path db = data / fs::read_symlink(data / "current") / "catalog.db";
    write_file(db, std::string(4096, 'x'));
    ToolRun info = run_tool("info --data-dir " + data.string());
    EXPECT_EQ(info.status, 1) << info.output;
    EXPECT_EQ(info.output.find("unexpected problem"), std::string::npos) << info.output;
    EXPECT_NE(info.output.find(db.string()), std::string::npos) << info.output;
    EXPECT_NE(info.output.find("import the pack again"), std::string::npos) << info.output;
}

TEST(VitrinePackCli, ADamagedPackNamingTheInstalledVersionIsNotAlreadyInstalled) {
    TempDir dir;
    fs::path data = dir / "data";
    build_pack(dir / "p");
    ASSERT_EQ(run_tool("import " + (dir / "p").string() + " --data-dir " + data.string()).status,
              0);
    ToolRun again = run_tool("import " + (dir / "p").string() + " --data-dir " + data.string());
    EXPECT_EQ(again.status, 0) << again.output;
    EXPECT_NE(again.output.find("already installed"), std::string::npos) << again.output;
    // The same manifest, but a photo that is garbage.
    write_file(dir / "p/photos/p-1-1.jpg", std::string(2000, '\x5a'));
    ToolRun damaged = run_tool("import " + (dir / "p").string() + " --data-dir " + data.string());
    EXPECT_EQ(damaged.status, 1) << damaged.output;
    EXPECT_EQ(damaged.output.find("already installed"), std::string::npos) << damaged.output;
    EXPECT_NE(damaged.output.find("photos/p-1-1.jpg"), std::string::npos) << damaged.output;
}

TEST(VitrinePackCli, RouteShowsTheWalkFromTheKiosk) {
    TempDir dir;
    build_pack(dir / "p");
    std::string data = " --data-dir " + (dir / "data").string();
    ToolRun none = run_tool("route --to S01" + data);
    EXPECT_EQ(none.status, 1);
    EXPECT_NE(none.output.find("no catalogue is installed"), std::string::npos) << none.output;
    ASSERT_EQ(run_tool("import " + (dir / "p").string() + data).status, 0);

    ToolRun text = run_tool("route --to s03" + data);
    ASSERT_EQ(text.status, 0) << text.output;
    EXPECT_NE(text.output.find("From kiosk entree to stand S03 (Atelier 3): "), std::string::npos)
        << text.output;
    EXPECT_NE(text.output.find(" walking (at 0.8 m/s)"), std::string::npos) << text.output;
    // The stand's opening, the middle of its south side, is the last point.
    EXPECT_NE(text.output.find("   8.50    3.00  stand S03"), std::string::npos) << text.output;

    ToolRun json = run_tool("route --to S02 --from ENTREE --json" + data);
    ASSERT_EQ(json.status, 0) << json.output;
    auto out = nlohmann::json::parse(json.output);
    EXPECT_GT(out["metres"].get<double>(), 3.0);
    EXPECT_NEAR(out["seconds"].get<double>(), out["metres"].get<double>() / 0.8, 1e-9);
    ASSERT_EQ(out["stops"].size(), 2u);
    EXPECT_EQ(out["stops"][0]["id"], "entree");
    EXPECT_EQ(out["stops"][1]["id"], "S02");
    EXPECT_EQ(out["points"].back(), nlohmann::json::parse("[5.5, 3.0]"));

    // Through two stands, then out: the plan's only door is its entrance.
    ToolRun tour = run_tool("route --to exit --via S03,S01" + data);
    ASSERT_EQ(tour.status, 0) << tour.output;
    EXPECT_NE(tour.output.find("Visiting order: S01, S03"), std::string::npos) << tour.output;
    EXPECT_NE(tour.output.find("to door entree"), std::string::npos) << tour.output;

    ToolRun stand = run_tool("route --to Z99" + data);
    EXPECT_EQ(stand.status, 1);
    EXPECT_NE(stand.output.find("no stand \"Z99\" in the floor plan"), std::string::npos)
        << stand.output;
    ToolRun kiosk = run_tool("route --to S01 --from hall" + data);
    EXPECT_EQ(kiosk.status, 1);
    EXPECT_NE(kiosk.output.find("no kiosk \"hall\" in the floor plan (kiosks: entree)"),
              std::string::npos)
        << kiosk.output;
    EXPECT_EQ(run_tool("route" + data).status, 2);
}

TEST(VitrinePackCli, KeygenSealSignAndVerify) {
    TempDir dir;
    std::string d = dir.path().string();
    build_pack(dir / "fair");
    ToolRun keygen = run_tool("keygen " + d + "/orga");
    ASSERT_EQ(keygen.status, 0) << keygen.output;
    EXPECT_EQ(fs::status(dir / "orga.key").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(run_tool("keygen " + d + "/orga").status, 1); // never overwritten
    ToolRun seal =
        run_tool("seal " + d + "/fair --sign " + d + "/orga.key --zip " + d + "/fair.zip");
    ASSERT_EQ(seal.status, 0) << seal.output;
    EXPECT_TRUE(fs::exists(dir / "fair/manifest.json.minisig"));
    for (const char* pack : {"/fair", "/fair.zip"}) {
        ToolRun ok = run_tool("verify " + d + pack + " --key " + d + "/orga.pub");
        EXPECT_EQ(ok.status, 0) << ok.output;
        EXPECT_NE(ok.output.find("fair foire-test, version 1"), std::string::npos) << ok.output;
    }
    if (std::system("minisign -v >/dev/null 2>&1") == 0) {
        std::string check = "minisign -Vq -p " + d + "/orga.pub -m " + d + "/fair/manifest.json";
        EXPECT_EQ(std::system(check.c_str()), 0) << "minisign does not accept our signature";
    }

    run_tool("keygen " + d + "/other");
    ToolRun stranger = run_tool("verify " + d + "/fair --key " + d + "/other.pub");
    EXPECT_EQ(stranger.status, 1);
    EXPECT_NE(stranger.output.find("which this kiosk does not trust"), std::string::npos)
        << stranger.output;
    append_to_file(dir / "fair/products.csv", "\n");
    ToolRun tampered = run_tool("verify " + d + "/fair --key " + d + "/orga.pub");
    EXPECT_EQ(tampered.status, 1);
    EXPECT_NE(tampered.output.find("products.csv: error: this file is not the one that was signed"),
              std::string::npos)
        << tampered.output;
}
