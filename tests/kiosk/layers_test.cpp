// The kiosk's layers include only downwards: platform and input know nothing of the interface,
// the UI layer nothing of screens, navigation or the app, so that each can be tested and changed
// alone. Adding a screen or a dependency upwards fails here, naming the file and line.
#include "source_scan.h"
#include "test_support.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace vitrine::test {
namespace {

// The scan itself, on made-up sources: what it must catch and what it must let pass.
TEST(KioskLayers, AnIncludeReachingUpIsCaught) {
    const std::string ui_header = R"cpp(// What every screen draws with.
#pragma once

#include "app/navigator.h"
#include "ui/fonts.h"
#  include "screens/screen.h"
#include "vitrine/catalog/model.h"
#include <imgui.h>
)cpp";
    std::vector<LayerBreach> found = find_layer_breaches("ui", ui_header);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].line, 4u);
    EXPECT_EQ(found[0].included, "app/navigator.h");
    EXPECT_EQ(found[1].line, 6u);
    EXPECT_EQ(found[1].included, "screens/screen.h");

    EXPECT_EQ(find_layer_breaches("input", "#include \"ui/ui.h\"\n").size(), 1u);
    EXPECT_EQ(find_layer_breaches("platform", "#include \"input/touch_input.h\"\n").size(), 1u);
    EXPECT_EQ(find_layer_breaches("nav", "#include \"ui/ui.h\"\n").size(), 1u);
}

TEST(KioskLayers, IncludesDownwardsAndOfTheCatalogueAreAllowed) {
    EXPECT_TRUE(find_layer_breaches("screens", R"cpp(#include "screens/cards.h"
#include "ui/ui.h"
#include "nav/navigator.h"
#include "input/touch_input.h"
#include "vitrine/catalog/search.h"
)cpp")
                    .empty());
    EXPECT_TRUE(find_layer_breaches("app", "#include \"screens/screen.h\"\n").empty());
    EXPECT_TRUE(find_layer_breaches("ui", "#include \"ui/ui.h\" // \"app/app.h\"\n").empty());
}

TEST(KioskLayers, EveryKioskSourceIncludesOnlyDownwards) {
    fs::path kiosk = source_dir() / "kiosk";
    size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(kiosk)) {
        fs::path ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".h")
            continue;
        fs::path relative = fs::relative(entry.path(), kiosk);
        std::string layer = relative.has_parent_path() ? relative.begin()->string() : "";
        if (!layer.empty() && !kiosk_layers().count(layer))
            ADD_FAILURE() << "kiosk/" << relative.string() << ": in a folder that is no layer; "
                          << "add it to kiosk_layers() (tests/kiosk/source_scan.h)";
        ++files;
        for (const LayerBreach& b : find_layer_breaches(layer, read_file(entry.path())))
            ADD_FAILURE() << "kiosk/" << relative.string() << ":" << b.line << " includes "
                          << b.included << ", a layer above " << layer
                          << " (see docs/architecture.md)";
    }
    EXPECT_GT(files, 40u);
}

} // namespace
} // namespace vitrine::test
