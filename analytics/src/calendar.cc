// Calendar arithmetic for the analytics: months, days and ISO 8601 weeks as plain integers.
#include "calendar.h"

#include <charconv>
#include <cstdio>

namespace orienta::analytics {
namespace {

constexpr int kMonthsPerYear = 12;
constexpr int kDaysPerWeek = 7;
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 9999;

struct Civil {
  int year = 0;
  int month = 0;
  int day = 0;
};

// Howard Hinnant's civil_from_days (public domain): exact for any date we will see.
Civil civil_from_days(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

std::optional<int> digits(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() ||
      text.front() == '-' || text.front() == '+') {
    return std::nullopt;
  }
  return value;
}

// The ISO year and week number of a day: the week belongs to the year of its Thursday.
struct IsoWeek {
  int year = 0;
  int week = 0;
};

IsoWeek iso_week(int days) {
  const int thursday = week_start(days) + 3;
  const int year = civil_from_days(thursday).year;
  return {year, (thursday - days_from_civil(year, 1, 1)) / kDaysPerWeek + 1};
}

int iso_week_monday(int year, int week) {
  // Week 1 is the week holding 4 January.
  return week_start(days_from_civil(year, 1, 4)) + (week - 1) * kDaysPerWeek;
}

}  // namespace

int month_index(int year, int month) { return year * kMonthsPerYear + (month - 1); }

std::string month_label(int index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", index / kMonthsPerYear, index % kMonthsPerYear + 1);
  return buf;
}

std::optional<int> parse_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') {
    return std::nullopt;
  }
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  if (!year || !month || *year < kMinYear || *year > kMaxYear || *month < 1 ||
      *month > kMonthsPerYear) {
    return std::nullopt;
  }
  return month_index(*year, *month);
}

int days_from_civil(int year, int month, int day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<int> parse_date(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') {
    return std::nullopt;
  }
  const auto month = parse_month(text.substr(0, 7));
  const auto day = digits(text.substr(8, 2));
  if (!month || !day || *day < 1) {
    return std::nullopt;
  }
  const int days = first_day_of_month(*month) + *day - 1;
  if (days > last_day_of_month(*month)) {
    return std::nullopt;
  }
  return days;
}

int month_of_day(int days) {
  const Civil c = civil_from_days(days);
  return month_index(c.year, c.month);
}

int first_day_of_month(int month) {
  return days_from_civil(month / kMonthsPerYear, month % kMonthsPerYear + 1, 1);
}

int last_day_of_month(int month) { return first_day_of_month(month + 1) - 1; }

int weekday(int days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return ((days % kDaysPerWeek) + kDaysPerWeek + 3) % kDaysPerWeek;
}

int week_start(int days) { return days - weekday(days); }

std::string week_label(int monday) {
  const IsoWeek w = iso_week(monday);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}

std::optional<int> parse_week(std::string_view text) {
  if (text.size() != 8 || text.substr(4, 2) != "-W") {
    return std::nullopt;
  }
  const auto year = digits(text.substr(0, 4));
  const auto week = digits(text.substr(6, 2));
  if (!year || !week || *week < 1 || *week > 53) {
    return std::nullopt;
  }
  const int monday = iso_week_monday(*year, *week);
  return iso_week(monday).year == *year ? std::optional<int>(monday) : std::nullopt;
}

int same_week_a_year_before(int monday) {
  const IsoWeek w = iso_week(monday);
  const int candidate = iso_week_monday(w.year - 1, w.week);
  // Week 53 of a year that has only 52 weeks would be week 1 of the next one.
  return iso_week(candidate).year == w.year - 1 ? candidate : iso_week_monday(w.year - 1, 52);
}

}  // namespace orienta::analytics
