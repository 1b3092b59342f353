// A .zip pack from the stick, read entry by entry under the limits. open_pack reads a path, so
// the input goes to a scratch file first.
#include "fuzz_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_source.h"

#include <fstream>

using namespace vitrine;

namespace {

bool leaves_pack(const std::string& name) {
    return name.empty() || name.front() == '/' || name == ".." || name.starts_with("../") ||
           name.find("/../") != std::string::npos || name.ends_with("/..");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto file = fuzz::scratch_dir() / "input.zip";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    PackLimits limits;
    std::unique_ptr<PackSource> pack;
    try {
        pack = open_pack(file, limits);
    } catch (const PackError&) {
        return 0;
    }
    for (const std::string& name : pack->files()) {
        if (leaves_pack(name))
            fuzz::broken("a zip entry leaves the pack");
        if (!pack->exists(name))
            fuzz::broken("a listed file does not exist");
        try {
            const std::string bytes = pack->read(name, limits.max_file_bytes);
            if (bytes.size() > limits.max_file_bytes)
                fuzz::broken("read more than the file limit");
        } catch (const PackError&) {
        }
    }
    return 0;
}
