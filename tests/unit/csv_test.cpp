#include "vitrine/catalog/csv.h"

#include <gtest/gtest.h>
#include <random>

namespace vitrine {
namespace {

using Cells = std::vector<std::string>;

struct Parsed {
    std::optional<CsvTable> table;
    std::vector<Diagnostic> diags;

    size_t errors() const {
        return static_cast<size_t>(std::count_if(
            diags.begin(), diags.end(), [](auto& d) { return d.severity == Severity::error; }));
    }
    // The first diagnostic whose message holds `needle`; fails the test when there is none.
    Diagnostic find(std::string_view needle) const {
        for (const Diagnostic& d : diags)
            if (d.message.find(needle) != std::string::npos)
                return d;
        ADD_FAILURE() << "no diagnostic mentions \"" << needle << "\"; got: " << all();
        return {};
    }
    std::string all() const {
        std::string out;
        for (const Diagnostic& d : diags)
            out += d.to_string() + "\n";
        return out;
    }
};

Parsed parse(std::string_view bytes) {
    Diagnostics diags;
    Parsed out;
    out.table = parse_csv(bytes, "exhibitors.csv", diags);
    out.diags = diags.sorted();
    return out;
}

TEST(Csv, ReadsSemicolonFileWithBomAsFrenchExcelWritesIt) {
    auto p = parse("\xEF\xBB\xBFid;Name_FR;name_ar\r\n"
                   "coop-tifawin;Coopérative Tifawin;تعاونية تيفاوين\r\n"
                   "atelier-fes;Atelier de Fès;\r\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_TRUE(p.diags.empty()) << p.all();
    EXPECT_EQ(p.table->separator, ';');
    EXPECT_EQ(p.table->header, (Cells{"id", "name_fr", "name_ar"}));
    ASSERT_EQ(p.table->rows.size(), 2u);
    EXPECT_EQ(p.table->rows[0].cells,
              (Cells{"coop-tifawin", "Coopérative Tifawin", "تعاونية تيفاوين"}));
    EXPECT_EQ(p.table->rows[0].line, 2u);
    EXPECT_EQ(p.table->rows[1].line, 3u);
    EXPECT_EQ(p.table->cell(p.table->rows[1], "name_fr"), "Atelier de Fès");
    EXPECT_EQ(p.table->cell(p.table->rows[1], "name_ar"), "");
}

TEST(Csv, ReadsCommaFileWithQuotedSeparatorsAndDoubledQuotes) {
    auto p = parse("id,name_fr,price_mad\n"
                   "tapis-01,\"Tapis \"\"Azilal\"\", laine; teintures\",\"120,50\"\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.table->separator, ',');
    ASSERT_EQ(p.table->rows.size(), 1u);
    EXPECT_EQ(p.table->cell(p.table->rows[0], "name_fr"), "Tapis \"Azilal\", laine; teintures");
    EXPECT_EQ(p.table->cell(p.table->rows[0], "price_mad"), "120,50");
}

TEST(Csv, DetectsTabSeparatedFiles) {
    auto p = parse("id\tname_fr\nargan-01\tHuile d'argan, 250 ml\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.table->separator, '\t');
    EXPECT_EQ(p.table->cell(p.table->rows.at(0), "name_fr"), "Huile d'argan, 250 ml");
}

TEST(Csv, SeparatorInsideAQuotedHeaderDoesNotDecide) {
    auto p = parse("\"id;x\",name_fr\na,b\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.table->separator, ',');
    EXPECT_EQ(p.table->header, (Cells{"id;x", "name_fr"}));
}

TEST(Csv, LineBreakInsideQuotedCellKeepsFollowingLineNumbersRight) {
    auto p = parse("id;description_fr\r\n"
                   "a;\"Première ligne\r\nseconde ligne\r\ntroisième\"\r\n"
                   "b;simple\r\n"
                   "\r\n"
                   "c;après un blanc\r\n");
    ASSERT_TRUE(p.table) << p.all();
    ASSERT_EQ(p.table->rows.size(), 3u);
    EXPECT_EQ(p.table->rows[0].line, 2u);
    EXPECT_EQ(p.table->cell(p.table->rows[0], "description_fr"),
              "Première ligne\r\nseconde ligne\r\ntroisième");
    EXPECT_EQ(p.table->rows[1].line, 5u);
    EXPECT_EQ(p.table->rows[2].line, 7u);
}

TEST(Csv, QuotedCellStartingOnItsOwnLineGetsItsStartLine) {
    auto p = parse("description_fr;id\n\"un\ndeux\";x\ny;z\n");
    ASSERT_TRUE(p.table) << p.all();
    ASSERT_EQ(p.table->rows.size(), 2u);
    EXPECT_EQ(p.table->rows[0].line, 2u);
    EXPECT_EQ(p.table->rows[1].line, 4u);
}

TEST(Csv, OldMacLineEndsWork) {
    auto p = parse("id;name_fr\ra;A\rb;B");
    ASSERT_TRUE(p.table) << p.all();
    ASSERT_EQ(p.table->rows.size(), 2u);
    EXPECT_EQ(p.table->rows[1].line, 3u);
    EXPECT_EQ(p.table->cell(p.table->rows[1], "name_fr"), "B");
}

TEST(Csv, TrimsSpacesAndNoBreakSpacesAndSkipsEmptyRows) {
    auto p = parse(" ID ; Name_FR \n"
                   "  a \t;\xC2\xA0Tapis\xC2\xA0\n"
                   ";;\n"
                   "   \n"
                   "b;\" quoted \"\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.table->header, (Cells{"id", "name_fr"}));
    ASSERT_EQ(p.table->rows.size(), 2u);
    EXPECT_EQ(p.table->rows[0].cells, (Cells{"a", "Tapis"}));
    EXPECT_EQ(p.table->rows[1].cells, (Cells{"b", "quoted"}));
    EXPECT_EQ(p.table->rows[1].line, 5u);
}

TEST(Csv, MissingTrailingCellsAreEmptyAndTrailingEmptyCellsAreHarmless) {
    auto p = parse("id;name_fr;city_fr\na\nb;B;Fès;;\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_TRUE(p.diags.empty()) << p.all();
    ASSERT_EQ(p.table->rows.size(), 2u);
    EXPECT_EQ(p.table->rows[0].cells, (Cells{"a", "", ""}));
    EXPECT_EQ(p.table->cell(p.table->rows[1], "city_fr"), "Fès");
}

TEST(Csv, ColumnAndCellLookups) {
    auto p = parse("id;name_fr\na;A\n");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->column("name_fr"), 1u);
    EXPECT_EQ(p.table->column("name_en"), std::nullopt);
    EXPECT_EQ(p.table->cell(p.table->rows[0], "name_en"), "");
    CsvRow short_row{9, {"x"}};
    EXPECT_EQ(p.table->cell(short_row, "name_fr"), "");
}

TEST(Csv, Windows1252IsConvertedWithAWarningAtTheFirstAccent) {
    auto p = parse("id;name_fr\nkasbah;Kasbah\ncafe;Caf\xE9 du P\xF4le\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.errors(), 0u) << p.all();
    const Diagnostic d = p.find("Windows-1252");
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.file, "exhibitors.csv");
    EXPECT_EQ(d.line, 3u);
    EXPECT_NE(d.message.find("CSV UTF-8"), std::string::npos);
    EXPECT_EQ(p.table->cell(p.table->rows.at(1), "name_fr"), "Café du Pôle");
}

TEST(Csv, Windows1252WithArabicTextIsRefused) {
    // What French Excel writes for Arabic in plain "CSV": question marks, with accents in cp1252.
    auto p = parse("id;name_fr;name_ar\ncafe;Caf\xE9;???? ????\n");
    EXPECT_FALSE(p.table);
    const Diagnostic d = p.find("not UTF-8");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_NE(d.message.find("Arabic"), std::string::npos);
    EXPECT_NE(d.message.find("CSV UTF-8"), std::string::npos);
    EXPECT_EQ(d.line, 2u);
}

TEST(Csv, Windows1252WithEmptyArabicColumnIsOnlyAWarning) {
    auto p = parse("id;name_fr;name_ar\ncafe;Caf\xE9;\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_EQ(p.errors(), 0u) << p.all();
    EXPECT_EQ(p.find("Windows-1252").severity, Severity::warning);
}

TEST(Csv, ArabicLostToQuestionMarksIsReportedInEveryCellOnItsLine) {
    // Digits and Latin letters survive the loss, and the real question mark of Arabic is "؟".
    auto p = parse("id;name_fr;name_ar;name_zgh\n"
                   "a;Argan;??? ?????;\n"
                   "b;Tapis;??? ????? 250 ??;\n"
                   "c;Miel;Miel bio?;\n"
                   "d;Huile;هل هو زيت؟;?????\n");
    EXPECT_EQ(p.errors(), 3u) << p.all();
    std::vector<std::pair<size_t, std::string>> found;
    for (const Diagnostic& d : p.diags)
        if (d.message.find("question marks") != std::string::npos)
            found.emplace_back(d.line, d.message.substr(0, d.message.find(' ')));
    EXPECT_EQ(found, (std::vector<std::pair<size_t, std::string>>{
                         {2, "name_ar"}, {3, "name_ar"}, {5, "name_zgh"}}));
}

TEST(Csv, RandomBinaryIsRefused) {
    std::mt19937 rng(42);
    std::string bytes(4096, '\0');
    for (char& c : bytes)
        c = static_cast<char>(rng() & 0xFF);
    auto p = parse(bytes);
    EXPECT_FALSE(p.table);
    EXPECT_EQ(p.find("not UTF-8").severity, Severity::error);
}

TEST(Csv, TextInAnotherEncodingIsRefused) {
    // 0x81 and 0x8D are undefined in Windows-1252: this is not a file it could have written.
    auto p = parse("id;name_fr\na;\x81\x8D\n");
    EXPECT_FALSE(p.table);
    const Diagnostic d = p.find("not UTF-8");
    EXPECT_EQ(d.line, 2u);
}

TEST(Csv, Utf16IsRefusedByName) {
    auto p = parse(std::string("\xFF\xFEi\0d\0", 6));
    EXPECT_FALSE(p.table);
    EXPECT_EQ(p.find("UTF-16").severity, Severity::error);
}

TEST(Csv, UnterminatedQuoteIsAnErrorAtTheLineWhereTheRowStarts) {
    auto p = parse("id;name_fr\na;A\nb;\"Tapis\nc;C\nd;D\n");
    EXPECT_FALSE(p.table);
    const Diagnostic d = p.find("unterminated quoted cell");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.line, 3u);
}

TEST(Csv, UnterminatedQuoteOnTheLastLineWithoutLineEnd) {
    auto p = parse("id;name_fr\na;\"A");
    EXPECT_FALSE(p.table);
    EXPECT_EQ(p.find("unterminated quoted cell").line, 2u);
}

TEST(Csv, StrayQuotesAreReportedAtTheirLineAndReadingGoesOn) {
    auto p = parse("id;name_fr\n"
                   "a;Tapis 12\" laine\n"
                   "b;\"Tapis \"Azilal\" laine\"\n"
                   "c;Good\n"
                   "d;too;many\n");
    ASSERT_EQ(p.errors(), 3u) << p.all();
    EXPECT_EQ(p.find("that is not in quotes").line, 2u);
    EXPECT_EQ(p.find("is not doubled").line, 3u);
    EXPECT_EQ(p.find("more cells than columns").line, 5u);
    ASSERT_TRUE(p.table);
    ASSERT_EQ(p.table->rows.size(), 1u);
    EXPECT_EQ(p.table->rows[0].line, 4u);
}

TEST(Csv, TooManyCellsIsAnErrorNamingTheLineAndTheCounts) {
    auto p = parse("id;name_fr\na;A\nb;Tapis; laine;x\n");
    const Diagnostic d = p.find("more cells than columns");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.line, 3u);
    EXPECT_NE(d.message.find("4 cells"), std::string::npos);
    EXPECT_NE(d.message.find("2 columns"), std::string::npos);
    EXPECT_NE(d.hint.find("\";\""), std::string::npos);
}

TEST(Csv, DuplicateColumnIsAnError) {
    auto p = parse("id;name_fr;Name_FR\na;A;B\n");
    EXPECT_EQ(p.find("appears twice").severity, Severity::error);
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->cell(p.table->rows[0], "name_fr"), "A");
}

TEST(Csv, HeaderOnlyGivesNoRows) {
    auto p = parse("id;name_fr;name_ar\r\n");
    ASSERT_TRUE(p.table) << p.all();
    EXPECT_TRUE(p.diags.empty()) << p.all();
    EXPECT_EQ(p.table->header.size(), 3u);
    EXPECT_TRUE(p.table->rows.empty());
}

TEST(Csv, EmptyFileIsAnError) {
    for (std::string_view bytes : {"", "\xEF\xBB\xBF", "\n\n  \n", ";;\na;b\n"}) {
        auto p = parse(bytes);
        EXPECT_FALSE(p.table);
        EXPECT_EQ(p.find("the first line must hold the column names").severity, Severity::error);
    }
}

TEST(Csv, RowWrittenByCsvRowReadsBackTheSame) {
    const Cells cells = {"tapis-01", "Tapis \"Azilal\", laine; teintures", "deux\nlignes", "",
                         "Huile d'argan"};
    const std::string row = csv_row(cells);
    EXPECT_EQ(row.find('\r'), std::string::npos);
    EXPECT_EQ(csv_row({"a", "b c"}), "a,b c\n");

    auto p = parse(csv_row({"id", "name_fr", "description_fr", "x", "material_fr"}) + row);
    ASSERT_TRUE(p.table) << p.all();
    ASSERT_EQ(p.table->rows.size(), 1u);
    EXPECT_EQ(p.table->rows[0].cells, cells);
}

} // namespace
} // namespace vitrine
