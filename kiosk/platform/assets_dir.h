// Where the kiosk finds its assets (the translations in i18n/): an installed package keeps them
// in ../share/vitrine next to the binary, a build tree reads the source tree's. Pure functions
// of their arguments but for current_executable(); safe from any thread.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <vector>

namespace vitrine::kiosk {

// None of the places looked at holds the assets. The message lists them and says how to name
// the right one.
class AssetsNotFound : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The places looked at, in order: `override` alone when given (--assets-dir, else
// $VITRINE_ASSETS_DIR), else `<exe's dir>/../share/vitrine`, then `build_tree` (the source
// tree's assets, compiled into a development build; empty to skip).
std::vector<std::filesystem::path>
assets_dir_candidates(const std::optional<std::filesystem::path>& override,
                      const std::filesystem::path& exe, const std::filesystem::path& build_tree);

// The first candidate holding i18n/fr.json. Throws AssetsNotFound.
std::filesystem::path find_assets_dir(const std::optional<std::filesystem::path>& override,
                                      const std::filesystem::path& exe,
                                      const std::filesystem::path& build_tree);

// The running binary, resolved through /proc/self/exe (empty when that cannot be read).
std::filesystem::path current_executable();

} // namespace vitrine::kiosk
