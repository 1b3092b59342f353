#include "screens/admin.h"

#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace vitrine::kiosk {
namespace {

// A calm card with its heading, as the visitor's screens draw theirs; returns what is under it.
Rect card(Ui& ui, Rect r, const std::string& heading) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.shadow(dl, r, m.radius());
    dl->AddRectFilled(r.min(), r.max(), palette::off_white, m.radius());
    Rect in = r.inset(m.u(28));
    ui.text(dl, heading, in.top(m.u(48)), TextSize::title, palette::ink, Align::start, true);
    return in.cut_top(m.u(64));
}

// Each key written whole, so that the translations check finds every one.
const char* outcome_text_key(const std::string& outcome) {
    if (outcome == "installed")
        return "admin.outcome_installed";
    if (outcome == "already_installed")
        return "admin.outcome_already_installed";
    if (outcome == "refused")
        return "admin.outcome_refused";
    if (outcome == "no_pack")
        return "admin.outcome_no_pack";
    return "admin.outcome_failed";
}

std::string seconds_text(const Ui& ui, double s) {
    return ui.i18n().format(ui.lang, "admin.seconds", "s", std::to_string(std::lround(s)));
}

} // namespace

void AdminScreen::reset() {
    page_ = Page::pin;
    pad_.clear();
    message_.clear();
    touches_.clear();
    last_touch_ = -1;
    // The lockout outlives a visitor's reset on purpose: walking away does not earn new tries.
}

std::string AdminScreen::title(Ui& ui, const Route&) {
    return ui.tr("admin.title");
}

std::optional<double> AdminScreen::wake_in(const Ui& ui) const {
    double leave = std::max(0.0, last_touch_ + kLeaveAfter - ui.now);
    if (ui.now < locked_until_)
        return std::min(leave, 1.0); // the lockout counts down
    return leave;
}

void AdminScreen::open(Page page) {
    page_ = page;
    if (page == Page::main)
        refresh();
}

void AdminScreen::refresh() {
    if (hooks_.facts)
        facts_ = hooks_.facts();
}

void AdminScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    if (last_touch_ < 0 || ImGui::IsMouseDown(0))
        last_touch_ = ui.now;
    if (ui.now - last_touch_ >= kLeaveAfter) {
        // Nobody has touched it for a minute: an organiser walked away; no visitor finds it.
        reset();
        nav.reset(Route{ScreenKind::attract, {}});
        return;
    }
    ImGui::GetWindowDrawList()->AddRectFilled(area.min(), area.max(), palette::sand);
    switch (page_) {
    case Page::pin:
        return draw_pin(ui, area);
    case Page::main:
        return draw_main(ui, nav, area);
    case Page::report:
        return draw_report(ui, area);
    case Page::confirm_rollback:
        return draw_confirm(ui, area);
    case Page::touch_test:
        return draw_touch_test(ui, area);
    }
}

void AdminScreen::draw_pin(Ui& ui, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float h = m.u(64 + 56 + 40) + PinPad::height(m);
    float y = area.y + std::max(m.margin(), (area.h - h) / 2);
    if (!hooks_.pin_matches) {
        ui.text(dl, ui.tr("admin.no_pin"), {area.x, y, area.w, m.u(56)}, TextSize::title,
                palette::ink, Align::centre, true);
        ui.text(dl, ui.tr("admin.no_pin_hint"), {area.x, y + m.u(64), area.w, m.u(44)},
                TextSize::body, palette::ink_soft, Align::centre);
        return;
    }
    ui.text(dl, ui.tr("admin.pin_title"), {area.x, y, area.w, m.u(56)}, TextSize::title,
            palette::ink, Align::centre, true);
    y += m.u(64);
    bool locked = ui.now < locked_until_;
    std::string line =
        locked
            ? ui.i18n().format(ui.lang, "admin.pin_locked", "s",
                               std::to_string(static_cast<int>(std::ceil(locked_until_ - ui.now))))
            : message_;
    ui.text(dl, line, {area.x, y, area.w, m.u(44)}, TextSize::body,
            locked || !message_.empty() ? palette::terracotta : palette::ink_soft, Align::centre);
    y += m.u(56 + 40);
    if (!pad_.draw(ui, {area.x, y, area.w, PinPad::height(m)}, !locked))
        return;
    if (hooks_.pin_matches(pad_.entered())) {
        wrong_ = 0;
        message_.clear();
        open(Page::main);
    } else if (++wrong_ >= kTries) {
        wrong_ = 0;
        locked_until_ = ui.now + kLockFor;
        message_.clear();
    } else {
        message_ = ui.tr("admin.pin_wrong");
    }
    pad_.clear();
}

void AdminScreen::draw_main(Ui& ui, Navigator& nav, Rect area) {
    const Metrics& m = ui.m;
    Rect page = area.inset(m.margin());
    float g = m.gap();
    // Landscape: what is installed on the start side, what to set and do on the other;
    // portrait: the same four cards one under the other.
    Rect a, b, c, d;
    if (ui.portrait()) {
        float hs[] = {m.u(250), m.u(380), m.u(440), m.u(300)};
        float y = page.y;
        Rect* cards[] = {&a, &b, &c, &d};
        for (int i = 0; i < 4; ++i) {
            *cards[i] = {page.x, y, page.w, hs[i]};
            y += hs[i] + g;
        }
    } else {
        float w = (page.w - g) / 2;
        a = ui.flip(page, 0, page.y, w, m.u(250));
        b = ui.flip(page, 0, page.y + m.u(250) + g, w, page.h - m.u(250) - g);
        c = ui.flip(page, w + g, page.y, w, m.u(440));
        d = ui.flip(page, w + g, page.y + m.u(440) + g, w, page.h - m.u(440) - g);
    }
    draw_catalogue(ui, a);
    draw_updates(ui, b);
    draw_settings(ui, c);
    draw_actions(ui, nav, d);
}

void AdminScreen::draw_catalogue(Ui& ui, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect in = card(ui, r, ui.tr("admin.installed"));
    if (!facts_.installed) {
        ui.text(dl, ui.tr("admin.no_catalogue"), in.top(m.u(40)), TextSize::body,
                palette::ink_soft);
        return;
    }
    const CatalogInfo& info = *facts_.installed;
    ui.text_fit(dl, info.fair.name.in(ui.lang), in.top(m.u(40)), TextSize::body, palette::ink,
                Align::start, true);
    std::string version =
        ui.i18n().format(ui.lang, "admin.version", "v", std::to_string(info.stamp.version)) +
        " · " + info.stamp.created.substr(0, 10);
    ui.text_fit(dl, version, in.cut_top(m.u(44)).top(m.u(40)), TextSize::body, palette::ink_soft);
    std::string counts =
        ui.i18n().format(ui.lang, "admin.counts_exhibitors", "n", std::to_string(info.exhibitors)) +
        " · " +
        ui.i18n().format(ui.lang, "admin.counts_products", "n", std::to_string(info.products)) +
        " · " + ui.i18n().format(ui.lang, "admin.counts_photos", "n", std::to_string(info.photos));
    ui.text_fit(dl, counts, in.cut_top(m.u(88)).top(m.u(40)), TextSize::body, palette::ink_soft);
}

void AdminScreen::draw_updates(Ui& ui, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect in = card(ui, r, ui.tr("admin.updates"));
    if (facts_.updates.empty()) {
        ui.text(dl, ui.tr("admin.no_updates"), in.top(m.u(40)), TextSize::body, palette::ink_soft);
        return;
    }
    float row = m.target() + m.u(12);
    size_t rows = std::min(facts_.updates.size(), static_cast<size_t>(std::max(1.0f, in.h / row)));
    for (size_t i = 0; i < rows; ++i) {
        const PastUpdate& u = facts_.updates[i];
        Rect line{in.x, in.y + static_cast<float>(i) * row, in.w, m.target()};
        // By version rather than by time, as the organisers name their packs.
        std::string label = u.pack + " · " + ui.tr(outcome_text_key(u.outcome)) +
                            (u.version ? " · " + ui.i18n().format(ui.lang, "admin.version", "v",
                                                                  std::to_string(*u.version))
                                       : "");
        bool good = u.outcome == "installed" || u.outcome == "already_installed";
        if (ui.button("update-" + std::to_string(i), line,
                      ui.fitted(label, line.w - m.u(48), TextSize::caption, true), nullptr,
                      good ? palette::sand : palette::rgb(0xF1D9CC),
                      good ? palette::ink : palette::terracotta, TextSize::caption)) {
            report_ = i;
            open(Page::report);
        }
    }
}

void AdminScreen::draw_settings(Ui& ui, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    std::string name = facts_.kiosk_name.empty() ? facts_.kiosk_id : facts_.kiosk_name;
    Rect in = card(ui, r, ui.i18n().format(ui.lang, "admin.this_kiosk", "name", name));
    float y = in.y;
    float label_w = in.w * 0.34f, rest = in.w - label_w;
    auto label = [&](const std::string& text) {
        ui.text_fit(dl, text, ui.flip(in, 0, y, label_w - m.u(12), m.target()), TextSize::caption,
                    palette::ink_soft);
    };
    auto choice = [&](const std::string& id, size_t i, size_t n, const std::string& text,
                      bool active) {
        float gap = m.u(10), w = (rest - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
        Rect b = ui.flip(in, label_w + static_cast<float>(i) * (w + gap), y, w, m.target());
        return ui.button(id, b, ui.fitted(text, w - m.u(16), TextSize::caption, true), nullptr,
                         active ? palette::ink : palette::sand,
                         active ? palette::off_white : palette::ink, TextSize::caption);
    };

    label(ui.tr("admin.you_are_here"));
    size_t n = std::min<size_t>(facts_.kiosks.size(), 4);
    for (size_t i = 0; i < n; ++i)
        if (choice("kiosk-" + facts_.kiosks[i], i, n, facts_.kiosks[i],
                   facts_.kiosks[i] == facts_.kiosk_id) &&
            hooks_.set_kiosk) {
            said(hooks_.set_kiosk(facts_.kiosks[i]));
            refresh();
        }
    if (n == 0)
        ui.text(dl, ui.tr("admin.no_kiosks"), ui.flip(in, label_w, y, rest, m.target()),
                TextSize::caption, palette::ink_soft);
    y += m.target() + m.u(20);

    label(ui.tr("admin.default_language"));
    const std::pair<Lang, const char*> langs[] = {{Lang::fr, "Français"},
                                                  {Lang::ar, "العربية"},
                                                  {Lang::en, "English"},
                                                  {Lang::zgh, "ⵜⴰⵎⴰⵣⵉⵖⵜ"}};
    for (size_t i = 0; i < 4; ++i)
        if (choice(std::string("default-") + std::string(lang_code(langs[i].first)), i, 4,
                   langs[i].second, langs[i].first == facts_.default_lang) &&
            hooks_.set_default_lang) {
            said(hooks_.set_default_lang(langs[i].first));
            refresh();
        }
    y += m.target() + m.u(20);

    label(ui.tr("admin.idle_timeout"));
    const double steps[] = {30, 60, 90, 120, 180};
    for (size_t i = 0; i < 5; ++i)
        if (choice("idle-" + std::to_string(static_cast<int>(steps[i])), i, 5,
                   seconds_text(ui, steps[i]), std::abs(steps[i] - facts_.idle_timeout_s) < 0.5) &&
            hooks_.set_idle_timeout) {
            said(hooks_.set_idle_timeout(steps[i]));
            refresh();
        }
    y += m.target() + m.u(20);
    ui.text_fit(dl, message_, {in.x, y, in.w, m.u(40)}, TextSize::caption, palette::zellige,
                Align::start, true);
}

void AdminScreen::draw_actions(Ui& ui, Navigator& nav, Rect r) {
    const Metrics& m = ui.m;
    Rect in = card(ui, r, ui.tr("admin.actions"));
    struct Action {
        const char* id;
        std::string label;
        const char* glyph;
        bool shown;
    };
    const Action actions[] = {
        {"touch-test", ui.tr("admin.touch_test"), icon::hand, true},
        {"rollback", ui.tr("admin.rollback"), icon::back, facts_.can_rollback},
        {"force", ui.tr("admin.force"), icon::forward, facts_.can_force},
        {"export", ui.tr("admin.export_statistics"), icon::users, bool(hooks_.export_statistics)},
        {"quit", ui.tr("admin.quit"), icon::close, bool(hooks_.quit)},
        {"close", ui.tr("admin.close"), icon::home, true},
    };
    float gap = m.u(16), w = (in.w - gap) / 2;
    int slot = 0;
    for (const Action& a : actions) {
        if (!a.shown)
            continue;
        Rect b = ui.flip(in, static_cast<float>(slot % 2) * (w + gap),
                         in.y + static_cast<float>(slot / 2) * (m.target() + gap), w, m.target());
        ++slot;
        bool quiet = std::string_view(a.id) != "close";
        if (!ui.button(a.id, b, ui.fitted(a.label, w - m.u(90), TextSize::caption, true), a.glyph,
                       quiet ? palette::sand : palette::ink,
                       quiet ? palette::ink : palette::off_white, TextSize::caption))
            continue;
        std::string_view id = a.id;
        if (id == "touch-test") {
            touches_.clear();
            open(Page::touch_test);
        } else if (id == "rollback") {
            open(Page::confirm_rollback);
        } else if (id == "force") {
            said(hooks_.force_install());
            refresh();
        } else if (id == "export") {
            said(hooks_.export_statistics());
        } else if (id == "quit") {
            hooks_.quit();
        } else {
            reset();
            nav.reset(Route{ScreenKind::attract, {}});
        }
    }
}

void AdminScreen::draw_report(Ui& ui, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());
    Rect in = card(ui, page.top(page.h - m.target() - m.gap()), ui.tr("admin.report"));
    if (report_ < facts_.updates.size())
        // The report as the stick has it, French then English, in its own left-to-right order.
        ui.paragraph(dl, facts_.updates[report_].report, in, TextSize::caption, palette::ink,
                     Align::start, static_cast<int>(in.h / m.u(34)));
    Rect back = ui.flip(page, 0, page.y + page.h - m.target(), m.u(320), m.target());
    if (ui.button("report-back", back, ui.tr("admin.back"), ui.rtl() ? icon::forward : icon::back,
                  palette::ink, palette::off_white, TextSize::caption))
        open(Page::main);
}

void AdminScreen::draw_confirm(Ui& ui, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = std::min(area.w - 2 * m.margin(), m.u(900));
    Rect box{area.x + (area.w - w) / 2, area.y + area.h * 0.25f, w, m.u(340)};
    Rect in = card(ui, box, ui.tr("admin.rollback_title"));
    ui.paragraph(dl, ui.tr("admin.rollback_body"), in.top(m.u(120)), TextSize::body,
                 palette::ink_soft, Align::start, 3);
    float bw = (in.w - m.gap()) / 2, y = in.y + in.h - m.target();
    if (ui.button("rollback-no", ui.flip(in, 0, y, bw, m.target()), ui.tr("admin.cancel"), nullptr,
                  palette::sand, palette::ink, TextSize::caption))
        open(Page::main);
    if (ui.button("rollback-yes", ui.flip(in, bw + m.gap(), y, bw, m.target()),
                  ui.tr("admin.rollback_confirm"), icon::back, palette::terracotta,
                  palette::off_white, TextSize::caption)) {
        said(hooks_.rollback ? hooks_.rollback() : std::string());
        open(Page::main);
    }
}

void AdminScreen::draw_touch_test(Ui& ui, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.text(dl, ui.tr("admin.touch_test_hint"), area.inset(m.margin()).top(m.u(48)), TextSize::body,
            palette::ink_soft, Align::centre);
    Rect close = ui.flip(area.inset(m.margin()), 0, area.y + area.h - m.margin() - m.target(),
                         m.u(320), m.target());
    if (ui.button("touch-done", close, ui.tr("admin.back"), ui.rtl() ? icon::forward : icon::back,
                  palette::ink, palette::off_white, TextSize::caption)) {
        open(Page::main);
        return;
    }
    // Where each finger landed, kept so a dead zone on the glass shows as a gap among them.
    ImVec2 p = ImGui::GetIO().MousePos;
    if (ImGui::IsMouseClicked(0) && area.contains(p) && !close.contains(p)) {
        touches_.push_back(p);
        if (touches_.size() > 200)
            touches_.erase(touches_.begin());
    }
    for (const ImVec2& t : touches_) {
        dl->AddCircle(t, m.u(36), palette::majorelle, 0, m.u(3));
        dl->AddLine(ImVec2(t.x - m.u(48), t.y), ImVec2(t.x + m.u(48), t.y), palette::majorelle,
                    m.u(2));
        dl->AddLine(ImVec2(t.x, t.y - m.u(48)), ImVec2(t.x, t.y + m.u(48)), palette::majorelle,
                    m.u(2));
    }
}

std::unique_ptr<Screen> make_admin_screen() {
    return std::make_unique<AdminScreen>();
}

} // namespace vitrine::kiosk
