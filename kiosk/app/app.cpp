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
      ui_(i18n_, fonts_, bidi_, photos_, input_), updates_(options_.updates, options_.data_dir),
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
    // Everything that decides the pixels: geometry, colours, clip rectangles and textures. A
    // texture is known by its address, which a new one may reuse: the counts of textures made
    // tell those apart.
    size_t h = std::hash<size_t>{}(photos_.uploads() * 31 + font_builds_);
    auto mix = [&](const void* data, size_t size) {
        h = (h ^ std::hash<std::string_view>{}({static_cast<const char*>(data), size})) *
            0x100000001B3u;
    };
    const ImDrawData* d = ImGui::GetDrawData();
    for (int n = 0; d && n < d->CmdListsCount; ++n) {
        const ImDrawList* list = d->CmdLists[n];
        mix(list->VtxBuffer.Data, size_t(list->VtxBuffer.size_in_bytes()));
        mix(list->IdxBuffer.Data, size_t(list->IdxBuffer.size_in_bytes()));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const uintptr_t fields[] = {reinterpret_cast<uintptr_t>(cmd.TextureId),
                                        reinterpret_cast<uintptr_t>(cmd.UserCallbackData),
                                        cmd.UserCallback != nullptr,
                                        cmd.VtxOffset,
                                        cmd.IdxOffset,
                                        cmd.ElemCount};
            mix(&cmd.ClipRect, sizeof cmd.ClipRect);
            mix(fields, sizeof fields);
        }
    }
    bool changed = h != picture_;
    picture_ = h;
    return changed;
}

bool App::handle(const SDL_Event& event, double now) {
    bool changed = input_.push(event);
    bool touch = event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN ||
                 event.type == SDL_MOUSEWHEEL || event.type == SDL_KEYDOWN;
    if (touch) {
        last_input_ = now;
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
    ui_.begin_frame();

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
    if (ui_.button("home", ui_.flip(inner, x, inner.y, size * 2.4f, size), ui_.tr("nav.home"),
                   icon::home, palette::sand, palette::ink, TextSize::caption))
        nav_.home();
    x += size * 2.4f + m.u(12);
    if (nav_.can_go_back() && ui_.button("back", ui_.flip(inner, x, inner.y, size * 2.4f, size),
                                         ui_.tr("nav.back"), ui_.rtl() ? icon::forward : icon::back,
                                         palette::sand, palette::ink, TextSize::caption))
        nav_.back();

    // Languages, always one tap away, at the other end.
    const std::pair<Lang, const char*> langs[] = {
        {Lang::fr, "FR"}, {Lang::ar, "عربي"}, {Lang::en, "EN"}, {Lang::zgh, "ⵜⵎⵣ"}};
    float lw = size * 1.5f, gap = m.u(8);
    float lx = m.margin() - pad;
    for (int i = 3; i >= 0; --i) {
        auto [lang, label] = langs[i];
        Rect r = ui_.flip(inner, inner.w - lx - lw, inner.y, lw, size);
        bool active = lang == lang_;
        if (ui_.button(std::string("lang-") + std::string(lang_code(lang)), r, label, nullptr,
                       active ? palette::ink : palette::sand,
                       active ? palette::off_white : palette::ink, TextSize::caption))
            set_lang(lang);
        lx += lw + gap;
    }
    // The title sits centred between both ends; where it cannot fit whole (a long name on a
    // portrait screen), it is left out rather than cut: the screen's own heading says it.
    std::string title = screen.title(ui_, route);
    float side = std::max(x + size * 2.4f + m.u(24), lx + m.u(16));
    Rect t{bar.x + side, bar.y, bar.w - 2 * side, bar.h};
    if (!title.empty() && t.w > 0 && ui_.measure(title, TextSize::title, true).x <= t.w)
        ui_.text(dl, title, t, TextSize::title, palette::ink, Align::centre, true);
}

void App::draw_countdown(double remaining) {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Metrics& m = ui_.m;
    Rect s = ui_.screen;
    dl->AddRectFilled(s.min(), s.max(), palette::rgb(0x2B2118, 150));
    Rect card{s.x + (s.w - m.u(760)) / 2, s.y + (s.h - m.u(360)) / 2, m.u(760), m.u(360)};
    dl->AddRectFilled(card.min(), card.max(), palette::off_white, m.radius());
    int seconds = static_cast<int>(std::ceil(std::max(0.0, remaining)));
    std::string n = std::to_string(seconds);
    ImFont* big = ui_.fonts().display;
    ImVec2 sz = big->CalcTextSizeA(big->FontSize * 1.6f, FLT_MAX, 0, n.c_str());
    dl->AddText(big, big->FontSize * 1.6f, ImVec2(card.x + (card.w - sz.x) / 2, card.y + m.u(40)),
                palette::terracotta, n.c_str());
    Rect line{card.x + m.u(30), card.y + m.u(210), card.w - m.u(60), m.u(50)};
    ImGui::PushClipRect(s.min(), s.max(), false);
    ui_.text(dl, ui_.tr("idle.still_there"), line, TextSize::title, palette::ink, Align::centre,
             true);
    line.y += m.u(56);
    ui_.text(dl, ui_.tr("idle.touch_to_continue"), line, TextSize::body, palette::ink_soft,
             Align::centre);
    ImGui::PopClipRect();
}

} // namespace vitrine::kiosk
