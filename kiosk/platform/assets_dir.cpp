#include "platform/assets_dir.h"

#include <system_error>

namespace fs = std::filesystem;

namespace vitrine::kiosk {

namespace {

// The file every language falls back to: a directory without it is not the assets.
bool holds_assets(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "i18n" / "fr.json", ec);
}

} // namespace

std::vector<fs::path> assets_dir_candidates(const std::optional<fs::path>& override,
                                            const fs::path& exe, const fs::path& build_tree) {
    // An explicit choice is never second-guessed: a typo must fail, not quietly run on the
    // package's copy.
    if (override)
        return {*override};
    std::vector<fs::path> candidates;
    if (!exe.empty())
        candidates.push_back((exe.parent_path() / ".." / "share" / "vitrine").lexically_normal());
    if (!build_tree.empty())
        candidates.push_back(build_tree);
    return candidates;
}

fs::path find_assets_dir(const std::optional<fs::path>& override, const fs::path& exe,
                         const fs::path& build_tree) {
    const std::vector<fs::path> candidates = assets_dir_candidates(override, exe, build_tree);
    for (const fs::path& dir : candidates)
        if (holds_assets(dir))
            return dir;
    std::string looked;
    for (const fs::path& dir : candidates)
        looked += (looked.empty() ? "" : ", ") + dir.string();
    throw AssetsNotFound("no assets (i18n/fr.json) in " + (looked.empty() ? "any place" : looked) +
                         ": reinstall the vitrine package, or name the directory with "
                         "--assets-dir DIR or VITRINE_ASSETS_DIR=DIR");
}

fs::path current_executable() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

} // namespace vitrine::kiosk
