#include "fuzz_support.h"

#include "vitrine/catalog/errors.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vitrine::fuzz {

std::vector<std::string> MemoryPack::files() const {
    std::vector<std::string> out;
    for (const auto& [name, bytes] : files_)
        out.push_back(name);
    return out;
}

std::optional<uint64_t> MemoryPack::size(const std::string& relative) const {
    auto it = files_.find(relative);
    if (it == files_.end())
        return std::nullopt;
    return it->second.size();
}

std::string MemoryPack::read(const std::string& relative, uint64_t max_bytes) const {
    auto it = files_.find(relative);
    if (it == files_.end())
        throw PackError(relative + " is missing");
    if (it->second.size() > max_bytes)
        throw PackError(relative + " is too large");
    return it->second;
}

std::map<std::string, std::string> read_folder(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files[entry.path().lexically_relative(folder).generic_string()] = bytes.str();
    }
    return files;
}

namespace {

struct Scratch {
    fs::path path;
    Scratch() {
        path = fs::temp_directory_path() / ("vitrine-fuzz-" + std::to_string(getpid()));
        fs::create_directories(path);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

const fs::path& scratch_dir() {
    // One per process, made on first use and removed at exit: libFuzzer runs targets in one
    // process for hours, and its forked jobs each get their own.
    static const Scratch scratch;
    return scratch.path;
}

fs::path source_dir() {
    if (const char* dir = std::getenv("VITRINE_SOURCE_DIR"))
        return dir;
    return VITRINE_SOURCE_DIR;
}

void broken(std::string_view what) {
    std::fprintf(stderr, "fuzz: broken promise: %.*s\n", static_cast<int>(what.size()),
                 what.data());
    std::abort();
}

} // namespace vitrine::fuzz
