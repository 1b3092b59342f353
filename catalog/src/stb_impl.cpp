// Our own build of stb_image, stb_image_write and stb_image_resize. Debian's precompiled libstb
// has no dimension cap: a 389 KB PNG claiming 20000 x 20000 makes it allocate 1.9 GB. Here the
// cap matches the largest side a pack may use, and only PNG is compiled in, so a hostile file
// meets as little decoder code as possible: JPEG goes to libjpeg-turbo, and stb's own JPEG header
// reader writes past its Huffman table on a table of more than 256 codes.

// Files are always read into memory first; no FILE* entry points.
#define STBI_NO_STDIO
#define STBI_WRITE_NO_STDIO
#define STBI_ONLY_PNG
#define STBI_MAX_DIMENSIONS 16384
// stb fills a shared static buffer to name an unknown PNG chunk, a data race when two worker
// threads decode at once; our callers word their own messages anyway.
#define STBI_NO_FAILURE_STRINGS
// SSE2 is switched on by stb itself; NEON (ARM kiosks) only on request.
#if defined(__ARM_NEON) && !defined(STBI_NEON)
#define STBI_NEON
#endif

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_IMPLEMENTATION

// Third-party code: its warnings are not ours to fix, and must not drown ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>
#pragma GCC diagnostic pop
