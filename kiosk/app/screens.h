// Every screen of the kiosk, in one place.
#pragma once

#include "app/navigator.h"
#include "screens/screen.h"

#include <map>
#include <memory>

namespace vitrine::kiosk {

std::map<ScreenKind, std::unique_ptr<Screen>> make_screens();

} // namespace vitrine::kiosk
