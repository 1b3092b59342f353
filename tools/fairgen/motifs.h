// Product illustrations: one drawing function per motif, on a studio backdrop.
#pragma once

#include "jpeg_exif.h"
#include "raster.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace fairgen {

// Every motif, in a fixed order.
std::span<const std::string_view> motifNames();
bool isMotif(std::string_view name);

// The upright picture of a product of `motif`, varied by `seed`; `main` is its main colour.
// `motif` must be one of motifNames().
Image renderProduct(std::string_view motif, uint64_t seed, int width, int height, Rgba main);

} // namespace fairgen
