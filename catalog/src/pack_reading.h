// What the units reading a pack share (pack_reader.cpp, floor_plan_reader.cpp, manifest.cpp,
// removals.cpp): line numbers in JSON, JSON values, quoting cells in messages, claiming ids.
// Internal to the catalogue library.
#pragma once

#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace vitrine {

inline constexpr const char* kLangNames[] = {"French", "Arabic", "English", "Amazigh"};

// 1-based line of a byte offset.
size_t line_at(std::string_view text, size_t offset);

// JSON keeps no positions, so an item is found by its quoted id in the text, after the key
// of the list that holds it (a kiosk and a door may share an id). 0 when not found.
size_t json_line(std::string_view text, std::string_view id, std::string_view section = {});

Text json_text(const nlohmann::json& value);
std::optional<double> json_number(const nlohmann::json& object, const char* key);
std::optional<Point> json_point(const nlohmann::json& value);
std::string json_id(const nlohmann::json& object);
// The document, or nullopt with the reason in diags: a syntax error on its line, or a number too
// large for a double (1e400), which json names but does not place.
std::optional<nlohmann::json> parse_json(std::string_view text, const std::string& file,
                                         Diagnostics& diags);
// A string member, or `fallback` when it is absent. Another type reads as "", which the check
// that follows reports; json's value() would throw instead, and so would any member of a value
// that is not an object.
std::string json_string(const nlohmann::json& object, const char* key, std::string fallback = {});

// A cell's value in quotes for a message, cut to about 200 characters: a cell holding a whole
// pasted page must not make a message of a megabyte.
std::string quote_cell(std::string_view value);

// Ids seen so far in one list, with the line each was first given on.
class IdClaims {
public:
    // True when `id` is new; otherwise reports "duplicate <what> ..." at `line`, naming the line
    // that has it already.
    bool claim(const std::string& id, const std::string& file, size_t line, Diagnostics& diags,
               std::string_view what = "id");
    const std::map<std::string, size_t>& lines() const { return lines_; }
    size_t line_of(const std::string& id) const;

private:
    std::map<std::string, size_t> lines_;
};

// Reads floorplan.json into `plan`. False when there is no usable hall outline (then nothing
// else of the plan can be checked); every problem is in diags either way.
bool read_floor_plan(std::string_view text, FloorPlan& plan, Diagnostics& diags);

// The groups of synonyms.csv (its one column, "words", holds a row's words separated by '/').
// Rows that give fewer than two words, and words already in an earlier row, are reported and
// left out.
std::vector<SynonymGroup> read_synonyms(const CsvTable& table, Diagnostics& diags);

} // namespace vitrine
