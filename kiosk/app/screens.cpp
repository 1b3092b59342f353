#include "app/screens.h"

#include "screens/attract.h"
#include "screens/exhibitor.h"
#include "screens/home.h"
#include "screens/info.h"
#include "screens/map.h"
#include "screens/no_catalog.h"
#include "screens/product.h"
#include "screens/search.h"
#include "screens/sector.h"
#include "screens/sectors.h"
#include "screens/stands.h"

namespace vitrine::kiosk {

std::map<ScreenKind, std::unique_ptr<Screen>> make_screens() {
    std::map<ScreenKind, std::unique_ptr<Screen>> s;
    s[ScreenKind::attract] = std::make_unique<AttractScreen>();
    s[ScreenKind::home] = std::make_unique<HomeScreen>();
    s[ScreenKind::sectors] = std::make_unique<SectorsScreen>();
    s[ScreenKind::sector] = std::make_unique<SectorScreen>();
    s[ScreenKind::stands] = std::make_unique<StandsScreen>();
    s[ScreenKind::exhibitor] = std::make_unique<ExhibitorScreen>();
    s[ScreenKind::product] = std::make_unique<ProductScreen>();
    s[ScreenKind::search] = std::make_unique<SearchScreen>();
    s[ScreenKind::info] = std::make_unique<InfoScreen>();
    s[ScreenKind::map] = std::make_unique<MapScreen>();
    s[ScreenKind::no_catalog] = std::make_unique<NoCatalogScreen>();
    return s;
}

} // namespace vitrine::kiosk
