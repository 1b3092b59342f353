#include "app/updates.h"

#include "ui/theme.h"
#include "ui/ui.h"

#include <SDL.h>
#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace vitrine::kiosk {

using State = UpdateStatus::State;

KioskUpdates::KioskUpdates(const UpdateSettings& settings, const std::filesystem::path& data_dir) {
    if (!settings.enabled)
        return;
    UpdaterOptions o;
    o.data_dir = data_dir;
    o.kiosk_name = settings.kiosk_name;
    o.trusted_keys = settings.trusted_keys;
    o.watch.roots = settings.watch_roots;
    o.watch.settle = settings.settle;
    o.on_import_progress = settings.on_import_progress;
    o.extra_exports = settings.extra_exports;
    updater_ = std::make_unique<Updater>(std::move(o));
}

bool KioskUpdates::busy() const {
    return status_.state == State::checking || status_.state == State::importing;
}

bool KioskUpdates::poll(double now, bool* installed) {
    if (!updater_)
        return false;
    UpdateStatus next = updater_->status();
    bool changed = next.state != status_.state || next.percent != status_.percent ||
                   next.updates != status_.updates;
    if (installed)
        *installed = next.installs != status_.installs;
    if (next.updates != status_.updates) {
        result_until_ = now + kResultFor;
        // Logged for the organisers and the end-to-end test: what came of the stick.
        SDL_Log("update: %s from %s%s%s",
                std::string(outcome_key(next.outcome.value_or(UpdateOutcome::failed))).c_str(),
                next.stick.string().c_str(), next.problem.empty() ? "" : ": ",
                next.problem.c_str());
    }
    status_ = std::move(next);
    return changed;
}

std::optional<double> KioskUpdates::wake_in(double now) const {
    if (busy())
        return 0.25; // the progress moves by itself
    if (now < result_until_)
        return result_until_ - now;
    return std::nullopt;
}

std::string KioskUpdates::banner_text(const Ui& ui, double now) const {
    if (busy()) {
        if (status_.state == State::checking)
            return ui.tr("update.checking");
        return ui.i18n().format(ui.lang, "update.progress", "percent",
                                std::to_string(status_.percent));
    }
    if (now >= result_until_ || !status_.outcome)
        return {};
    std::string text;
    switch (*status_.outcome) {
    case UpdateOutcome::installed:
        text = ui.tr("update.installed");
        break;
    case UpdateOutcome::already_installed:
        text = ui.tr("update.already_installed");
        break;
    case UpdateOutcome::no_pack:
        text = ui.tr("update.no_pack");
        break;
    case UpdateOutcome::refused:
        text = ui.tr("update.refused");
        break;
    default:
        text = ui.tr("update.failed");
        break;
    }
    if (!status_.report_on_stick)
        text += " " + ui.tr("update.report_kept");
    return text;
}

void KioskUpdates::draw_banner(Ui& ui, double now) const {
    std::string text = banner_text(ui, now);
    if (text.empty())
        return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Metrics& m = ui.m;
    bool good = status_.outcome && !busy() &&
                (*status_.outcome == UpdateOutcome::installed ||
                 *status_.outcome == UpdateOutcome::already_installed);
    bool bad = !busy() && !good;
    float w = std::min(ui.screen.w - 2 * m.margin(), ui.measure(text, TextSize::body).x + m.u(120));
    Rect card{ui.screen.x + (ui.screen.w - w) / 2, ui.screen.y + m.bar() + m.u(16), w, m.target()};
    ImU32 fill = bad ? palette::terracotta : good ? palette::zellige : palette::ink;
    dl->AddRectFilled(card.min(), card.max(), fill, m.radius());
    if (busy() && status_.state == State::importing) {
        // The progress as a thin bar along the banner's lower edge.
        float f = std::clamp(status_.percent / 100.0f, 0.0f, 1.0f);
        float y = card.y + card.h - m.u(8);
        Rect track{card.x + m.u(24), y, card.w - m.u(48), m.u(4)};
        dl->AddRectFilled(track.min(), track.max(), palette::rgb(0xFFFFFF, 60), m.u(2));
        Rect done = ui.flip(track, 0, y, track.w * f, track.h);
        dl->AddRectFilled(done.min(), done.max(), palette::saffron, m.u(2));
    }
    ImGui::PushClipRect(ui.screen.min(), ui.screen.max(), false);
    ui.text(dl, text, card, TextSize::body, palette::off_white, Align::centre);
    ImGui::PopClipRect();
}

} // namespace vitrine::kiosk
