// The values organisers type into a pack's cells and fields, parsed or checked one at a time:
// ids, stand numbers, colours, prices, dates, yes/no. Pure functions, no messages: the pack
// reader says what is wrong and where. Thread safe.
#pragma once

#include "vitrine/catalog/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vitrine {

// Lower-case letters, digits, '-' and '_': "huile-argan".
bool is_slug(std::string_view id);

// A stand number as the floor plan and the tables write it: trimmed, upper-cased ("b12" is B12).
std::string stand_id(std::string_view text);
// Up to 8 upper-case letters, digits and '-': "B12", "A-03".
bool is_stand_id(std::string_view id);

// "#C0643B" -> 0xC0643B.
std::optional<uint32_t> parse_color(std::string_view text);

// "120", "45,50", "45.5", "1 200" -> centimes; at most two decimals.
std::optional<int64_t> parse_amount(std::string_view text);
// An amount or a range "80-120", with or without "MAD" or "DH".
std::optional<Price> parse_price(std::string_view text);

// "2025-03-18".
bool is_iso_date(std::string_view s);
// "2025-03-18T09:00:00Z".
bool is_iso_timestamp(std::string_view s);

// oui/yes/1/x/vrai/true -> true, non/no/0/faux/false/empty -> false, anything else nullopt.
std::optional<bool> parse_yes_no(std::string_view text);

// What a spreadsheet's number typing did to a phone number, when it shows: 0612345678 read as
// the number 612345678, +212612345678 as 212612345678, or a long number in scientific notation
// (6,12E+08).
enum class PhoneDamage { none, lost_zero, lost_plus, scientific };
PhoneDamage phone_damage(std::string_view phone);

// Two ids of digits that differ only by leading zeros ("007" and "7"): the mark of a column a
// spreadsheet took for numbers.
bool same_but_leading_zeros(std::string_view a, std::string_view b);

} // namespace vitrine
