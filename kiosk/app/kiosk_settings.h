// What the admin screen changes on a kiosk (which kiosk of the plan it is, its default language,
// its idle timeout) is kept in the data directory's kiosk-settings.json, since the configuration
// file may be read-only (the package's /etc/vitrine/kiosk.json). Read after the configuration,
// so that the admin screen's choice wins; written atomically (a new file renamed into place).
//
// Thread safety: plain functions on files; callers serialise their writes.
#pragma once

#include "app/app.h"

#include <filesystem>

namespace vitrine::kiosk {

std::filesystem::path kiosk_settings_file(const std::filesystem::path& data_dir);

// Applies the saved settings to `options`. A missing file changes nothing; an unreadable one is
// logged and ignored (the configuration's values stay), never a reason not to start.
void apply_kiosk_settings(AppOptions& options);

// Saves these three settings of `options`. Throws std::runtime_error naming the file.
void save_kiosk_settings(const AppOptions& options);

} // namespace vitrine::kiosk
