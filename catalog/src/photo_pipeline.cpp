#include "vitrine/catalog/photo_pipeline.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/sha256.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace vitrine {
namespace {

// A worker's exception cannot cross its thread (it would end the process), so the first one is
// kept, the others stop taking photos, and the caller's thread throws it once all are joined.
class FirstFailure {
public:
    void keep(const std::string& photo) {
        std::lock_guard lock(mutex_);
        if (failure_)
            return;
        failure_ = std::current_exception();
        photo_ = photo;
    }
    bool failed() const {
        std::lock_guard lock(mutex_);
        return failure_ != nullptr;
    }
    // Whatever it was, it becomes a StoreError naming the photo, which the import's boundary
    // reports as a refusal.
    void rethrow() const {
        std::lock_guard lock(mutex_);
        if (!failure_)
            return;
        try {
            std::rethrow_exception(failure_);
        } catch (const std::bad_alloc&) {
            throw StoreError("not enough memory to store " + photo_ +
                             "; the installed catalogue is unchanged");
        } catch (const std::exception& e) {
            throw StoreError("cannot store " + photo_ + ": " + e.what() +
                             "; the installed catalogue is unchanged");
        } catch (...) {
            throw StoreError("cannot store " + photo_ + "; the installed catalogue is unchanged");
        }
    }

private:
    mutable std::mutex mutex_;
    std::exception_ptr failure_;
    std::string photo_;
};

} // namespace

void process_photos(const PackSource& source, PackContents& contents, Diagnostics& diags,
                    const PhotoPipelineOptions& options) {
    const std::vector<PhotoUse>& uses = contents.photos;
    const auto& sealed = contents.manifest.files;
    std::vector<std::string> hashes(uses.size());
    std::vector<std::optional<Photo>> stored(uses.size());
    std::atomic<size_t> next{0};
    std::mutex progress_mutex;
    size_t done = 0;

    FirstFailure failure;

    // One photo. Its own problems (unreadable, damaged, too large) become messages about it;
    // anything else (the store cannot write, a callback fails) is thrown to `work`.
    auto work_on = [&](size_t i) {
        const PhotoUse& use = uses[i];
        auto photo_step = [&](auto&& step) {
            std::string why;
            try {
                step();
                return true;
            } catch (const ImageError& e) {
                why = e.what();
            } catch (const PackError& e) {
                why = e.what();
            } catch (const std::bad_alloc&) {
                why = "not enough memory to open this photo: make it smaller (at most 12 "
                      "megapixels is plenty)";
            }
            diags.error(use.file, 0, why,
                        "used by " + use.csv + " line " + std::to_string(use.line));
            return false;
        };
        std::string bytes;
        if (!photo_step([&] {
                bytes = source.read(use.file, options.limits.max_file_bytes);
                hashes[i] = sha256_hex(bytes);
            }))
            return;
        if (auto it = sealed.find(use.file);
            !sealed.empty() && it != sealed.end() && it->second != hashes[i]) {
            diags.error(use.file, 0,
                        "fingerprint does not match the manifest: the file changed after sealing",
                        "run 'vitrine-pack seal' again after editing, or copy the pack again if "
                        "it was damaged on the way");
            return;
        }
        if (options.work == PhotoPipelineOptions::Work::check) {
            // Every byte is still read and checked; only the pixels kept are fewer.
            photo_step([&] { decode_to_fit(bytes, kThumbSide, options.limits); });
            return;
        }
        if (options.lookup) {
            if (auto known = options.lookup(hashes[i])) {
                stored[i] = std::move(known);
                return;
            }
        }
        Renditions r;
        if (photo_step([&] { r = make_renditions(bytes, options.limits); }))
            stored[i] = options.store(hashes[i], r);
    };

    auto work = [&] {
        for (size_t i = next++; i < uses.size() && !failure.failed(); i = next++) {
            try {
                work_on(i);
                if (options.progress) {
                    std::lock_guard lock(progress_mutex);
                    options.progress(++done, uses.size());
                }
            } catch (...) {
                failure.keep(uses[i].file);
                return;
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
    failure.rethrow();

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
