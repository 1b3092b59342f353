// Whether a frame's draw data would put different pixels on the screen than the last one drawn:
// a frame that changes nothing is not rasterised again, which without a GPU is most of what the
// kiosk costs. It compares the draw data byte for byte with a copy of the last frame's (exact,
// where a hash may collide), and the comparison stops at the first difference, so a frame that
// moved costs a copy and a frame that did not costs one memcmp: both far cheaper than hashing
// every vertex.
//
// Threads: one instance per thread; it holds no ImGui state between calls.
#pragma once

#include <cstdint>
#include <imgui.h>
#include <vector>

namespace vitrine::kiosk {

class PictureCheck {
public:
    // True when `draw_data` differs from the previous call's, or when `textures` differs:
    // a texture is known by its address, which a new one may reuse, so the caller passes a
    // count of the textures it made. The first call is always true.
    bool changed(const ImDrawData* draw_data, uint64_t textures);

private:
    void append(const void* data, size_t size);

    std::vector<unsigned char> last_; // the last frame's draw data, as compared
    std::vector<unsigned char> next_; // scratch for this frame's, kept to avoid reallocations
    bool first_ = true;
};

} // namespace vitrine::kiosk
