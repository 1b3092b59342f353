// The on-screen keyboard as a visitor uses it: a tap types the letter its key shows, the layout
// follows the language (Arabic letters for Arabic), backspace takes one letter back however
// many bytes it is, and a child drumming on the keys cannot grow the text without end.
#include "input/touch_input.h"
#include "test_support.h"
#include "ui/fonts.h"
#include "ui/keyboard.h"

#include <SDL.h>
#include <gtest/gtest.h>
#include <imgui.h>

namespace vitrine::kiosk {
namespace {

class Keyboard : public ::testing::Test {
protected:
    Keyboard() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1920, 1080);
        io.MouseDragThreshold = 1e9f; // as the app: the input layer tells taps from drags
        input_.set_viewport(1920, 1080);
        GlyphSet glyphs;
        fonts_.build(*io.Fonts, ui_.m, glyphs);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // a built atlas, no texture needed
        frame(); // lays the keys out, so taps can find them by label
    }
    ~Keyboard() override { ImGui::DestroyContext(context_); }

    // One frame with the keyboard filling the lower half of the screen.
    bool frame() {
        ImGuiIO& io = ImGui::GetIO();
        input_.new_frame(io, 1.0 / 60);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("keyboard", nullptr, ImGuiWindowFlags_NoDecoration);
        ui_.begin_frame();
        ui_.lang = lang_;
        bool changed = keyboard_.draw(ui_, {0, 540, 1920, 540}, text_);
        ImGui::End();
        ImGui::EndFrame();
        return changed;
    }
    const VisibleItem* key(std::string_view label) const {
        for (const VisibleItem& item : ui_.items())
            if (item.tappable && item.text == label)
                return &item;
        return nullptr;
    }
    // The shortest tap: pressed and released between two frames, as the runner's taps are.
    void tap(std::string_view label) {
        const VisibleItem* k = key(label);
        ASSERT_NE(k, nullptr) << "no key \"" << label << "\" on the keyboard";
        ImVec2 c = k->rect.centre();
        for (Uint32 type : {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP}) {
            SDL_Event e{};
            e.type = type;
            e.button.button = SDL_BUTTON_LEFT;
            e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
            e.button.clicks = 1;
            e.button.x = static_cast<Sint32>(c.x);
            e.button.y = static_cast<Sint32>(c.y);
            input_.push(e);
        }
        for (int i = 0; i < 3; ++i)
            frame();
    }

    ImGuiContext* context_;
    I18n i18n_{vitrine::test::source_dir() / "assets/i18n"};
    Fonts fonts_;
    BidiCache bidi_;
    PhotoCache photos_;
    TouchInput input_;
    Ui ui_{i18n_, fonts_, bidi_, photos_, input_};
    OnScreenKeyboard keyboard_;
    Lang lang_ = Lang::fr;
    std::string text_;
};

TEST_F(Keyboard, ATapTypesTheLetterTheKeyShows) {
    tap("z");
    tap("é");
    tap("espace");
    tap("1");
    EXPECT_EQ(text_, "zé 1");
}

TEST_F(Keyboard, BackspaceTakesOneLetterAndClearTakesAll) {
    text_ = "thé";
    tap("Effacer");
    EXPECT_EQ(text_, "th"); // "é" is two bytes, one letter
    tap("Tout effacer");
    EXPECT_EQ(text_, "");
    tap("Effacer"); // nothing left: nothing happens
    EXPECT_EQ(text_, "");
}

TEST_F(Keyboard, TheLayoutFollowsTheLanguage) {
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::azerty);
    EXPECT_NE(key("a"), nullptr);
    lang_ = Lang::ar;
    frame();
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::arabic);
    EXPECT_EQ(key("a"), nullptr);
    tap("س");
    tap("لا");
    EXPECT_EQ(text_, "سلا");
    EXPECT_EQ(default_layout(Lang::en), KeyboardLayout::qwerty);
    EXPECT_EQ(default_layout(Lang::zgh), KeyboardLayout::tifinagh);
}

TEST_F(Keyboard, TheArabicKeysSitWhereAnArabicPcHasThem) {
    lang_ = Lang::ar;
    frame();
    // ض on Q at the far left of its row, ش on A, digits 1 to 0 left to right, ذ left of 1.
    ASSERT_NE(key("ض"), nullptr);
    ASSERT_NE(key("د"), nullptr);
    EXPECT_LT(key("ض")->rect.x, key("ص")->rect.x);
    EXPECT_LT(key("ح")->rect.x, key("د")->rect.x);
    EXPECT_LT(key("ش")->rect.x, key("س")->rect.x);
    EXPECT_LT(key("1")->rect.x, key("0")->rect.x);
    ASSERT_NE(key("ذ"), nullptr);
    EXPECT_LT(key("ذ")->rect.x, key("1")->rect.x);
    EXPECT_FLOAT_EQ(key("ذ")->rect.y, key("1")->rect.y);
    // Every letter of the alphabet has a key.
    for (std::string_view letter :
         {"ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط",
          "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ء", "ة", "ى"})
        EXPECT_NE(key(letter), nullptr) << letter;
}

TEST_F(Keyboard, AmazighTypesTifinaghInIrcamsLayout) {
    lang_ = Lang::zgh;
    frame();
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::tifinagh);
    // IRCAM's layout follows AZERTY: ⴰ on A, ⵣ on Z, ⵇ on Q, ⵡ on W.
    ASSERT_NE(key("ⴰ"), nullptr);
    EXPECT_LT(key("ⴰ")->rect.x, key("ⵣ")->rect.x);
    EXPECT_LT(key("ⴰ")->rect.y, key("ⵇ")->rect.y);
    EXPECT_LT(key("ⵇ")->rect.y, key("ⵡ")->rect.y);
    // The emphatic letters, on shift on a PC, have keys of their own.
    for (std::string_view letter : {"ⵥ", "ⵕ", "ⵟ", "ⵚ", "ⴹ", "ⵖ", "ⵯ"})
        EXPECT_NE(key(letter), nullptr) << letter;
    tap("ⴰ");
    tap("ⵣ");
    EXPECT_EQ(text_, "ⴰⵣ");
    // The switch is named by language: one tap from Tifinagh to French letters.
    tap("Français");
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::azerty);
}

TEST_F(Keyboard, TheLayoutKeyReachesTheOtherScript) {
    // From French, one tap gives Arabic letters (the key is named after the language it opens).
    tap("العربية");
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::arabic);
    tap("ب");
    EXPECT_EQ(text_, "ب");
    // A new visitor starts on the language's own layout again.
    keyboard_.reset();
    frame();
    EXPECT_EQ(keyboard_.layout(), KeyboardLayout::azerty);
}

TEST_F(Keyboard, TheTextStopsGrowingAtItsLimit) {
    keyboard_.max_bytes = 4;
    for (int i = 0; i < 6; ++i)
        tap("m");
    EXPECT_EQ(text_, "mmmm");
}

TEST(KeyboardText, ErasingTheLastLetterKeepsTheTextValid) {
    std::string text = "ⴰⵣ";
    erase_last_code_point(text);
    EXPECT_EQ(text, "ⴰ");
    erase_last_code_point(text);
    EXPECT_EQ(text, "");
    erase_last_code_point(text);
    EXPECT_EQ(text, "");
}

} // namespace
} // namespace vitrine::kiosk
