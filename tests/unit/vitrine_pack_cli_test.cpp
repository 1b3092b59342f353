// The organisers' tool as they use it: commands, messages and exit statuses.
#include "pack_builder.h"
#include "test_support.h"

#include <array>
#include <cstdio>
#include <gtest/gtest.h>
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
