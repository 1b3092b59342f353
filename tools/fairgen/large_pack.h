// `vitrine-fairgen large`: a valid synthetic pack of any size, for load tests and benchmarks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fairgen {

// Stand numbers are a letter and a number: at most 26 double rows, of under 1,000 stands each.
inline constexpr int kMaxLargeExhibitors = 25000;

struct LargeOptions {
    int exhibitors = 0;
    int products = 0;
    uint64_t seed = 1;
    unsigned jobs = 2;
};

// A stand of the generated hall, in metres.
struct LaidStand {
    std::string id;
    double x = 0;
    double y = 0;
    std::string opening;
};

struct HallLayout {
    double width = 0;
    double depth = 0;
    std::vector<LaidStand> stands;
    std::string floorplanJson;
};

// 3 m stands in back-to-back double rows, 3 m aisles, a perimeter aisle, facilities along the
// entrance wall; `count` stands, in the order exhibitors take them.
HallLayout layOutHall(int count);

// Writes the whole pack into `outDir`; returns the exit status (0, or 1 with messages printed).
int runLargeCommand(const LargeOptions& options, const std::filesystem::path& outDir);

} // namespace fairgen
