#include "ui/fonts.h"

#include "ui/bidi.h"
#include "vitrine/catalog/model.h"

#include <fstream>
#include <imgui_freetype.h>
#include <iterator>
#include <stdexcept>

namespace vitrine::kiosk {

// [SECTION] The glyphs the atlas holds

namespace {

// Every icon a screen draws. The atlas holds these only: Font Awesome's whole block at five
// sizes was a quarter of the atlas.
constexpr const char* kIcons[] = {
    icon::home,      icon::back,      icon::forward, icon::search,   icon::map,     icon::marker,
    icon::sectors,   icon::stands,    icon::globe,   icon::info,     icon::clock,   icon::phone,
    icon::mail,      icon::link,      icon::star,    icon::tag,      icon::hand,    icon::close,
    icon::backspace, icon::keyboard,  icon::route,   icon::entrance, icon::coffee,  icon::first_aid,
    icon::users,     icon::plus,      icon::minus,   icon::recentre, icon::toilets, icon::prayer,
    icon::exit,      icon::emergency, icon::here,    icon::walk,     icon::down,    icon::calendar,
    "\xef\x85\xb8", // F178 long-arrow-right: the Arabic keyboard's backspace (keyboard.cpp)
};

// The sources of the atlas and the characters each may draw, first match wins: Arabic and
// Tifinagh from their own fonts, icons from Font Awesome, everything else from Noto Sans.
const std::vector<ImWchar> kLatinRanges = {0x0020, 0x024F, 0x2000, 0x206F, 0x20AC, 0x20AC,
                                           0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
const std::vector<ImWchar> kArabicRanges = {0x0600, 0x06FF, 0x0750, 0x077F, 0x08A0, 0x08FF,
                                            0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
const std::vector<ImWchar> kTifinaghRanges = {0x2D30, 0x2D7F, 0};
const std::vector<ImWchar> kIconRanges = {0xF000, 0xF2E0, 0};
const std::vector<ImWchar> kDigits = {'0', '9', 0};

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The next code point of `text` from `i`, advancing `i`; kInvalid for a malformed sequence
// (its first byte is skipped).
char32_t next_code_point(std::string_view text, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) {
        ++i;
        return kInvalid;
    }
    char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return kInvalid;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += n;
    return cp;
}

std::string utf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// Letters FriBidi joins: the Arabic blocks. Their presentation forms are what gets drawn.
bool joins(char32_t cp) {
    return (cp >= 0x0620 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
           (cp >= 0x08A0 && cp <= 0x08FF);
}

bool is_lam_or_alef(char32_t cp) {
    return cp == 0x0644 || cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0627;
}

} // namespace

GlyphSet::GlyphSet() {
    for (char32_t cp = 0x20; cp <= 0x7E; ++cp) // digits, punctuation, typed Latin letters
        add(cp);
    add_text("éèàç«»·°"); // the French keyboard's accents; what screens join texts with
    for (char32_t cp = 0x2010; cp <= 0x2027; ++cp) // dashes, quotes, bullet, ellipsis (…)
        add(cp);
    add(0x20AC);                                   // €
    for (char32_t cp = 0x0621; cp <= 0x064A; ++cp) // the Arabic keyboard: any word may be typed
        add(cp);
    for (char32_t cp = 0x2D30; cp <= 0x2D6F; ++cp) // the Tifinagh keyboard: IRCAM's letters
        add(cp);
    for (const char* i : kIcons)
        add_text(i);
    // What the kiosk writes itself: the narrow no-break space of "15 000" and the Arabic comma
    // of lists.
    add(0x202F);
    add(0x060C);
}

bool GlyphSet::contains(char32_t cp) const {
    return cp < 0x10000 && (bits_[cp / 64] >> (cp % 64) & 1) != 0;
}

void GlyphSet::add(char32_t cp) {
    if (cp >= 0x10000 || contains(cp))
        return;
    bits_[cp / 64] |= uint64_t(1) << (cp % 64);
    if (!joins(cp))
        return;
    // Isolated, initial, medial and final forms, as FriBidi shapes the letter between tatweels
    // (which join on both sides); and with lam or an alef, every lam-alef ligature.
    const std::string letter = utf8(cp), tatweel = utf8(0x0640);
    std::vector<std::string> shaped = {letter, letter + tatweel, tatweel + letter + tatweel,
                                       tatweel + letter};
    if (is_lam_or_alef(cp))
        for (char32_t alef : {0x0622, 0x0623, 0x0625, 0x0627}) {
            shaped.push_back(utf8(0x0644) + utf8(alef));
            shaped.push_back(tatweel + utf8(0x0644) + utf8(alef));
        }
    for (const std::string& word : shaped)
        add_text(to_visual(word, true));
}

void GlyphSet::add_text(std::string_view text) {
    for (size_t i = 0; i < text.size();)
        if (char32_t cp = next_code_point(text, i); cp != kInvalid)
            add(cp);
}

bool GlyphSet::covers(std::string_view text) const {
    for (size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) { // ASCII is always there
            ++i;
            continue;
        }
        char32_t cp = next_code_point(text, i);
        if (cp != kInvalid && cp < 0x10000 && !contains(cp))
            return false;
    }
    return true;
}

bool GlyphSet::add_missing(std::string_view text) {
    if (covers(text))
        return false;
    add_text(text);
    return true;
}

void GlyphSet::add_translations(const std::filesystem::path& dir) {
    // Keys are ASCII and the texts are written as plain UTF-8, never escaped, so every other
    // character of a file is a character of some translation.
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        add_text(std::string(std::istreambuf_iterator<char>(in), {}));
    }
}

void GlyphSet::add_catalog(const Catalog& c) {
    auto text = [&](const Text& t) {
        for (const std::string& v : t.values)
            add_text(v);
    };
    for (const Text* t : {&c.fair.name, &c.fair.venue, &c.fair.city, &c.fair.hours,
                          &c.fair.organiser, &c.fair.about})
        text(*t);
    for (const Sector& s : c.sectors)
        text(s.name);
    for (const Exhibitor& e : c.exhibitors) {
        for (const Text* t : {&e.name, &e.city, &e.region, &e.description, &e.association})
            text(*t);
        for (const std::string* v : {&e.phone, &e.email, &e.website, &e.stand})
            add_text(*v);
    }
    for (const Product& p : c.products)
        for (const Text* t : {&p.name, &p.description, &p.material})
            text(*t);
    for (const Stand& s : c.plan.stands) {
        add_text(s.id);
        text(s.zone);
    }
    for (const Door& d : c.plan.doors)
        text(d.name);
    for (const Facility& f : c.plan.facilities)
        text(f.name);
}

std::vector<ImWchar> GlyphSet::ranges_within(const std::vector<ImWchar>& allowed) const {
    std::vector<ImWchar> out;
    for (size_t r = 0; r + 1 < allowed.size() && allowed[r] != 0; r += 2)
        for (char32_t cp = allowed[r]; cp <= allowed[r + 1]; ++cp) {
            if (!contains(cp))
                continue;
            if (!out.empty() && static_cast<char32_t>(out.back()) + 1 == cp)
                out.back() = static_cast<ImWchar>(cp); // extends the last range
            else
                out.insert(out.end(), {static_cast<ImWchar>(cp), static_cast<ImWchar>(cp)});
        }
    out.push_back(0);
    return out;
}

GlyphSet glyphs_for(const std::filesystem::path& translations, const Catalog* catalog) {
    GlyphSet glyphs;
    glyphs.add_translations(translations);
    if (catalog)
        glyphs.add_catalog(*catalog);
    return glyphs;
}

// [SECTION] The atlas

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

void Fonts::build(ImFontAtlas& atlas, const Metrics& m, const GlyphSet& glyphs) {
    // ImGui reads these until Build(); ClearInputData() below lets go of them.
    const std::vector<ImWchar> latin = glyphs.ranges_within(kLatinRanges);
    const std::vector<ImWchar> arabic_glyphs = glyphs.ranges_within(kArabicRanges);
    const std::vector<ImWchar> tifinagh_glyphs = glyphs.ranges_within(kTifinaghRanges);
    const std::vector<ImWchar> icon_glyphs = glyphs.ranges_within(kIconRanges);

    // Each file is read once for all five sizes and lent to ImGui, which would otherwise copy it
    // for every size and keep the copies (8 MiB) for as long as the atlas lives.
    auto read = [](const std::string& file, const std::string& package) {
        std::filesystem::path path = find_font(file, package);
        std::ifstream in(path, std::ios::binary);
        std::vector<char> bytes(std::filesystem::file_size(path));
        if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
            throw std::runtime_error("cannot read the font " + path.string());
        return bytes;
    };
    std::vector<char> regular = read("NotoSans-Regular.ttf", "fonts-noto-core");
    std::vector<char> bold = read("NotoSans-Bold.ttf", "fonts-noto-core");
    std::vector<char> arabic = read("NotoSansArabicUI-Regular.ttf", "fonts-noto-ui-core");
    std::vector<char> arabic_bold = read("NotoSansArabicUI-Bold.ttf", "fonts-noto-ui-core");
    std::vector<char> tifinagh = read("NotoSansTifinagh-Regular.ttf", "fonts-noto-core");
    std::vector<char> icons = read("fontawesome-webfont.ttf", "fonts-font-awesome");

    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;

    auto add_file = [&](std::vector<char>& file, float size, const ImFontConfig& config,
                        const std::vector<ImWchar>& ranges) {
        ImFontConfig lent = config;
        lent.FontDataOwnedByAtlas = false;
        return atlas.AddFontFromMemoryTTF(file.data(), static_cast<int>(file.size()), size, &lent,
                                          ranges.data());
    };
    auto add = [&](float size, bool is_bold) {
        ImFontConfig base;
        base.OversampleH = 1; // FreeType renders at the exact size; no oversampling needed
        base.PixelSnapH = true;
        ImFont* font = add_file(is_bold ? bold : regular, size, base, latin);
        ImFontConfig merge = base;
        merge.MergeMode = true;
        // A script none of the texts uses costs no font file.
        if (arabic_glyphs.size() > 1)
            add_file(is_bold ? arabic_bold : arabic, size * 1.05f, merge, arabic_glyphs);
        if (tifinagh_glyphs.size() > 1) {
            // Noto Sans Tifinagh has no bold face: FreeType emboldens it where the Latin and
            // Arabic beside it are bold, so a title reads as one weight in every script.
            ImFontConfig tifinagh_cfg = merge;
            if (is_bold)
                tifinagh_cfg.FontBuilderFlags |= ImGuiFreeTypeBuilderFlags_Bold;
            add_file(tifinagh, size, tifinagh_cfg, tifinagh_glyphs);
        }
        ImFontConfig icon_cfg = merge;
        icon_cfg.GlyphMinAdvanceX = size; // icons line up in columns
        icon_cfg.GlyphOffset = ImVec2(0, size * 0.02f);
        add_file(icons, size * 0.9f, icon_cfg, icon_glyphs);
        return font;
    };
    caption = add(m.text(TextSize::caption), false);
    body = add(m.text(TextSize::body), false);
    body_bold = add(m.text(TextSize::body), true);
    title = add(m.text(TextSize::title), true);
    display = add(m.text(TextSize::display), true);
    ImFontConfig digits_cfg;
    digits_cfg.OversampleH = 1;
    digits_cfg.PixelSnapH = true;
    countdown = add_file(bold, m.u(96), digits_cfg, kDigits);
    shadow.reserve(atlas, m.radius(), m.u(2.5f));
    if (!atlas.Build())
        throw std::runtime_error("the font atlas could not be built");
    shadow.paint(atlas);
    // The glyphs are rasterised: the font files may go (they are read again at the next build).
    atlas.ClearInputData();
}

} // namespace vitrine::kiosk
