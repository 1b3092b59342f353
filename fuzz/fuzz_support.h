// What the fuzz targets share: an in-memory pack, scratch files, and the repository's root.
// Each target defines LLVMFuzzerTestOneInput; under libFuzzer that is all, and in the normal
// builds replay_main.cpp feeds it the seeds and the regression inputs, so the same entry point
// runs in every CTest run.
#pragma once
#include "vitrine/catalog/pack_source.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Optional: set-up that must not count against the first input's time (libFuzzer's -timeout).
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace vitrine::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A pack held in memory, so that a reader of packs runs on fuzz bytes without touching the
// disk. Behaves as open_pack's sources do: missing and oversized files throw PackError.
// Not thread safe for writes; reads may come from any thread.
class MemoryPack : public PackSource {
public:
    explicit MemoryPack(std::map<std::string, std::string> files) : files_(std::move(files)) {}
    std::map<std::string, std::string>& contents() { return files_; }

    const std::filesystem::path& origin() const override { return origin_; }
    std::vector<std::string> files() const override;
    bool exists(const std::string& relative) const override { return files_.contains(relative); }
    std::optional<uint64_t> size(const std::string& relative) const override;
    std::string read(const std::string& relative, uint64_t max_bytes) const override;

private:
    std::filesystem::path origin_ = "fuzz-pack";
    std::map<std::string, std::string> files_;
};

// Every file of a folder pack, read into memory (photos included).
std::map<std::string, std::string> read_folder(const std::filesystem::path& folder);

// A private scratch folder for this process, removed at exit.
const std::filesystem::path& scratch_dir();

// The repository's root: the sample fair lives there.
std::filesystem::path source_dir();

// Stops the run the way a sanitizer would, so libFuzzer keeps the input: a broken promise of
// the reader under test.
[[noreturn]] void broken(std::string_view what);

} // namespace vitrine::fuzz
