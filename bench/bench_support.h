// What the benchmark programs share: the packs to measure, named on the command line's
// environment by the bench/run-* scripts.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

namespace vitrine::bench {

// VITRINE_BENCH_PACKS="sample=data/sample-pack large=build/bench/large-pack"
inline std::map<std::string, std::filesystem::path> packs_from_env() {
    std::map<std::string, std::filesystem::path> packs;
    const char* env = std::getenv("VITRINE_BENCH_PACKS");
    std::istringstream in(env ? env : "");
    std::string item;
    while (in >> item)
        if (auto eq = item.find('='); eq != std::string::npos)
            packs[item.substr(0, eq)] = item.substr(eq + 1);
    return packs;
}

} // namespace vitrine::bench
