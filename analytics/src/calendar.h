// Calendar arithmetic for the analytics: months, days and ISO 8601 weeks as plain integers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace orienta::analytics {

/// A month as one number: year * 12 + (month - 1), so that consecutive months differ by 1.
int month_index(int year, int month);
/// "YYYY-MM" of a month index.
std::string month_label(int index);
/// Parses "YYYY-MM" (year 1000..9999, month 01..12); nullopt for anything else.
std::optional<int> parse_month(std::string_view text);

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar.
int days_from_civil(int year, int month, int day);
/// Parses "YYYY-MM-DD" (a real calendar date) into days; nullopt for anything else.
std::optional<int> parse_date(std::string_view text);
/// The month index of a day.
int month_of_day(int days);
/// The first and last day of a month index.
int first_day_of_month(int month);
int last_day_of_month(int month);

/// Monday 0 .. Sunday 6.
int weekday(int days);
/// The Monday of the ISO week holding `days`.
int week_start(int days);
/// "YYYY-Www" of the ISO week starting on the Monday `monday`.
std::string week_label(int monday);
/// The Monday of the ISO week written "YYYY-Www"; nullopt for anything else.
std::optional<int> parse_week(std::string_view text);
/// The Monday of the week with the same ISO week number one ISO year before (week 53 maps to
/// week 52 when the year before has no week 53).
int same_week_a_year_before(int monday);

}  // namespace orienta::analytics
