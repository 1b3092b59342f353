// The layout check's eyes: what Ui reports while drawing when the layout check asks (text cut by
// its box, a target smaller than a finger, a character the atlas cannot draw), and what it must
// not report (text that fits, text shortened on purpose with "…").
#include "input/touch_input.h"
#include "test_support.h"
#include "ui/fonts.h"
#include "ui/ui.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace vitrine::kiosk {
namespace {

class LayoutCheck : public ::testing::Test {
protected:
    LayoutCheck() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1920, 1080);
        io.DeltaTime = 1.0f / 60.0f;
        GlyphSet glyphs; // Latin, the keyboards' letters and the icons; no Latin Extended-A
        glyphs.add_text("Coopérative Tétouan Hoceïma pâtisseries");
        fonts_.build(*io.Fonts, ui_.m, glyphs);
        ui_.findings = &found_;
        ui_.check_contrast_findings = true;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        // No background, as the app's window: what is under a text is what the test draws.
        ImGui::Begin("check", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    }
    ~LayoutCheck() override {
        ImGui::End();
        ImGui::EndFrame();
        ImGui::DestroyContext(context_);
    }
    ImDrawList* dl() { return ImGui::GetWindowDrawList(); }
    size_t count(LayoutFinding::Kind kind) const {
        size_t n = 0;
        for (const LayoutFinding& f : found_)
            n += f.kind == kind;
        return n;
    }

    ImGuiContext* context_;
    I18n i18n_{vitrine::test::source_dir() / "assets/i18n"};
    Fonts fonts_;
    BidiCache bidi_;
    PhotoCache photos_;
    TouchInput input_;
    Ui ui_{i18n_, fonts_, bidi_, photos_, input_};
    std::vector<LayoutFinding> found_;
};

TEST_F(LayoutCheck, ReportsTextThatDoesNotStandOutFromWhatIsUnderIt) {
    // White on saffron, as the stand numbers of "Produits du terroir" were: 2.8:1.
    dl()->AddRectFilled(ImVec2(0, 0), ImVec2(400, 60), palette::saffron);
    ui_.text(dl(), "G05", {0, 0, 400, 60}, TextSize::caption, palette::off_white, Align::centre,
             true);
    ASSERT_EQ(count(LayoutFinding::Kind::low_contrast), 1u);
    EXPECT_EQ(found_[0].text, "G05");
    EXPECT_NE(found_[0].detail.find("#C98A16"), std::string::npos) << found_[0].detail;
    // The ink the theme now gives saffron reads; so does ink on the sand of the page.
    found_.clear();
    ui_.text(dl(), "G05", {0, 0, 400, 60}, TextSize::caption, text_on(0xC98A16), Align::centre,
             true);
    ui_.text(dl(), "Bonjour", {0, 100, 400, 60}, TextSize::caption, palette::ink);
    EXPECT_TRUE(found_.empty());
}

TEST_F(LayoutCheck, TextThatFitsAndFingerSizedTargetsAreClean) {
    ui_.text(dl(), "Bonjour", {0, 0, 400, 60}, TextSize::body, palette::ink);
    ui_.hit("ok", {0, 100, 72, 72}, "OK");
    EXPECT_TRUE(found_.empty());
}

TEST_F(LayoutCheck, ReportsALineWiderThanItsBox) {
    ui_.text(dl(), "Coopérative · Chefchaouen, Tanger-Tétouan-Al Hoceïma", {0, 0, 200, 60},
             TextSize::body, palette::ink);
    ASSERT_EQ(count(LayoutFinding::Kind::clipped), 1u);
    EXPECT_EQ(found_[0].text, "Coopérative · Chefchaouen, Tanger-Tétouan-Al Hoceïma");
}

TEST_F(LayoutCheck, TextShortenedOnPurposeIsNotAFinding) {
    ui_.text_fit(dl(), "Coopérative · Chefchaouen, Tanger-Tétouan-Al Hoceïma", {0, 0, 200, 60},
                 TextSize::body, palette::ink);
    ui_.paragraph(dl(), "Assortiment de pâtisseries marocaines traditionnelles (1 kg)",
                  {0, 100, 300, 0}, TextSize::body, palette::ink, Align::start, 2);
    for (const LayoutFinding& f : found_)
        ADD_FAILURE() << f.text << ": " << f.detail;
    std::string shown = ui_.fitted("Coopérative · Chefchaouen", 150, TextSize::body);
    EXPECT_TRUE(shown.ends_with("…")) << shown;
    EXPECT_LE(ui_.measure(shown, TextSize::body).x, 150.0f);
}

TEST_F(LayoutCheck, ReportsATargetSmallerThanAFinger) {
    ui_.hit("tiny", {0, 0, 40, 72}, "Agrandir");
    ASSERT_EQ(count(LayoutFinding::Kind::small_target), 1u);
    EXPECT_EQ(found_[0].text, "Agrandir");
}

TEST_F(LayoutCheck, ReportsACharacterTheAtlasCannotDraw) {
    ui_.text(dl(), "ĜĥŞş", {0, 0, 400, 60}, TextSize::body, palette::ink); // not in this atlas
    EXPECT_EQ(count(LayoutFinding::Kind::missing_glyph), 4u);
}

TEST_F(LayoutCheck, ArabicParagraphsWrapOnWordsWithEachLineInOrder) {
    ui_.lang = Lang::ar;
    const std::string text =
        "تعاونية نسائية تنتج زيت أركان بالطريقة التقليدية في نواحي تارودانت منذ عشرين سنة";
    ui_.paragraph(dl(), text, {0, 0, 300, 0}, TextSize::body, palette::ink);
    // Each line is shaped on its own: read in order, the lines give back the sentence, cut only
    // between words.
    ASSERT_GT(ui_.items().size(), 2u);
    std::string joined;
    for (const VisibleItem& line : ui_.items())
        joined += (joined.empty() ? "" : " ") + line.text;
    EXPECT_EQ(joined, text);
    EXPECT_TRUE(found_.empty()) << found_[0].text << ": " << found_[0].detail;
}

} // namespace
} // namespace vitrine::kiosk
