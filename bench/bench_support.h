// What the benchmark programs share: the packs to measure, named on the command line's
// environment by the bench/run-* scripts.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

namespace vitrine::bench {

// Named paths from an environment variable: VAR="sample=build/sample-pack large=build/bench/x".
inline std::map<std::string, std::filesystem::path> paths_from_env(const char* variable) {
    std::map<std::string, std::filesystem::path> packs;
    const char* env = std::getenv(variable);
    std::istringstream in(env ? env : "");
    std::string item;
    while (in >> item)
        if (auto eq = item.find('='); eq != std::string::npos)
            packs[item.substr(0, eq)] = item.substr(eq + 1);
    return packs;
}

// The packs to measure: VITRINE_BENCH_PACKS.
inline std::map<std::string, std::filesystem::path> packs_from_env() {
    return paths_from_env("VITRINE_BENCH_PACKS");
}

} // namespace vitrine::bench
