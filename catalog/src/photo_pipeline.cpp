#include "vitrine/catalog/photo_pipeline.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/sha256.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace vitrine {

void process_photos(const PackSource& source, PackContents& contents, Diagnostics& diags,
                    const PhotoPipelineOptions& options) {
    const std::vector<PhotoUse>& uses = contents.photos;
    const auto& sealed = contents.manifest.files;
    std::vector<std::string> hashes(uses.size());
    std::vector<std::optional<Photo>> stored(uses.size());
    std::atomic<size_t> next{0};
    std::mutex progress_mutex;
    size_t done = 0;

    auto work = [&] {
        for (size_t i = next++; i < uses.size(); i = next++) {
            const PhotoUse& use = uses[i];
            auto fail = [&](const std::string& why) {
                diags.error(use.file, 0, why,
                            "used by " + use.csv + " line " + std::to_string(use.line));
            };
            try {
                std::string bytes = source.read(use.file, options.limits.max_file_bytes);
                hashes[i] = sha256_hex(bytes);
                if (auto it = sealed.find(use.file);
                    !sealed.empty() && it != sealed.end() && it->second != hashes[i]) {
                    diags.error(use.file, 0,
                                "fingerprint does not match the manifest: the file changed "
                                "after sealing",
                                "run 'vitrine-pack seal' again after editing, or copy the pack "
                                "again if it was damaged on the way");
                } else if (options.work == PhotoPipelineOptions::Work::check) {
                    // Every byte is still read and checked; only the pixels kept are fewer.
                    decode_to_fit(bytes, kThumbSide, options.limits);
                } else if (auto known = options.lookup ? options.lookup(hashes[i]) : std::nullopt) {
                    stored[i] = std::move(known);
                } else {
                    Renditions r = make_renditions(bytes, options.limits);
                    stored[i] = options.store(hashes[i], r);
                }
            } catch (const ImageError& e) {
                fail(e.what());
            } catch (const PackError& e) {
                fail(e.what());
            } catch (const std::bad_alloc&) {
                fail("not enough memory to open this photo: make it smaller (at most 12 "
                     "megapixels is plenty)");
            }
            if (options.progress) {
                std::lock_guard lock(progress_mutex);
                options.progress(++done, uses.size());
            }
        }
    };

    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    threads = std::clamp<unsigned>(threads, 1, std::max<size_t>(1, uses.size()));
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    pool.clear(); // joins

    if (options.work != PhotoPipelineOptions::Work::render)
        return;
    std::map<std::string, std::string> hash_of_file;
    for (size_t i = 0; i < uses.size(); ++i) {
        if (!stored[i])
            continue;
        hash_of_file[uses[i].file] = hashes[i];
        contents.catalog.photos[hashes[i]] = *stored[i];
    }
    for (Product& p : contents.catalog.products) {
        std::vector<std::string> photo_hashes;
        for (const std::string& file : p.photos)
            if (auto it = hash_of_file.find(file); it != hash_of_file.end())
                photo_hashes.push_back(it->second);
        p.photos = std::move(photo_hashes);
    }
}

} // namespace vitrine
