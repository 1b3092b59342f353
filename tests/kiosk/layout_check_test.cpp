// The layout check's eyes: what Ui reports while drawing when the layout check asks (text cut by
// its box, a target smaller than a finger, a character the atlas cannot draw), and what it must
// not report (text that fits, text shortened on purpose with "…").
#include "input/touch_input.h"
#include "test_support.h"
#include "ui/fonts.h"
#include "ui/ui.h"

#include <algorithm>
#include <cmath>
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

// Not a finding but the same eyes: at 1280x720 and 1366x768 boxes start on fractions of a
// pixel, and the "l" that started a wrapped line lost its stem to the box's edge. Whatever the
// fraction, every glyph is drawn whole: its quad carries the glyph's full texture coordinates.
TEST_F(LayoutCheck, TextAtAFractionalEdgeIsDrawnWhole) {
    ImFont* font = ui_.font(TextSize::body, false);
    // "I" starts exactly at the pen (no left bearing), as "l" does in the smaller sizes.
    const ImFontGlyph* l = font->FindGlyph('I');
    ASSERT_NE(l, nullptr);
    ASSERT_EQ(l->X0, 0.0f) << "pick a glyph that starts at the pen for this test to mean anything";
    for (float fraction : {0.1f, 0.3f, 0.5f, 0.6f, 0.9f}) {
        ImDrawList* list = dl();
        const int first = list->VtxBuffer.Size;
        ui_.text(list, "I", {100 + fraction, 50 + fraction, 200, 40}, TextSize::body, palette::ink);
        ASSERT_EQ(list->VtxBuffer.Size - first, 4) << "one quad for one glyph";
        float u0 = 1, u1 = 0, v0 = 1, v1 = 0;
        for (int i = first; i < list->VtxBuffer.Size; ++i) {
            const ImVec2 uv = list->VtxBuffer[i].uv;
            u0 = std::min(u0, uv.x), u1 = std::max(u1, uv.x);
            v0 = std::min(v0, uv.y), v1 = std::max(v1, uv.y);
            const ImVec2 pos = list->VtxBuffer[i].pos;
            EXPECT_EQ(pos.x, std::round(pos.x)) << "glyphs sit on whole pixels";
        }
        EXPECT_FLOAT_EQ(u0, l->U0) << "the glyph's left edge was shaved at +" << fraction;
        EXPECT_FLOAT_EQ(u1, l->U1) << "the glyph's right edge was shaved at +" << fraction;
        EXPECT_FLOAT_EQ(v0, l->V0) << "the glyph's top was shaved at +" << fraction;
        EXPECT_FLOAT_EQ(v1, l->V1) << "the glyph's bottom was shaved at +" << fraction;
    }
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

TEST_F(LayoutCheck, ReportsTextPushedOutOfItsCard) {
    // A two-line name pushes the town below the card: each line fits its own box, yet the
    // visitor sees it under the card.
    ui_.open_container({0, 0, 300, 200});
    ui_.text(dl(), "Bonjour", {10, 20, 280, 40}, TextSize::body, palette::ink);
    EXPECT_TRUE(found_.empty());
    ui_.text(dl(), "Tétouan", {10, 190, 280, 40}, TextSize::body, palette::ink);
    ui_.close_container();
    ASSERT_EQ(count(LayoutFinding::Kind::clipped), 1u);
    EXPECT_EQ(found_[0].text, "Tétouan");
    EXPECT_NE(found_[0].detail.find("out of its card"), std::string::npos) << found_[0].detail;
    // Closed, the card no longer holds what follows.
    ui_.text(dl(), "Bonjour", {10, 400, 280, 40}, TextSize::body, palette::ink);
    EXPECT_EQ(found_.size(), 1u);
}

TEST_F(LayoutCheck, ReportsTextCutByTheScreensEdge) {
    ui_.screen = {0, 0, 1920, 1080};
    ui_.text(dl(), "Bonjour", {0, 500, 400, 60}, TextSize::body, palette::ink);
    EXPECT_TRUE(found_.empty());
    ui_.text(dl(), "Bonjour", {0, 1060, 400, 60}, TextSize::body, palette::ink);
    ASSERT_EQ(count(LayoutFinding::Kind::clipped), 1u);
    EXPECT_NE(found_[0].detail.find("screen"), std::string::npos) << found_[0].detail;
}

TEST_F(LayoutCheck, TextScrolledOutOfAListIsNotAFinding) {
    ui_.screen = {0, 0, 1920, 1080};
    ImGui::PushClipRect(ImVec2(0, 200), ImVec2(1920, 900), true);
    ui_.text(dl(), "Bonjour", {0, 1060, 400, 60}, TextSize::body, palette::ink);
    ImGui::PopClipRect();
    for (const LayoutFinding& f : found_)
        ADD_FAILURE() << f.text << ": " << f.detail;
}

TEST_F(LayoutCheck, AWrappedLineNeverStartsWithAnOrphan) {
    // "(lot de 6)" moves to the next line whole rather than leaving "6)" alone there.
    std::string head = "Verres à thé (lot de";
    float width = ui_.measure(head, TextSize::body).x + 4;
    ui_.paragraph(dl(), "Verres à thé (lot de 6)", {0, 0, width, 0}, TextSize::body, palette::ink);
    std::vector<std::string> lines;
    for (const VisibleItem& item : ui_.items())
        lines.push_back(item.text);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "Verres à thé");
    EXPECT_EQ(lines[1], "(lot de 6)");
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
