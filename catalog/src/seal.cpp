#include "durable.h"
#include "utc_time.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/photo_pipeline.h"
#include "vitrine/catalog/sha256.h"
#include "vitrine/catalog/trust.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <zip.h>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

// Serves a pack with its manifest's "files" removed: re-sealing an edited pack must check the
// files as they are now, not against the fingerprints of the last seal.
class UnsealedSource : public PackSource {
public:
    explicit UnsealedSource(std::unique_ptr<PackSource> inner) : inner_(std::move(inner)) {}
    const fs::path& origin() const override { return inner_->origin(); }
    std::vector<std::string> files() const override { return inner_->files(); }
    bool exists(const std::string& f) const override { return inner_->exists(f); }
    std::optional<uint64_t> size(const std::string& f) const override { return inner_->size(f); }
    std::string read(const std::string& f, uint64_t max_bytes) const override {
        std::string bytes = inner_->read(f, max_bytes);
        if (f != kManifestFile)
            return bytes;
        try {
            auto doc = nlohmann::ordered_json::parse(bytes);
            if (doc.is_object()) {
                doc.erase("files");
                doc.erase("sizes");
            }
            return doc.dump(2);
        } catch (const nlohmann::json::exception&) {
            return bytes; // the reader reports the syntax error with its line
        }
    }

private:
    std::unique_ptr<PackSource> inner_;
};

void write_zip(const PackSource& source, const fs::path& out) {
    fs::path tmp = out;
    tmp += ".partial";
    std::error_code ec;
    fs::remove(tmp, ec);
    int err = 0;
    zip_t* zip = zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!zip)
        throw PackError("cannot create " + out.string() + ": check the folder is writable");
    // libzip reads the buffers at zip_close, so they must live until then.
    std::vector<std::string> buffers;
    std::vector<std::string> files = source.files();
    buffers.reserve(files.size());
    for (const std::string& f : files) {
        buffers.push_back(source.read(f, ~0ull));
        zip_source_t* src = zip_source_buffer(zip, buffers.back().data(), buffers.back().size(), 0);
        if (!src || zip_file_add(zip, f.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            if (src)
                zip_source_free(src);
            zip_discard(zip);
            throw PackError("cannot add " + f + " to " + out.string());
        }
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        fs::remove(tmp, ec);
        throw PackError("cannot write " + out.string() + ": is the disk full?");
    }
    fs::rename(tmp, out);
}

} // namespace

std::optional<PackContents> check_pack(const fs::path& pack, Diagnostics& diags,
                                       const CheckOptions& options) {
    std::unique_ptr<PackSource> source;
    try {
        source = open_pack(pack);
    } catch (const PackError& e) {
        diags.error(pack.filename().string(), 0, e.what());
        return std::nullopt;
    }
    if (options.ignore_seal)
        source = std::make_unique<UnsealedSource>(std::move(source));
    auto contents = read_pack(*source, diags);
    if (!contents)
        return std::nullopt;
    PhotoPipelineOptions photos;
    photos.work = PhotoPipelineOptions::Work::check;
    photos.progress = options.progress;
    photos.threads = options.threads;
    process_photos(*source, *contents, diags, photos);
    return contents;
}

bool seal_pack(const fs::path& folder, Diagnostics& diags, const std::optional<fs::path>& zip_out,
               const CheckOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        diags.error(folder.filename().string(), 0, "seal works on a pack's folder",
                    "give the folder; --zip OUT makes the zip from it");
        return false;
    }
    CheckOptions unsealed = options;
    unsealed.ignore_seal = true;
    if (!check_pack(folder, diags, unsealed) || diags.has_errors())
        return false;

    auto source = open_pack(folder);
    std::string manifest_text = source->read(kManifestFile, 16u << 20);
    auto doc = nlohmann::ordered_json::parse(manifest_text);
    nlohmann::ordered_json files = nlohmann::ordered_json::object();
    nlohmann::ordered_json sizes = nlohmann::ordered_json::object();
    for (const std::string& f : source->files()) {
        if (f == kManifestFile || f == kSignatureFile)
            continue;
        std::string bytes = source->read(f, ~0ull);
        files[f] = sha256_hex(bytes);
        sizes[f] = bytes.size();
    }
    doc["created"] = now_utc();
    doc["files"] = std::move(files);
    doc["sizes"] = std::move(sizes);
    // A signature of the previous manifest would now be false: an unsigned pack says so
    // plainly, a stale signature would read as tampering.
    fs::remove(folder / kSignatureFile, ec);
    durable::write_file(folder / kManifestFile, doc.dump(2) + "\n");
    if (options.sign_with)
        sign_pack(folder, *options.sign_with);
    if (zip_out)
        write_zip(*open_pack(folder), *zip_out);
    return true;
}

} // namespace vitrine
