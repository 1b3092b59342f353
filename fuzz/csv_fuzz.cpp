// The organisers' spreadsheets: any bytes through the encoding checks and the CSV layer.
#include "fuzz_support.h"
#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/text_encoding.h"

using namespace vitrine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);

    const bool valid = is_valid_utf8(bytes);
    if (valid != (first_invalid_utf8_line(bytes) == 0))
        fuzz::broken("is_valid_utf8 and first_invalid_utf8_line disagree");
    if (auto converted = windows1252_to_utf8(bytes); converted && !is_valid_utf8(*converted))
        fuzz::broken("windows1252_to_utf8 wrote invalid UTF-8");

    Diagnostics diags;
    auto table = parse_csv(bytes, "products.csv", diags);
    if (!table) {
        if (!diags.has_errors())
            fuzz::broken("parse_csv refused a file without saying why");
        return 0;
    }
    // The kiosk's text layer takes these cells as UTF-8 whatever the file was written in.
    for (const std::string& name : table->header)
        if (!is_valid_utf8(name))
            fuzz::broken("a header cell is not UTF-8");
    size_t previous_line = 0;
    for (const CsvRow& row : table->rows) {
        if (row.line <= previous_line)
            fuzz::broken("row lines do not increase");
        previous_line = row.line;
        if (row.cells.size() > table->header.size() && !diags.has_errors())
            fuzz::broken("a row longer than the header passed without an error");
        for (const std::string& cell : row.cells)
            if (!is_valid_utf8(cell))
                fuzz::broken("a cell is not UTF-8");
        for (const std::string& name : table->header)
            (void)table->cell(row, name);
    }
    for (const Diagnostic& d : diags.sorted())
        if (d.file != "products.csv")
            fuzz::broken("a message names another file");
    return 0;
}
