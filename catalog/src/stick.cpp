#include "vitrine/catalog/stick.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_reader.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

bool is_zip_name(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext == ".zip";
}

PackCandidate inspect(const fs::path& path) {
    PackCandidate c{path, std::nullopt, {}};
    try {
        c.identity = read_pack_identity(*open_pack(path));
    } catch (const Error& e) {
        c.problem = e.what();
    }
    return c;
}

// The packs directly in `folder`: sub-folders holding a manifest, and zips.
void collect(const fs::path& folder, std::vector<PackCandidate>& out, int depth) {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
        std::string name = p.filename().string();
        if (is_system_junk(name) || name.starts_with("."))
            continue;
        if (fs::is_regular_file(p, ec) && is_zip_name(p)) {
            out.push_back(inspect(p));
        } else if (fs::is_directory(p, ec)) {
            if (fs::exists(p / kManifestFile, ec))
                out.push_back(inspect(p));
            else if (depth > 0)
                collect(p, out, depth - 1);
        }
    }
}

} // namespace

bool is_system_junk(const std::string& name) {
    static const char* const junk[] = {"$RECYCLE.BIN", "System Volume Information", "RECYCLER",
                                       "LOST.DIR", "lost+found"};
    for (const char* j : junk)
        if (name == j)
            return true;
    return name.starts_with(".Trash") || name.starts_with("._") || name == ".Spotlight-V100" ||
           name == ".fseventsd";
}

StickScan find_packs(const fs::path& stick, const std::optional<std::string>& fair_id) {
    std::vector<PackCandidate> all;
    std::error_code ec;
    if (fs::exists(stick / kManifestFile, ec))
        all.push_back(inspect(stick)); // a synced folder that is the pack itself
    else
        collect(stick, all, 1);

    auto rank = [&](const PackCandidate& c) {
        bool readable = c.identity.has_value();
        bool ours = readable && fair_id && c.identity->fair_id == *fair_id;
        PackStamp stamp = readable ? c.identity->stamp : PackStamp{};
        return std::tuple(readable, ours, stamp);
    };
    std::stable_sort(all.begin(), all.end(), [&](const PackCandidate& a, const PackCandidate& b) {
        return rank(a) > rank(b);
    });
    StickScan scan;
    if (!all.empty()) {
        scan.chosen = std::move(all.front());
        scan.others.assign(std::make_move_iterator(all.begin() + 1),
                           std::make_move_iterator(all.end()));
    }
    return scan;
}

} // namespace vitrine
