#include "app/catalog_follower.h"

#include "ui/theme.h"
#include "ui/ui.h"
#include "vitrine/catalog/errors.h"

#include <SDL.h>
#include <algorithm>
#include <imgui.h>

namespace vitrine::kiosk {

std::unique_ptr<ShownCatalog> open_shown(const Store& store) {
    CatalogLease lease = store.lease();
    Catalog catalog = store.load(lease);
    auto search = std::make_unique<Search>(store.open_search(lease));
    return std::make_unique<ShownCatalog>(
        ShownCatalog{std::move(lease), std::move(catalog), std::move(search)});
}

bool route_exists(const Route& route, const Catalog& c) {
    if (auto* s = route.as<SectorId>())
        return c.sector(s->id) != nullptr;
    if (auto* e = route.as<ExhibitorId>())
        return c.exhibitor(e->id) != nullptr;
    if (auto* p = route.as<ProductId>())
        return c.product(p->id) != nullptr;
    if (auto* s = route.as<StandId>())
        return c.plan.stand(s->id) != nullptr;
    if (auto* f = route.as<FacilityId>())
        return std::any_of(c.plan.facilities.begin(), c.plan.facilities.end(),
                           [&](const Facility& x) { return x.id == f->id; });
    return true;
}

double CatalogFollower::check_in(double now) const {
    return std::max(0.0, next_check_ - now);
}

std::unique_ptr<ShownCatalog> CatalogFollower::poll(const Store& store, const std::string& shown_id,
                                                    double now) {
    if (now < next_check_)
        return nullptr;
    next_check_ = now + kInterval;
    std::string installed = store.current_id();
    if (installed.empty() || installed == shown_id)
        return nullptr;
    try {
        auto next = open_shown(store);
        failed_id_.clear();
        SDL_Log("catalogue: now showing %s (was %s)", next->lease.id().c_str(),
                shown_id.empty() ? "none" : shown_id.c_str());
        return next;
    } catch (const Error& e) {
        // Logged, never shown: the visitor keeps the catalogue they were browsing.
        if (failed_id_ != installed)
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "catalogue %s not shown: %s",
                         installed.c_str(), e.what());
        failed_id_ = installed;
        return nullptr;
    }
}

std::optional<double> CatalogFollower::notice_ends_in(double now) const {
    if (now >= notice_until_)
        return std::nullopt;
    return notice_until_ - now;
}

void CatalogFollower::draw_notice(Ui& ui, double now) const {
    if (!notice_ends_in(now))
        return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Metrics& m = ui.m;
    std::string text = ui.tr("update.back_home");
    float w = std::min(ui.screen.w - 2 * m.margin(), ui.measure(text, TextSize::body).x + m.u(80));
    Rect card{ui.screen.x + (ui.screen.w - w) / 2,
              ui.screen.y + ui.screen.h - m.margin() - m.target(), w, m.target()};
    dl->AddRectFilled(card.min(), card.max(), palette::ink, m.radius());
    ImGui::PushClipRect(ui.screen.min(), ui.screen.max(), false);
    ui.text(dl, text, card, TextSize::body, palette::off_white, Align::centre);
    ImGui::PopClipRect();
}

} // namespace vitrine::kiosk
