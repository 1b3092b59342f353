// The pack's manifest.json, alone, as seal and import read it first.
#include "fuzz_support.h"
#include "vitrine/catalog/pack_reader.h"

using namespace vitrine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Diagnostics diags;
    auto manifest = parse_manifest(fuzz::as_text(data, size), diags);
    if (!manifest && !diags.has_errors())
        fuzz::broken("parse_manifest refused a manifest without saying why");
    return 0;
}
