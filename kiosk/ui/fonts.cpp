#include "ui/fonts.h"

#include <imgui_freetype.h>
#include <stdexcept>

namespace vitrine::kiosk {

std::filesystem::path find_font(const std::string& file_name, const std::string& package) {
    // Debian's font packages install under these folders; a kiosk image may add its own.
    for (const char* dir : {"/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu",
                            "/usr/share/fonts/truetype/font-awesome",
                            "/usr/share/fonts/opentype/noto", "/usr/local/share/fonts"}) {
        std::filesystem::path candidate = std::filesystem::path(dir) / file_name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec))
            return candidate;
    }
    throw std::runtime_error("font " + file_name + " not found: install the Debian package " +
                             package + " (scripts/setup does)");
}

ImFont* Fonts::get(TextSize size) const {
    switch (size) {
    case TextSize::caption:
        return caption;
    case TextSize::body:
        return body;
    case TextSize::title:
        return title;
    case TextSize::display:
        return display;
    }
    return body;
}

void Fonts::build(ImFontAtlas& atlas, const Metrics& m) {
    latin_ = {0x0020, 0x024F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    arabic_ = {0x0600, 0x06FF, 0x0750, 0x077F, 0x08A0, 0x08FF, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
    tifinagh_ = {0x2D30, 0x2D7F, 0};
    icons_ = {0xF000, 0xF2E0, 0};

    std::string regular = find_font("NotoSans-Regular.ttf", "fonts-noto-core").string();
    std::string bold = find_font("NotoSans-Bold.ttf", "fonts-noto-core").string();
    std::string arabic = find_font("NotoSansArabicUI-Regular.ttf", "fonts-noto-ui-core").string();
    std::string arabic_bold = find_font("NotoSansArabicUI-Bold.ttf", "fonts-noto-ui-core").string();
    std::string tifinagh = find_font("DejaVuSans.ttf", "fonts-dejavu-core").string();
    std::string icons = find_font("fontawesome-webfont.ttf", "fonts-font-awesome").string();

    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;

    auto add = [&](float size, bool is_bold) {
        ImFontConfig base;
        base.OversampleH = 1; // FreeType renders at the exact size; no oversampling needed
        base.PixelSnapH = true;
        ImFont* font = atlas.AddFontFromFileTTF(is_bold ? bold.c_str() : regular.c_str(), size,
                                                &base, latin_.data());
        ImFontConfig merge = base;
        merge.MergeMode = true;
        atlas.AddFontFromFileTTF(is_bold ? arabic_bold.c_str() : arabic.c_str(), size * 1.05f,
                                 &merge, arabic_.data());
        atlas.AddFontFromFileTTF(tifinagh.c_str(), size, &merge, tifinagh_.data());
        ImFontConfig icon_cfg = merge;
        icon_cfg.GlyphMinAdvanceX = size; // icons line up in columns
        icon_cfg.GlyphOffset = ImVec2(0, size * 0.02f);
        atlas.AddFontFromFileTTF(icons.c_str(), size * 0.9f, &icon_cfg, icons_.data());
        return font;
    };
    caption = add(m.text(TextSize::caption), false);
    body = add(m.text(TextSize::body), false);
    body_bold = add(m.text(TextSize::body), true);
    title = add(m.text(TextSize::title), true);
    display = add(m.text(TextSize::display), true);
    if (!atlas.Build())
        throw std::runtime_error("the font atlas could not be built");
}

} // namespace vitrine::kiosk
