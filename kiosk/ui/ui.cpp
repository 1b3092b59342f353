#include "ui/ui.h"

#include "input/touch_input.h"
#include "ui/contrast.h"
#include "vitrine/catalog/store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>

namespace vitrine::kiosk {

void Ui::begin_frame() {
    items_.clear();
    containers_.clear();
}

void Ui::record(std::string_view text, Rect r, bool tappable) {
    if (text.empty() || r.w <= 0 || r.h <= 0)
        return;
    // Only what a visitor could see: inside the screen and the current clip rectangle.
    ImVec4 clip = ImGui::GetWindowDrawList()->_ClipRectStack.back();
    float x0 = std::max(r.x, clip.x), y0 = std::max(r.y, clip.y);
    float x1 = std::min(r.x + r.w, clip.z), y1 = std::min(r.y + r.h, clip.w);
    if (x1 <= x0 || y1 <= y0)
        return;
    items_.push_back({std::string(text), {x0, y0, x1 - x0, y1 - y0}, tappable});
}

ImFont* Ui::font(TextSize size, bool bold) const {
    if (bold && size == TextSize::body)
        return fonts_.body_bold;
    return fonts_.get(size);
}

ImVec2 Ui::measure(std::string_view text, TextSize size, bool bold) {
    ImFont* f = font(size, bold);
    std::string_view shown = bidi_.visual(text, rtl());
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, shown.data(), shown.data() + shown.size());
}

void Ui::text(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
              Align align, bool bold, bool ltr_run) {
    if (text.empty())
        return;
    ImFont* f = font(size, bold);
    std::string_view shown = bidi_.visual(text, rtl() && !ltr_run);
    ImVec2 extent =
        f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, shown.data(), shown.data() + shown.size());
    bool from_right = (align == Align::start && rtl()) || (align == Align::end && !rtl());
    float x = align == Align::centre ? box.x + (box.w - extent.x) / 2
              : from_right           ? box.x + box.w - extent.x
                                     : box.x;
    float y = box.y + (box.h - extent.y) / 2;
    // Glyphs sit on whole pixels, and the box they are cut to is rounded the same way as the
    // renderer rounds clip rectangles: a glyph at the box's very edge (the "l" that starts a
    // wrapped line at 1366x768) is then either wholly inside or wholly outside, never shaved.
    ImVec4 clip(std::round(box.x), std::round(box.y), std::round(box.x + box.w),
                std::round(box.y + box.h));
    dl->AddText(f, f->FontSize, ImVec2(std::round(x), std::round(y)), color, shown.data(),
                shown.data() + shown.size(), 0, &clip);
    record(text, {std::max(x, box.x), box.y, std::min(extent.x, box.w), box.h}, false);
    if (findings) {
        check_text(text, shown, f, extent, box);
        float cx = std::clamp(x + extent.x / 2, box.x, box.x + box.w);
        if (check_contrast_findings)
            check_contrast(*dl, text, color, f, bold, ImVec2(cx, y + extent.y / 2));
        // What shows of the line: its ink, cut to its box.
        float x0 = std::max(x, box.x), x1 = std::min(x + extent.x, box.x + box.w);
        float y0 = std::max(y, box.y), y1 = std::min(y + f->FontSize, box.y + box.h);
        if (x1 > x0 && y1 > y0)
            check_placement(text, {x0, y0, x1 - x0, y1 - y0});
    }
}

void Ui::check_contrast(const ImDrawList& dl, std::string_view logical, ImU32 color, ImFont* font,
                        bool bold, ImVec2 centre) {
    // What is really under the text, from the draw list: a fill a screen forgot, or a colour
    // that reads on one background and not on the next, is seen as the visitor sees it.
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    std::optional<ImU32> under =
        background_under(dl, centre, atlas.TexID, atlas.TexUvWhitePixel, palette::sand);
    if (!under)
        return; // on a photo: its captions sit on their own band, checked there
    double ratio = contrast_ratio(color | IM_COL32_A_MASK, *under);
    double needed = required_contrast(font->FontSize / m.scale, bold);
    if (ratio + 1e-9 >= needed)
        return;
    char detail[96];
    std::snprintf(detail, sizeof detail, "%.1f:1 on #%06X, needs %.1f:1", ratio,
                  static_cast<unsigned>(((*under & 0xFF) << 16) | (*under & 0xFF00) |
                                        ((*under >> 16) & 0xFF)),
                  needed);
    findings->push_back({LayoutFinding::Kind::low_contrast, std::string(logical), detail});
}

void Ui::check_placement(std::string_view logical, Rect ink) {
    // Half a pixel of slack, as for the box; whole pixels in the message.
    auto beyond = [](const Rect& ink, const Rect& c) {
        float out = std::max(
            {c.x - ink.x, c.y - ink.y, ink.x + ink.w - (c.x + c.w), ink.y + ink.h - (c.y + c.h)});
        return out > 0.5f ? static_cast<int>(std::ceil(out)) : 0;
    };
    if (!containers_.empty())
        if (int px = beyond(ink, containers_.back()))
            findings->push_back({LayoutFinding::Kind::clipped, std::string(logical),
                                 "pushed " + std::to_string(px) + " px out of its card"});
    // Past the screen's edge, unless a scrolled list cuts it there: its clip rectangle stops
    // well inside the screen (the window's own stops within its padding), and what it scrolls
    // out of view is not lost.
    ImVec4 clip = ImGui::GetWindowDrawList()->_ClipRectStack.back();
    float near = m.u(12);
    bool whole_screen = clip.x <= screen.x + near && clip.y <= screen.y + near &&
                        clip.z >= screen.x + screen.w - near &&
                        clip.w >= screen.y + screen.h - near;
    if (whole_screen && screen.w > 0)
        if (int px = beyond(ink, screen))
            findings->push_back({LayoutFinding::Kind::clipped, std::string(logical),
                                 "cut " + std::to_string(px) + " px by the screen's edge"});
}

void Ui::check_text(std::string_view logical, std::string_view shown, ImFont* font, ImVec2 extent,
                    const Rect& box) {
    // Half a pixel of slack: layouts compute boxes in floats.
    if (extent.x > box.w + 0.5f)
        findings->push_back({LayoutFinding::Kind::clipped, std::string(logical),
                             std::to_string(static_cast<int>(std::ceil(extent.x))) +
                                 " px wide in a box of " + std::to_string(static_cast<int>(box.w)) +
                                 " px"});
    const char* p = shown.data();
    const char* end = p + shown.size();
    while (p < end) {
        unsigned int c = 0;
        int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0)
            break;
        p += n;
        if (c >= 0x20 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", c);
            findings->push_back({LayoutFinding::Kind::missing_glyph, std::string(logical), code});
        }
    }
}

std::string Ui::fitted(std::string_view text, float width, TextSize size, bool bold) {
    if (measure(text, size, bold).x <= width)
        return std::string(text);
    // Drop whole words from the end while that keeps something; then letters (code points).
    std::string cut(text);
    while (!cut.empty()) {
        size_t space = cut.find_last_of(' ');
        std::string shorter;
        if (space != std::string::npos && space > 0) {
            shorter = cut.substr(0, space);
        } else {
            size_t end = cut.size() - 1;
            while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80)
                --end;
            shorter = cut.substr(0, end);
        }
        cut = shorter;
        while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == '.'))
            cut.pop_back();
        if (measure(cut + "…", size, bold).x <= width)
            return cut + "…";
        if (space == std::string::npos && cut.empty())
            break;
    }
    return "…";
}

void Ui::text_fit(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
                  Align align, bool bold) {
    this->text(dl, fitted(text, box.w, size, bold), box, size, color, align, bold);
}

namespace {

// The words of one paragraph as units that a line never splits: a short aside in parentheses
// ("(lot de 6)") and a last word of one or two letters stay with what they belong to, so that
// no line starts with "6)" alone.
std::vector<std::string> unbreakable_units(std::string_view paragraph) {
    std::vector<std::string> words;
    for (size_t start = 0; start <= paragraph.size();) {
        size_t end = paragraph.find(' ', start);
        if (end == std::string_view::npos)
            end = paragraph.size();
        words.emplace_back(paragraph.substr(start, end - start));
        start = end + 1;
    }
    std::vector<std::string> units;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string unit = words[i];
        if (unit.starts_with('(') && unit.find(')') == std::string::npos) {
            size_t close = i + 1;
            while (close < words.size() && close <= i + 2 &&
                   words[close].find(')') == std::string::npos)
                ++close;
            if (close < words.size() && close <= i + 2)
                for (; i < close; ++i)
                    unit += " " + words[i + 1];
        }
        units.push_back(std::move(unit));
    }
    if (units.size() > 1 && units.back().size() <= 2) {
        units[units.size() - 2] += " " + units.back();
        units.pop_back();
    }
    return units;
}

} // namespace

std::vector<std::string> Ui::wrap(std::string_view text, float width, ImFont* f, float size) {
    // Words are measured in their shaped form, since Arabic letters change width when joined.
    std::vector<std::string> lines;
    auto width_of = [&](const std::string& s) {
        std::string_view shown = bidi_.visual(s, rtl());
        return f->CalcTextSizeA(size, FLT_MAX, 0, shown.data(), shown.data() + shown.size()).x;
    };
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string line;
        for (std::string& unit : unbreakable_units(text.substr(start, end - start))) {
            std::string candidate = line.empty() ? unit : line + " " + unit;
            if (!line.empty() && width_of(candidate) > width) {
                lines.push_back(line);
                line = std::move(unit);
            } else {
                line = std::move(candidate);
            }
        }
        // A paragraph break keeps its empty line; the end of the text adds none.
        if (!line.empty() || end < text.size())
            lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

float Ui::paragraph_height(std::string_view text, float width, TextSize size, int max_lines,
                           bool bold) {
    ImFont* f = font(size, bold);
    size_t n = wrap(text, width, f, f->FontSize).size();
    if (max_lines > 0)
        n = std::min(n, static_cast<size_t>(max_lines));
    return static_cast<float>(n) * f->FontSize * 1.35f;
}

float Ui::paragraph(ImDrawList* dl, std::string_view text, Rect box, TextSize size, ImU32 color,
                    Align align, int max_lines, bool bold) {
    ImFont* f = font(size, bold);
    std::vector<std::string> lines = wrap(text, box.w, f, f->FontSize);
    float line_h = f->FontSize * 1.35f;
    size_t count = lines.size();
    if (max_lines > 0 && count > static_cast<size_t>(max_lines)) {
        count = static_cast<size_t>(max_lines);
        // The last line shown ends with "…": with the next line's words it is too wide for the
        // box, so fitting it cuts them and ends it there.
        lines[count - 1] = fitted(lines[count - 1] + " " + lines[count], box.w, size, bold);
    }
    for (size_t i = 0; i < count; ++i)
        this->text(dl, lines[i], {box.x, box.y + line_h * static_cast<float>(i), box.w, line_h},
                   size, color, align, bold);
    return line_h * static_cast<float>(count);
}

Rect Ui::flip(const Rect& area, float offset, float y, float w, float h) const {
    float x = rtl() ? area.x + area.w - offset - w : area.x + offset;
    return {x, y, w, h};
}

bool Ui::hit(std::string_view id, Rect r, std::string_view label, bool* pressed) {
    ImGui::SetCursorScreenPos(r.min());
    ImGui::PushID(id.data(), id.data() + id.size());
    bool clicked =
        ImGui::InvisibleButton("##hit", ImVec2(std::max(r.w, 1.0f), std::max(r.h, 1.0f)));
    if (pressed)
        *pressed = ImGui::IsItemActive();
    ImGui::PopID();
    record(label, r, true);
    // A finger needs 64 px at 1080p; the check allows the half pixel floats leave.
    if (findings && (r.w < m.u(64) - 0.5f || r.h < m.u(64) - 0.5f))
        findings->push_back({LayoutFinding::Kind::small_target,
                             std::string(label.empty() ? id : label),
                             std::to_string(static_cast<int>(r.w)) + "x" +
                                 std::to_string(static_cast<int>(r.h)) + " px"});
    return clicked;
}

bool Ui::button(std::string_view id, Rect r, std::string_view label, const char* icon, ImU32 fill,
                ImU32 ink, TextSize size) {
    bool pressed = false;
    bool clicked = hit(id, r, label, &pressed);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float rounding = std::min(m.radius(), r.h / 2);
    if (!pressed)
        dl->AddRectFilled(ImVec2(r.x, r.y + m.u(3)), ImVec2(r.x + r.w, r.y + r.h + m.u(3)),
                          palette::shadow, rounding);
    Rect body = pressed ? Rect{r.x, r.y + m.u(2), r.w, r.h} : r;
    dl->AddRectFilled(body.min(), body.max(), fill, rounding);
    if (pressed)
        dl->AddRectFilled(body.min(), body.max(), palette::pressed, rounding);
    // Icon then label, as one centred group (mirrored in Arabic).
    ImFont* f = font(size, true);
    float icon_w = icon ? f->FontSize * 1.2f : 0;
    float label_w = label.empty() ? 0 : measure(label, size, true).x;
    float gap = icon && !label.empty() ? m.u(14) : 0;
    float total = std::min(icon_w + gap + label_w, body.w - m.u(24));
    float start = body.x + (body.w - total) / 2;
    Rect group{start, body.y, total, body.h};
    if (icon) {
        Rect icon_box = flip(group, 0, body.y, icon_w, body.h);
        ImVec2 isz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, icon);
        if (findings)
            check_text(label, icon, f, ImVec2(0, 0), icon_box);
        dl->AddText(f, f->FontSize,
                    ImVec2(std::floor(icon_box.x + (icon_w - isz.x) / 2),
                           std::floor(icon_box.y + (icon_box.h - isz.y) / 2)),
                    ink, icon);
    }
    if (!label.empty()) {
        Rect text_box = flip(group, icon_w + gap, body.y, total - icon_w - gap, body.h);
        text(dl, label, text_box, size, ink, Align::centre, true);
    }
    return clicked;
}

void Ui::shadow(ImDrawList* dl, Rect r, float rounding) {
    fonts_.shadow.draw(dl, r.min(), r.max(), rounding, m.u(2.5f));
}

void Ui::photo(ImDrawList* dl, const std::string& relative_path, Rect r, float rounding,
               ImDrawFlags corners, ImU32 backdrop, PhotoFit fit) {
    SDL_Texture* texture = nullptr;
    int tw = 0, th = 0;
    if (store && !relative_path.empty()) {
        texture = photos_.get(store->media_path(relative_path));
        if (texture)
            SDL_QueryTexture(texture, nullptr, nullptr, &tw, &th);
    }
    if (!texture || tw == 0 || th == 0) {
        dl->AddRectFilled(r.min(), r.max(), palette::sand_deep, rounding, corners);
        return;
    }
    float frame = r.w / r.h, image = static_cast<float>(tw) / static_cast<float>(th);
    ImVec2 uv0(0, 0), uv1(1, 1);
    if (fit == PhotoFit::contain && std::abs(image - frame) > 0.01f) {
        // The whole object on a mount close to the sample photos' own backdrop.
        dl->AddRectFilled(r.min(), r.max(), palette::sand_deep, rounding, corners);
        Rect inner = r;
        if (image > frame)
            inner.h = r.w / image, inner.y = r.y + (r.h - inner.h) / 2;
        else
            inner.w = r.h * image, inner.x = r.x + (r.w - inner.w) / 2;
        dl->AddImage(reinterpret_cast<ImTextureID>(texture), inner.min(), inner.max());
        return;
    }
    // Cover: crop the photo's longer side so it fills the frame without distortion; a tall
    // crop takes a third from the top and two thirds from the bottom, where the photo's floor
    // and shadow are.
    if (image > frame) {
        float keep = frame / image;
        uv0.x = (1 - keep) / 2, uv1.x = 1 - uv0.x;
    } else {
        float keep = image / frame;
        uv0.y = (1 - keep) / 3, uv1.y = uv0.y + keep;
    }
    // A plain quad, then the corners masked: SDL's software rasteriser mis-samples the long
    // thin triangles of a rounded textured fan, and approved images come from it.
    dl->AddImage(reinterpret_cast<ImTextureID>(texture), r.min(), r.max(), uv0, uv1);
    if (rounding <= 0)
        return;
    struct Corner {
        ImDrawFlags flag;
        ImVec2 at, centre;
        float from;
    };
    const Corner all[] = {
        {ImDrawFlags_RoundCornersTopLeft, r.min(), ImVec2(r.x + rounding, r.y + rounding), IM_PI},
        {ImDrawFlags_RoundCornersTopRight, ImVec2(r.x + r.w, r.y),
         ImVec2(r.x + r.w - rounding, r.y + rounding), IM_PI * 1.5f},
        {ImDrawFlags_RoundCornersBottomRight, r.max(),
         ImVec2(r.x + r.w - rounding, r.y + r.h - rounding), 0},
        {ImDrawFlags_RoundCornersBottomLeft, ImVec2(r.x, r.y + r.h),
         ImVec2(r.x + rounding, r.y + r.h - rounding), IM_PI * 0.5f},
    };
    for (const Corner& c : all) {
        if (!(corners & c.flag))
            continue;
        // A fan from the square corner over the quarter circle covers exactly what rounding
        // removes.
        dl->PathLineTo(c.at);
        dl->PathArcTo(c.centre, rounding, c.from, c.from + IM_PI * 0.5f, 10);
        dl->PathFillConvex(backdrop);
    }
}

void ScrollArea::begin(Ui& ui, Rect view, float content, bool horizontal) {
    extent_ = horizontal ? view.w : view.h;
    TouchInput& input = ui.input();
    if (view.contains(input.gesture_origin())) {
        ImVec2 d = input.scroll_delta();
        offset_ -= horizontal ? (ui.rtl() ? -d.x : d.x) : d.y;
    }
    offset_ = std::clamp(offset_, 0.0f, std::max(0.0f, content - extent_));
    ImGui::PushClipRect(view.min(), view.max(), true);
}

void ScrollArea::end() {
    ImGui::PopClipRect();
}

} // namespace vitrine::kiosk
