// Replays fuzz inputs through a target's entry point without libFuzzer, so that every seed and
// every input a fuzzer once broke a reader with is checked in the normal and sanitizer builds.
// Usage: fuzz-<target>-replay FILE_OR_FOLDER...
#include "fuzz_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_of(const std::vector<fs::path>& args) {
    std::vector<fs::path> inputs;
    for (const fs::path& arg : args) {
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file() && entry.path().filename() != "README.md")
                    inputs.push_back(entry.path());
        } else if (fs::exists(arg)) {
            inputs.push_back(arg);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

} // namespace

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    const std::vector<fs::path> inputs = inputs_of({argv + 1, argv + argc});
    if (inputs.empty()) {
        std::fprintf(stderr, "no inputs: give the seed and regression folders\n");
        return 2;
    }
    // The limit libFuzzer runs with (-timeout=1), with room for sanitizer builds: slower than
    // that is a hang to fix, not a pass.
    const auto slow = std::chrono::seconds(10);
    int slow_inputs = 0;
    for (const fs::path& input : inputs) {
        std::ifstream in(input, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        const auto took = std::chrono::steady_clock::now() - start;
        if (took > slow) {
            std::fprintf(stderr, "%s: took %lld ms\n", input.c_str(),
                         static_cast<long long>(
                             std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
            ++slow_inputs;
        }
    }
    std::printf("%zu inputs replayed, %d too slow\n", inputs.size(), slow_inputs);
    return slow_inputs == 0 ? 0 : 1;
}
