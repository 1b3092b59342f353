// The stb parts Dear ImGui's font atlas needs, compiled here rather than linked from Debian's
// prebuilt libstb (which also carries an uncapped stb_image; ours is in the catalogue library).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#define STB_RECT_PACK_IMPLEMENTATION
#include <stb_rect_pack.h>
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>
#pragma GCC diagnostic pop
