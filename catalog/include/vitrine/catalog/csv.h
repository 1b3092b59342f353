// Spreadsheets as spreadsheet programs really export them: UTF-8 with or without BOM, ',' or
// ';' separators, CRLF, quoted fields with separators, quotes and newlines inside.
// Parsing is libcsv's; this adds encoding checks, separator detection and line numbers.
#pragma once

#include "vitrine/catalog/diagnostics.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct CsvRow {
    size_t line = 0; // 1-based line where the row starts in the file
    std::vector<std::string> cells;
};

struct CsvTable {
    std::string file;                // name used in messages
    std::vector<std::string> header; // trimmed, lower-cased column names
    std::vector<CsvRow> rows;        // data rows; wholly empty rows are skipped
    char separator = ',';

    // Index of a column, or nullopt.
    std::optional<size_t> column(std::string_view name) const;
    // The trimmed cell of a row in a named column; empty when the column or cell is missing.
    std::string_view cell(const CsvRow& row, std::string_view name) const;
};

// Parses a CSV file's bytes. Problems go to diags with the file's name and line:
// - Windows-1252 text (what French Excel writes by default) is converted to UTF-8 with a
//   warning saying how to export "CSV UTF-8"; text in any other encoding, or Windows-1252 in
//   a file that has Arabic columns (which Windows-1252 cannot hold), is an error.
// - An unterminated quoted field is an error at the line where it starts.
// - A row with more cells than the header is an error; missing trailing cells are empty.
// Returns nullopt when the file is unusable (the reason is in diags).
std::optional<CsvTable> parse_csv(std::string_view bytes, const std::string& file,
                                  Diagnostics& diags);

// Writes one CSV row (',' separated, quoted where needed, CRLF-free) for templates and tools.
std::string csv_row(const std::vector<std::string>& cells);

} // namespace vitrine
