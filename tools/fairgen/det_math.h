// Arithmetic that gives the same bits on every machine and at every optimisation level.
//
// The photos must be byte-for-byte reproducible, so nothing here calls libm's transcendental
// functions (their last bit differs between library versions): only +, -, *, / and sqrt, which
// IEEE 754 defines exactly, and the build turns off floating-point contraction (FMA).
#pragma once

#include <cmath>
#include <cstdint>

namespace fairgen {

inline constexpr double kPi = 3.14159265358979323846;

inline double dsin(double x) {
    x -= std::nearbyint(x / (2 * kPi)) * (2 * kPi);
    if (x > kPi / 2) {
        x = kPi - x;
    } else if (x < -kPi / 2) {
        x = -kPi - x;
    }
    // Taylor series to x^17: on |x| <= pi/2 the error is below 1e-13, far under what a pixel
    // shows, and the fixed sequence of operations gives the same bits everywhere.
    const double x2 = x * x;
    double term = x, sum = x;
    for (int k = 1; k <= 8; ++k) {
        term *= -x2 / ((2 * k) * (2 * k + 1));
        sum += term;
    }
    return sum;
}

inline double dcos(double x) {
    return dsin(x + kPi / 2);
}

inline double deg(double degrees) {
    return degrees * (kPi / 180);
}

inline double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
}

inline double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

// splitmix64: tiny, fast, and its output is defined by the seed alone.
class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}

    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double range(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // Uniform integer in [0, n).
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return unit() < p; }
    // A sign, for mirroring a detail left or right.
    double sign() { return chance(0.5) ? 1.0 : -1.0; }

private:
    uint64_t state_;
};

} // namespace fairgen
