// Every screen of the kiosk, one line each: its kind (ScreenKind::attract) and its name in the
// log and the layout check's report. The enum, the names and the factory (screens/screen.cpp)
// come from this table, and the layout check walks every screen in it.
//
// Adding a screen: its files under screens/ (a class deriving from Screen, and the
// make_NAME_screen() that returns one) and one line here.
#pragma once

#define VITRINE_KIOSK_SCREENS(X)                                                                   \
    X(attract, "attract")                                                                          \
    X(home, "home")                                                                                \
    X(sectors, "sectors")                                                                          \
    X(sector, "sector")                                                                            \
    X(stands, "stands")                                                                            \
    X(exhibitor, "exhibitor")                                                                      \
    X(product, "product")                                                                          \
    X(search, "search")                                                                            \
    X(info, "info")                                                                                \
    X(map, "map")                                                                                  \
    X(visit, "visit")                                                                              \
    X(no_catalog, "no-catalog")                                                                    \
    X(admin, "admin")
