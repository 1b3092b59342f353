#include "app/app.h"

#include "platform/imgui_sdl_renderer.h"
#include "screens/admin.h"
#include "vitrine/catalog/errors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <imgui.h>
#include <string_view>

namespace vitrine::kiosk {

App::App(AppOptions options)
    : options_(std::move(options)), imgui_(ImGui::CreateContext()),
      i18n_(options_.assets_dir / "i18n"), nav_(Route{ScreenKind::attract, {}}),
      ui_(i18n_, fonts_, bidi_, photos_, input_),
      updates_(with_stick_exports(options_.updates), options_.data_dir),
      lang_(options_.default_lang) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a kiosk keeps no window settings
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    io.MouseDragThreshold = 1e9f; // our input layer tells taps from drags
    try {
        store_.emplace(options_.data_dir);
        show(open_shown(*store_));
    } catch (const NoCatalogError&) {
        catalog_.reset(); // the calm "coming soon" screen
    } catch (const Error& e) {
        // Logged, never shown: the visitor sees the calm screen rather than an error.
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "catalogue unavailable: %s", e.what());
        catalog_.reset();
    }
    // Beside the catalogue, never touched by an import or a rollback.
    stats_epoch_ = Clock::now();
    try {
        stats_ = std::make_unique<StatsStore>(StatsStore::file_in(options_.data_dir));
        stats_for_sticks_.store(stats_.get());
    } catch (const std::exception& e) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "statistics not kept: %s", e.what());
    }
    // Only the characters this catalogue and the translations can show go into the atlas.
    glyphs_ = glyphs_for(options_.assets_dir / "i18n", catalog_ ? &*catalog_ : nullptr);
    screens_ = make_screens();
    static_cast<AdminScreen&>(*screens_.at(ScreenKind::admin)).attach(admin_hooks());
    if (!catalog_)
        nav_.reset(Route{ScreenKind::no_catalog, {}});
    if (catalog_ && options_.kiosk_id.empty() && !catalog_->plan.kiosks.empty())
        options_.kiosk_id = catalog_->plan.kiosks.front().id;
}

App::~App() {
    ImGui::DestroyContext(imgui_);
}

void App::show(std::unique_ptr<ShownCatalog> shown) {
    wayfinder_.reset(); // it refers to the plan of the catalogue it was made for
    lease_ = std::move(shown->lease);
    catalog_ = std::move(shown->catalog);
    search_ = std::move(shown->search);
    try {
        wayfinder_.emplace(catalog_->plan);
    } catch (const std::exception& e) {
        // The catalogue stays; only the way to the stands is missing from the map.
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "no routes on the map: %s", e.what());
    }
}

bool App::follow_catalog(double now) {
    bool installed = false;
    if (updates_.poll(now, &installed))
        dirty_ = true;
    if (installed)
        follower_.look_now(); // the stick's catalogue at once, not at the next second
    auto next = store_ ? follower_.poll(*store_, lease_ ? lease_->id() : "", now) : nullptr;
    if (!next)
        return false;
    show(std::move(next));
    glyphs_ = glyphs_for(options_.assets_dir / "i18n", &*catalog_);
    glyphs_added_ = true;
    // Screens keep ids, not pointers, but what they worked out (walks, cards, scroll
    // extents) belongs to the old catalogue. The visitor stays where they are when it exists.
    for (auto& [kind, screen] : screens_)
        screen->reset();
    if (nav_.current().kind == ScreenKind::no_catalog) {
        nav_.reset(Route{ScreenKind::attract, {}});
    } else if (!route_exists(nav_.current(), *catalog_)) {
        nav_.home();
        follower_.notify_sent_home(now);
    }
    dirty_ = true;
    return true;
}

void App::resize(int width, int height, ImGuiSdlRenderer& renderer) {
    width_ = width;
    height_ = height;
    input_.set_viewport(width, height);
    float scale = static_cast<float>(std::min(width, height)) / 1080.0f;
    if (scale != scale_) {
        scale_ = scale;
        ui_.m.scale = scale;
        input_.set_scale(scale);
        apply_style(ImGui::GetStyle(), ui_.m);
        build_fonts(renderer);
    }
    font_renderer_ = &renderer;
    dirty_ = true;
}

void App::build_fonts(ImGuiSdlRenderer& renderer) {
    fonts_.build(*ImGui::GetIO().Fonts, ui_.m, glyphs_);
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    glyphs_added_ = false;
    ++font_builds_;
}

bool App::picture_changed() {
    // A texture is known by its address, which a new one may reuse: the counts of textures made
    // tell those apart.
    return picture_.changed(ImGui::GetDrawData(), uint64_t(photos_.uploads()) * 31 + font_builds_);
}

bool App::handle(const SDL_Event& event, double now) {
    bool touch = event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN ||
                 event.type == SDL_MOUSEWHEEL || event.type == SDL_KEYDOWN;
    // A touch on the countdown keeps the visit and nothing more: it must not also open what
    // happens to lie under the finger. The whole gesture is taken, up to the finger lifting.
    if (touch && countdown_shown_)
        swallowing_ = true;
    if (swallowing_) {
        if (event.type == SDL_MOUSEBUTTONUP || event.type == SDL_FINGERUP)
            swallowing_ = false;
        last_input_ = now;
        dirty_ = true;
        return true;
    }
    bool changed = input_.push(event);
    if (touch) {
        last_input_ = now;
        if (!visit_started_)
            visit_started_ = now; // the first touch of a visit
        changed = true;
    }
    if (admin_gesture_.handle(event, now, width_, height_, scale_) &&
        nav_.current().kind != ScreenKind::admin) {
        SDL_Log("admin: the hidden gesture opened the admin screen");
        nav_.go(Route{ScreenKind::admin, {}});
    }
    dirty_ = dirty_ || changed;
    return changed;
}

bool App::pump_photos(SDL_Renderer* renderer) {
    bool arrived = photos_.pump(renderer);
    dirty_ = dirty_ || arrived;
    return arrived;
}

void App::set_lang(Lang lang) {
    if (lang == lang_)
        return;
    lang_ = lang;
    bidi_.clear();
    dirty_ = true;
}

void App::reset_visit() {
    count_visit_end(last_frame_);
    visit_.clear();
    for (auto& [kind, screen] : screens_)
        screen->reset();
    lang_ = options_.default_lang;
    bidi_.clear();
    nav_.reset(Route{catalog_ ? ScreenKind::attract : ScreenKind::no_catalog, {}});
    dirty_ = true;
}

Screen& App::screen_for(ScreenKind kind) {
    return *screens_.at(kind);
}

bool App::needs_frame() const {
    return dirty_ || !input_.idle();
}

std::optional<double> App::next_wake(double now) const {
    if (needs_frame())
        return 0.0;
    std::optional<double> wake;
    auto sooner = [&](double t) { wake = wake ? std::min(*wake, t) : t; };
    const Screen& screen = *screens_.at(nav_.current().kind);
    if (!screen.resting()) {
        double idle = now - last_input_;
        double countdown_from = options_.idle_timeout_s - options_.countdown_s;
        if (idle < countdown_from)
            sooner(countdown_from - idle);
        else
            sooner(std::max(0.0, 1.0 - std::fmod(idle - countdown_from, 1.0))); // once a second
    }
    if (auto notice = follower_.notice_ends_in(now))
        sooner(*notice);
    if (auto notice = visit_.notice_ends_in(now))
        sooner(*notice);
    if (auto banner = updates_.wake_in(now))
        sooner(*banner);
    if (screen.animating(ui_))
        sooner(1.0 / 30.0); // cross-fades run at a low rate
    else if (auto in = screen.wake_in(ui_))
        sooner(*in);
    return wake;
}

void App::frame(double now) {
    double dt = last_frame_ > 0 ? std::clamp(now - last_frame_, 1e-4, 0.25) : 1.0 / 60.0;
    last_frame_ = now;
    dirty_ = false;
    // Between frames, so that no draw data still points at the old atlas texture.
    if (glyphs_added_ && font_renderer_)
        build_fonts(*font_renderer_);

    // A new visitor after a long pause starts fresh.
    if (!screen_for(nav_.current().kind).resting() && now - last_input_ >= options_.idle_timeout_s)
        reset_visit();

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
    io.DeltaTime = static_cast<float>(dt);
    input_.new_frame(io, dt);
    ImGui::NewFrame();

    ui_.catalog = catalog_ ? &*catalog_ : nullptr;
    ui_.store = store_ && options_.photos ? &*store_ : nullptr;
    ui_.search = search_.get();
    ui_.wayfinder = wayfinder_ ? &*wayfinder_ : nullptr;
    ui_.lang = lang_;
    ui_.now = now;
    ui_.screen = {0, 0, io.DisplaySize.x, io.DisplaySize.y};
    ui_.kiosk_id = options_.kiosk_id;
    ui_.visit = &visit_;
    ui_.begin_frame();
    countdown_shown_ = false;

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // No background: the frame is cleared to the same sand first, and a full-screen quad is a
    // whole layer of rasterising for nothing.
    ImGui::Begin("##vitrine", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoBackground);
    if (nav_.take_changed()) {
        dirty_ = true;
        // Logged, never shown: what visitors open, for the organisers and the end-to-end test.
        SDL_Log("screen %s %s", std::string(screen_name(nav_.current().kind)).c_str(),
                describe(nav_.current()).c_str());
        count_screen(counted_route_, nav_.current(), now);
        counted_route_ = nav_.current();
    }
    Route route = nav_.current(); // a copy: screens may navigate while drawing
    Screen& screen = screen_for(route.kind);
    Rect area = ui_.screen;
    if (screen.chrome()) {
        Rect bar = area.top(ui_.m.bar());
        draw_top_bar(screen, route, bar);
        area = area.cut_top(ui_.m.bar());
    }
    screen.draw(ui_, nav_, route, area);

    double idle = now - last_input_;
    if (!screen.resting() && idle >= options_.idle_timeout_s - options_.countdown_s)
        draw_countdown(options_.idle_timeout_s - idle);
    follower_.draw_notice(ui_, now);
    draw_visit_notice(ui_, visit_);
    updates_.draw_banner(ui_, now);
    ImGui::End();
    ImGui::Render();
    if (nav_.current() != route || screen.animating(ui_))
        dirty_ = true;
    // A text with a character the glyph set did not foresee was drawn with "?" in its place:
    // the atlas takes it and the frame is drawn again at once. Logged, so the set can learn it.
    for (const VisibleItem& item : ui_.items())
        if (glyphs_.add_missing(item.text)) {
            SDL_Log("font atlas: adding the characters of \"%s\"", item.text.c_str());
            glyphs_added_ = dirty_ = true;
        }
    flush_statistics(now);
}

void App::draw_top_bar(Screen& screen, const Route& route, Rect bar) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Metrics& m = ui_.m;
    dl->AddRectFilled(bar.min(), bar.max(), palette::off_white);
    dl->AddLine(ImVec2(bar.x, bar.y + bar.h - 1), ImVec2(bar.x + bar.w, bar.y + bar.h - 1),
                palette::sand_deep, m.u(2));
    float pad = m.u(16), size = bar.h - 2 * pad;
    float x = m.margin() - pad;
    Rect inner{bar.x, bar.y + pad, bar.w, size};
    // Labels at body size, read at arm's length; a button grows with a long translation.
    auto nav_w = [&](const char* key) {
        return std::max(size * 2.4f, ui_.measure(ui_.tr(key), TextSize::body).x + size + m.u(40));
    };
    float home_w = nav_w("nav.home"), back_w = nav_w("nav.back");
    if (ui_.button("home", ui_.flip(inner, x, inner.y, home_w, size), ui_.tr("nav.home"),
                   icon::home, palette::sand, palette::ink, TextSize::body))
        nav_.home();
    x += home_w + m.u(16);
    if (nav_.can_go_back() && ui_.button("back", ui_.flip(inner, x, inner.y, back_w, size),
                                         ui_.tr("nav.back"), ui_.rtl() ? icon::forward : icon::back,
                                         palette::sand, palette::ink, TextSize::body))
        nav_.back();

    // Languages, always one tap away, at the other end, far enough apart for a finger.
    const std::pair<Lang, const char*> langs[] = {
        {Lang::fr, "FR"}, {Lang::ar, "عربي"}, {Lang::en, "EN"}, {Lang::zgh, "ⵜⵎⵣ"}};
    float lw = size * 1.5f, gap = m.u(20);
    float lx = m.margin() - pad;
    for (int i = 3; i >= 0; --i) {
        auto [lang, label] = langs[i];
        Rect r = ui_.flip(inner, inner.w - lx - lw, inner.y, lw, size);
        bool active = lang == lang_;
        if (ui_.button(std::string("lang-") + std::string(lang_code(lang)), r, label, nullptr,
                       active ? palette::ink : palette::sand,
                       active ? palette::off_white : palette::ink, TextSize::body))
            set_lang(lang);
        lx += lw + gap;
    }
    // "Ma visite" with its count, next to the languages on every screen.
    float vw = visit_bar_button_width(ui_, size);
    if (visit_bar_button(ui_, visit_, ui_.flip(inner, inner.w - lx - vw, inner.y, vw, size)))
        nav_.go({ScreenKind::visit, {}});
    lx += vw + m.u(16);
    // The title sits centred between both ends. Where it is too long for the title size (a
    // portrait screen), it takes the body size, then two lines of it: every screen says where
    // the visitor is.
    std::string title = screen.title(ui_, route);
    float side = std::max(x + back_w + m.u(24), lx + m.u(16));
    Rect t{bar.x + side, bar.y, bar.w - 2 * side, bar.h};
    if (title.empty() || t.w <= 0)
        return;
    if (ui_.measure(title, TextSize::title, true).x <= t.w)
        ui_.text(dl, title, t, TextSize::title, palette::ink, Align::centre, true);
    else if (ui_.measure(title, TextSize::body, true).x <= t.w)
        ui_.text(dl, title, t, TextSize::body, palette::ink, Align::centre, true);
    else {
        float h = ui_.paragraph_height(title, t.w, TextSize::body, 2, true);
        ui_.paragraph(dl, title, {t.x, bar.y + (bar.h - h) / 2, t.w, 0}, TextSize::body,
                      palette::ink, Align::centre, 2, true);
    }
}

void App::draw_countdown(double remaining) {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Metrics& m = ui_.m;
    Rect s = ui_.screen;
    dl->AddRectFilled(s.min(), s.max(), palette::rgb(0x2B2118, 150));
    Rect card{s.x + (s.w - m.u(760)) / 2, s.y + (s.h - m.u(500)) / 2, m.u(760), m.u(500)};
    dl->AddRectFilled(card.min(), card.max(), palette::off_white, m.radius());
    int seconds = static_cast<int>(std::ceil(std::max(0.0, remaining)));
    std::string n = std::to_string(seconds);
    // Its own font at its own size: the display font scaled up drew a soft, flat-bottomed digit.
    ImFont* big = ui_.fonts().countdown;
    ImVec2 sz = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, n.c_str());
    dl->AddText(big, big->FontSize, ImVec2(card.x + (card.w - sz.x) / 2, card.y + m.u(30)),
                palette::terracotta, n.c_str());
    Rect line{card.x + m.u(30), card.y + m.u(180), card.w - m.u(60), m.u(50)};
    ImGui::PushClipRect(s.min(), s.max(), false);
    ui_.text(dl, ui_.tr("idle.still_there"), line, TextSize::title, palette::ink, Align::centre,
             true);
    line.y += m.u(56);
    ui_.text(dl, ui_.tr("idle.touch_to_continue"), line, TextSize::body, palette::ink_soft,
             Align::centre);
    // Any touch keeps the visit (handle() takes it before the screen below sees it); the button
    // is what a visitor looks for.
    Rect button{card.x + m.u(160), card.y + card.h - m.u(136), card.w - m.u(320), m.u(96)};
    ui_.hit("idle-continue", button, ui_.tr("idle.continue"));
    dl->AddRectFilled(ImVec2(button.x, button.y + m.u(3)),
                      ImVec2(button.x + button.w, button.y + button.h + m.u(3)), palette::shadow,
                      button.h / 2);
    dl->AddRectFilled(button.min(), button.max(), palette::majorelle, button.h / 2);
    ui_.text(dl, ui_.tr("idle.continue"), button.inset(m.u(12)), TextSize::title,
             palette::off_white, Align::centre, true);
    ImGui::PopClipRect();
    countdown_shown_ = true;
}

} // namespace vitrine::kiosk
