// Checks and renders every photo a pack uses, on all cores. Each photo is read once: its bytes
// give both its content hash (which names the stored renditions and is checked against the
// sealed manifest) and its pixels.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/image.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

struct PhotoPipelineOptions {
    // Check decodes every photo without rendering (validate); render also makes the renditions
    // and hands them to `store` (import).
    enum class Work { check, render } work = Work::check;
    // Photos already stored from an earlier import: returns the stored Photo and skips decoding.
    std::function<std::optional<Photo>(const std::string& hash)> lookup;
    // Keeps a photo's renditions. Called from worker threads, so it must be thread safe.
    // Returns the stored Photo (paths filled in).
    std::function<Photo(const std::string& hash, const Renditions&)> store;
    // Progress as photos finish; calls are serialised.
    std::function<void(size_t done, size_t total)> progress;
    unsigned threads = 0; // 0: one per core
    ImageLimits limits;
};

// Processes every photo of `contents.photos`. Problems go to diags naming the photo and the
// products.csv line that uses it. On return, with work == render and no errors, every
// product's photos hold content hashes and contents.catalog.photos is filled.
// A failure that is not the photo's fault (the store cannot write: a full disk; no memory;
// a callback throwing) stops every worker and is thrown here, on the caller's thread, as a
// StoreError naming the photo once all workers are joined.
void process_photos(const PackSource& source, PackContents& contents, Diagnostics& diags,
                    const PhotoPipelineOptions& options);

} // namespace vitrine
