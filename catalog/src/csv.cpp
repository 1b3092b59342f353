#include "vitrine/catalog/csv.h"

#include "vitrine/catalog/text.h"
#include "vitrine/catalog/text_encoding.h"

#include <algorithm>
#include <csv.h>

namespace vitrine {

namespace {

constexpr const char* kSaveAsUtf8 =
    "in Excel: File > Save As > \"CSV UTF-8\"; in LibreOffice: Save As \"Text CSV\" with "
    "character set \"Unicode (UTF-8)\"";

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Spreadsheets pad cells with no-break spaces too (French typing puts U+202F before ';' and ':'),
// and organisers cannot see the difference, so they are trimmed like ASCII spaces.
constexpr std::string_view kNbsp = "\xC2\xA0", kNarrowNbsp = "\xE2\x80\xAF";

std::string_view trim_cell(std::string_view s) {
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        if (is_ascii_space(s.front())) {
            s.remove_prefix(1);
            changed = true;
        } else if (s.starts_with(kNbsp)) {
            s.remove_prefix(kNbsp.size());
            changed = true;
        } else if (s.starts_with(kNarrowNbsp)) {
            s.remove_prefix(kNarrowNbsp.size());
            changed = true;
        }
    }
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        if (is_ascii_space(s.back())) {
            s.remove_suffix(1);
            changed = true;
        } else if (s.ends_with(kNbsp)) {
            s.remove_suffix(kNbsp.size());
            changed = true;
        } else if (s.ends_with(kNarrowNbsp)) {
            s.remove_suffix(kNarrowNbsp.size());
            changed = true;
        }
    }
    return s;
}

// Physical lines, each with its terminator: "\r\n", "\n", or a lone "\r" (old Mac exports).
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || text[i] == '\r') {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            lines.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

// What libcsv takes as the start of a row: anything but its default spaces and line ends.
bool starts_a_record(std::string_view line) {
    return std::any_of(line.begin(), line.end(),
                       [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; });
}

// The header decides: Excel writes ';' in French locales and ',' elsewhere, and some tools tab.
// Quoted text is skipped so that a column name holding a comma does not tip the count.
char detect_separator(std::string_view header_line) {
    size_t semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    char best = ',';
    size_t best_count = commas;
    if (semicolons > best_count) {
        best = ';';
        best_count = semicolons;
    }
    if (tabs > best_count)
        best = '\t';
    return best;
}

std::string separator_name(char separator) {
    return separator == '\t' ? std::string("tab") : "\"" + std::string(1, separator) + "\"";
}

struct Record {
    size_t line = 0;
    std::vector<std::string> cells;
};

// Shared with libcsv's callbacks through its void* argument.
struct ParseState {
    std::vector<std::string> cells;
    std::vector<Record> records;
    size_t record_line = 0;
    bool in_record = false;
};

void on_field(void* data, size_t length, void* state) {
    auto& st = *static_cast<ParseState*>(state);
    st.cells.emplace_back(data == nullptr ? std::string()
                                          : std::string(static_cast<char*>(data), length));
}

void on_record(int, void* state) {
    auto& st = *static_cast<ParseState*>(state);
    st.records.push_back({st.record_line, std::move(st.cells)});
    st.cells.clear();
    st.in_record = false;
}

// Strict mode, because its only refusals are misplaced quotes, and in those cases the lenient
// mode guesses where cells end: a wrong guess silently shifts every following cell of the row
// into the wrong column. Spreadsheet programs always quote correctly, so only hand-edited files
// ever meet the error, and the message says exactly what to change on which line.
constexpr unsigned char kParserOptions = CSV_STRICT | CSV_APPEND_NULL;

class Parser {
public:
    explicit Parser(char separator) : separator_(separator) { reset(); }
    ~Parser() {
        if (initialised_)
            csv_free(&parser_);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    // Drops the row in progress, so that reading can go on after a broken line.
    void reset() {
        if (initialised_)
            csv_free(&parser_);
        initialised_ = csv_init(&parser_, kParserOptions) == 0;
        csv_set_delim(&parser_, static_cast<unsigned char>(separator_));
    }

    // Bytes consumed; fewer than given means an error, see error().
    size_t feed(std::string_view bytes, ParseState& st) {
        return csv_parse(&parser_, bytes.data(), bytes.size(), on_field, on_record, &st);
    }
    int error() { return csv_error(&parser_); }
    bool ok() const { return initialised_; }

private:
    csv_parser parser_{};
    char separator_;
    bool initialised_ = false;
};

struct ParsedText {
    std::vector<Record> records; // the header first
    char separator = ',';
    bool complete = true; // false when the rest of the file could not be read
};

ParsedText parse_records(std::string_view text, const std::string& file, Diagnostics& diags) {
    ParsedText out;
    const std::vector<std::string_view> lines = split_lines(text);
    auto first = std::find_if(lines.begin(), lines.end(), starts_a_record);
    if (first != lines.end())
        out.separator = detect_separator(*first);

    Parser parser(out.separator);
    if (!parser.ok()) {
        diags.error(file, 0, "cannot be read: out of memory", "close other programs and retry");
        out.complete = false;
        return out;
    }
    ParseState st;
    std::string last_line; // the final line, given a line end so its row is closed by the parser
    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t line_number = i + 1;
        std::string_view line = lines[i];
        if (i + 1 == lines.size() && !line.ends_with('\n') && !line.ends_with('\r')) {
            last_line = std::string(line) + "\n";
            line = last_line;
        }
        if (!st.in_record && starts_a_record(line)) {
            st.in_record = true;
            st.record_line = line_number;
        }
        const size_t used = parser.feed(line, st);
        if (used == line.size())
            continue;
        if (parser.error() != CSV_EPARSE) {
            diags.error(file, line_number, "cannot be read: a cell is too large for memory",
                        "check that this is really a spreadsheet exported as CSV");
            out.complete = false;
            return out;
        }
        // The byte refused is either a quote in a cell that does not start with one, or what
        // follows the closing quote of a quoted cell: tell which, since the fix differs.
        const bool bare_quote = used < line.size() && line[used] == '"';
        std::string message = bare_quote ? "a quote (\") inside a cell that is not in quotes"
                                         : "a quote (\") inside a quoted cell is not doubled";
        if (st.record_line != line_number)
            message += " (this row starts at line " + std::to_string(st.record_line) +
                       ": a quoted cell there may be missing its closing quote)";
        diags.error(file, line_number, message,
                    "put the whole cell in quotes and write each quote inside it twice, e.g. "
                    "\"Tapis 12\"\" laine\"; a spreadsheet program saving as CSV UTF-8 does this "
                    "for you");
        parser.reset();
        st.cells.clear();
        st.in_record = false;
    }
    // Every line fed ended with a line end, so a row still open is inside quotes.
    if (st.in_record) {
        diags.error(file, st.record_line, "unterminated quoted cell",
                    "a quote (\") opens a cell on this line and never closes: add the closing "
                    "quote, or remove the opening one");
        out.complete = false;
    }
    out.records = std::move(st.records);
    return out;
}

bool column_holds_lost_script(std::string_view column) {
    return column.ends_with("_ar") || column.ends_with("_zgh");
}

// Saving Arabic or Tifinagh as plain "CSV" replaces every letter by '?', and a file of only
// ASCII then passes every encoding check while the kiosk would show "???" to visitors. Digits
// and Latin letters survive ("??? ????? 250 ??"), so a cell of plain ASCII with a word made of
// question marks only is lost text; a real question mark in Arabic is "؟", never '?'.
bool looks_like_lost_text(std::string_view cell) {
    if (std::any_of(cell.begin(), cell.end(), [](char c) { return (c & 0x80) != 0; }))
        return false;
    if (std::count(cell.begin(), cell.end(), '?') < 2)
        return false;
    size_t word_start = 0;
    for (size_t i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && !is_ascii_space(cell[i]))
            continue;
        std::string_view word = cell.substr(word_start, i - word_start);
        if (!word.empty() && word.find_first_not_of('?') == std::string_view::npos)
            return true;
        word_start = i + 1;
    }
    return false;
}

// Every cell, each on its line: the organiser retypes them one by one.
void report_lost_text(const CsvTable& table, Diagnostics& diags) {
    for (const CsvRow& row : table.rows) {
        for (size_t c = 0; c < table.header.size() && c < row.cells.size(); ++c) {
            if (column_holds_lost_script(table.header[c]) && looks_like_lost_text(row.cells[c])) {
                diags.error(table.file, row.line,
                            table.header[c] +
                                " has question marks where its letters were: the text was lost "
                                "when the file was saved as plain \"CSV\"",
                            std::string("put the text back in the spreadsheet and save as CSV "
                                        "UTF-8: ") +
                                kSaveAsUtf8);
            }
        }
    }
}

} // namespace

std::optional<size_t> CsvTable::column(std::string_view name) const {
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end())
        return std::nullopt;
    return static_cast<size_t>(it - header.begin());
}

std::string_view CsvTable::cell(const CsvRow& row, std::string_view name) const {
    auto index = column(name);
    if (!index || *index >= row.cells.size())
        return {};
    return trim_cell(row.cells[*index]);
}

std::optional<CsvTable> parse_csv(std::string_view bytes, const std::string& file,
                                  Diagnostics& diags) {
    std::string_view text = strip_bom(bytes);
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        diags.error(file, 0, "is not UTF-8: it is saved as UTF-16 (\"Unicode text\")",
                    std::string("save it again as CSV UTF-8: ") + kSaveAsUtf8);
        return std::nullopt;
    }
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        diags.error(file, split_lines(text.substr(0, nul + 1)).size(),
                    "is not UTF-8 text: it holds binary data, not a CSV file",
                    "export the sheet from the spreadsheet program as CSV UTF-8 (an .xlsx file "
                    "renamed to .csv does not work)");
        return std::nullopt;
    }

    std::string converted;
    const size_t invalid_line = first_invalid_utf8_line(text);
    if (invalid_line != 0) {
        auto from_1252 = windows1252_to_utf8(text);
        if (!from_1252) {
            diags.error(file, invalid_line, "is not UTF-8 text, nor Windows-1252",
                        std::string("save it again as CSV UTF-8: ") + kSaveAsUtf8);
            return std::nullopt;
        }
        converted = std::move(*from_1252);
        text = converted;
    }

    ParsedText parsed = parse_records(text, file, diags);

    CsvTable table;
    table.file = file;
    table.separator = parsed.separator;
    if (parsed.records.empty() ||
        std::all_of(parsed.records.front().cells.begin(), parsed.records.front().cells.end(),
                    [](const std::string& c) { return trim_cell(c).empty(); })) {
        diags.error(file, parsed.records.empty() ? 0 : parsed.records.front().line,
                    "the first line must hold the column names",
                    "this file has no column names; 'vitrine-pack init' writes a template with "
                    "every column");
        return std::nullopt;
    }

    const Record& header = parsed.records.front();
    for (const std::string& name : header.cells) {
        std::string column = lower_ascii(trim_cell(name));
        if (!column.empty() && table.column(column))
            diags.error(file, header.line, "column \"" + column + "\" appears twice",
                        "delete or rename one of the two columns (only the first is read)");
        table.header.push_back(std::move(column));
    }

    for (size_t r = 1; r < parsed.records.size(); ++r) {
        Record& record = parsed.records[r];
        CsvRow row;
        row.line = record.line;
        for (const std::string& cell : record.cells)
            row.cells.emplace_back(trim_cell(cell));
        if (std::all_of(row.cells.begin(), row.cells.end(),
                        [](const std::string& c) { return c.empty(); }))
            continue;
        // Spreadsheets often end rows with empty cells past the last column: harmless.
        while (row.cells.size() > table.header.size() && row.cells.back().empty())
            row.cells.pop_back();
        if (row.cells.size() > table.header.size()) {
            const std::string sep = separator_name(table.separator);
            diags.error(file, row.line,
                        "more cells than columns: the row has " + std::to_string(row.cells.size()) +
                            " cells but the header has " + std::to_string(table.header.size()) +
                            " columns",
                        "a " + sep +
                            " inside a cell must be quoted: put the cell in double "
                            "quotes, or remove the " +
                            sep);
            continue;
        }
        row.cells.resize(table.header.size());
        table.rows.push_back(std::move(row));
    }

    if (invalid_line != 0) {
        for (const CsvRow& row : table.rows) {
            for (size_t c = 0; c < table.header.size(); ++c) {
                if (table.header[c].ends_with("_ar") && !row.cells[c].empty()) {
                    diags.error(file, row.line,
                                "is not UTF-8 and has Arabic columns: save it as CSV UTF-8",
                                std::string("it was saved in Windows-1252 (Excel's plain "
                                            "\"CSV\"), which cannot hold Arabic; put the Arabic "
                                            "text back and save as CSV UTF-8: ") +
                                    kSaveAsUtf8);
                    return std::nullopt;
                }
            }
        }
        diags.warning(file, invalid_line,
                      "saved in Windows-1252 (Excel's default \"CSV\"): converted; next time "
                      "choose \"CSV UTF-8\"",
                      kSaveAsUtf8);
    }

    report_lost_text(table, diags);

    if (!parsed.complete)
        return std::nullopt;
    return table;
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const std::string& cell = cells[i];
        if (cell.find_first_of(",;\"\r\n") == std::string::npos) {
            out += cell;
            continue;
        }
        out += '"';
        for (char c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += '\n';
    return out;
}

} // namespace vitrine
