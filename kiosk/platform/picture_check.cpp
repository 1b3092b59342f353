#include "platform/picture_check.h"

#include <cstring>

namespace vitrine::kiosk {

void PictureCheck::append(const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    next_.insert(next_.end(), bytes, bytes + size);
}

bool PictureCheck::changed(const ImDrawData* draw_data, uint64_t textures) {
    // Everything that decides the pixels: geometry, colours, clip rectangles and textures.
    next_.clear();
    append(&textures, sizeof textures);
    for (int n = 0; draw_data && n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        const uint64_t sizes[] = {uint64_t(list->VtxBuffer.Size), uint64_t(list->IdxBuffer.Size),
                                  uint64_t(list->CmdBuffer.Size)};
        append(sizes, sizeof sizes);
        append(list->VtxBuffer.Data, size_t(list->VtxBuffer.size_in_bytes()));
        append(list->IdxBuffer.Data, size_t(list->IdxBuffer.size_in_bytes()));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            // Field by field: the struct's padding holds whatever the allocator left there.
            const uintptr_t fields[] = {reinterpret_cast<uintptr_t>(cmd.TextureId),
                                        reinterpret_cast<uintptr_t>(cmd.UserCallbackData),
                                        cmd.UserCallback != nullptr,
                                        cmd.VtxOffset,
                                        cmd.IdxOffset,
                                        cmd.ElemCount};
            append(&cmd.ClipRect, sizeof cmd.ClipRect);
            append(fields, sizeof fields);
        }
    }
    const bool differs = first_ || next_.size() != last_.size() ||
                         std::memcmp(next_.data(), last_.data(), next_.size()) != 0;
    first_ = false;
    last_.swap(next_);
    return differs;
}

} // namespace vitrine::kiosk
