#include "screens/screen.h"

namespace vitrine::kiosk {

std::map<ScreenKind, std::unique_ptr<Screen>> make_screens() {
    std::map<ScreenKind, std::unique_ptr<Screen>> screens;
#define VITRINE_MAKE_SCREEN(kind, name) screens[ScreenKind::kind] = make_##kind##_screen();
    VITRINE_KIOSK_SCREENS(VITRINE_MAKE_SCREEN)
#undef VITRINE_MAKE_SCREEN
    return screens;
}

} // namespace vitrine::kiosk
