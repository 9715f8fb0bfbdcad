// Trends: the latest period against the one before and the same one a year before, and the
// rising test (a one-sided exact binomial test of a theme's share, recent window vs baseline).
#include <algorithm>
#include <cmath>
#include <map>

#include "calendar.h"
#include "reports.h"

namespace orienta::analytics {
namespace {

constexpr int kMonthsPerYear = 12;
constexpr int kDaysPerWeek = 7;

// A span of days, both ends included; `label` names the period.
struct Span {
  int first = 0;
  int last = -1;
  std::string label;
  bool contains(int day) const { return day >= first && day <= last; }
};

struct Periods {
  std::optional<Span> latest;
  std::optional<Span> previous;
  std::optional<Span> year_ago;
};

Span month_span(int month) {
  return {first_day_of_month(month), last_day_of_month(month), month_label(month)};
}

Span week_span(int monday) { return {monday, monday + kDaysPerWeek - 1, week_label(monday)}; }

// The latest period is the month `to` or the last full ISO week of the range; the others exist
// only when they lie wholly inside the range.
Periods periods_of(const Selection& sel, Dimension unit) {
  Periods p;
  const int range_first = first_day_of_month(sel.from);
  const int range_last = last_day_of_month(sel.to);
  if (unit == Dimension::kMonth) {
    p.latest = month_span(sel.to);
    if (sel.to - 1 >= sel.from) {
      p.previous = month_span(sel.to - 1);
    }
    if (sel.to - kMonthsPerYear >= sel.from) {
      p.year_ago = month_span(sel.to - kMonthsPerYear);
    }
    return p;
  }
  int monday = week_start(range_last);
  if (monday + kDaysPerWeek - 1 > range_last) {
    monday -= kDaysPerWeek;
  }
  if (monday < range_first) {
    return p;
  }
  p.latest = week_span(monday);
  if (monday - kDaysPerWeek >= range_first) {
    p.previous = week_span(monday - kDaysPerWeek);
  }
  if (const int before = same_week_a_year_before(monday); before >= range_first) {
    p.year_ago = week_span(before);
  }
  return p;
}

// The answer ids of one theme in one group, per period and window.
struct Cell {
  std::vector<std::string> latest;
  std::vector<std::string> previous;
  std::vector<std::string> year_ago;
  std::vector<std::string> recent;
  std::vector<std::string> baseline;
};

struct Totals {
  int recent = 0;
  int baseline = 0;
};

std::optional<double> change(int now, int before) {
  if (before == 0) {
    return std::nullopt;
  }
  return static_cast<double>(now - before) / before;
}

}  // namespace

double binomial_upper_tail(int k, int n, double p) {
  if (k <= 0) {
    return 1.0;
  }
  if (k > n || p <= 0.0) {
    return 0.0;
  }
  if (p >= 1.0) {
    return 1.0;
  }
  // log P(X = k) = log C(n, k) + k log p + (n - k) log(1 - p), then the terms above k by the
  // ratio P(X = i + 1) / P(X = i) = (n - i) / (i + 1) * p / (1 - p). No lgamma: it is not
  // thread-safe in glibc.
  double log_pmf = k * std::log(p) + (n - k) * std::log1p(-p);
  for (int i = 1; i <= k; ++i) {
    log_pmf += std::log(static_cast<double>(n - k + i) / i);
  }
  double pmf = std::exp(log_pmf);
  double sum = 0.0;
  const double odds = p / (1.0 - p);
  for (int i = k; i <= n; ++i) {
    sum += pmf;
    pmf *= static_cast<double>(n - i) / (i + 1) * odds;
    if (pmf < sum * 1e-17 && i > n * p) {
      break;  // the remaining terms shrink geometrically and no longer change the sum
    }
  }
  return std::min(1.0, sum);
}

TrendsReport trend_report(const Selection& sel, const std::vector<Dimension>& by,
                          const TrendOptions& options) {
  TrendsReport report;
  report.unit = has(by, Dimension::kWeek) ? Dimension::kWeek : Dimension::kMonth;
  report.by = by;
  if (!has(by, Dimension::kMonth) && !has(by, Dimension::kWeek)) {
    report.by.insert(report.by.begin() + (has(by, Dimension::kBassin) ? 1 : 0), Dimension::kMonth);
  }
  if (!sel.has_range) {
    report.notices.push_back("there is no answer to look at");
    return report;
  }
  const Periods periods = periods_of(sel, report.unit);
  if (!periods.latest) {
    report.notices.push_back("the range holds no full ISO week");
  }
  report.period = periods.latest ? periods.latest->label : "";
  report.previous_period = periods.previous ? periods.previous->label : "";
  report.year_ago_period = periods.year_ago ? periods.year_ago->label : "";

  // The recent window ends with the range; the baseline is every month of the range before it.
  const int recent_from = std::max(sel.from, sel.to - options.recent_months + 1);
  const int baseline_months = recent_from - sel.from;
  report.recent_from = month_label(recent_from);
  report.recent_to = month_label(sel.to);
  if (baseline_months > 0) {
    report.baseline_from = month_label(sel.from);
    report.baseline_to = month_label(recent_from - 1);
  }
  const bool testable = baseline_months >= options.min_baseline_months;
  if (!testable) {
    report.notices.push_back("the baseline (" + std::to_string(baseline_months) +
                             " months before the recent window) is shorter than " +
                             std::to_string(options.min_baseline_months) +
                             " months: no theme is flagged; widen the range");
  }

  std::map<std::pair<std::string, Group>, Cell> cells;
  std::map<Group, Totals> totals;
  for (const AnswerRecord* a : sel.answers) {
    const Group g = group_of(*a, by);
    const bool recent = a->month >= recent_from;
    ++(recent ? totals[g].recent : totals[g].baseline);
    for (const auto& theme : a->themes) {
      if (!sel.reports(theme)) {
        continue;
      }
      Cell& c = cells[{theme, g}];
      (recent ? c.recent : c.baseline).push_back(a->id);
      if (periods.latest && periods.latest->contains(a->day)) {
        c.latest.push_back(a->id);
      }
      if (periods.previous && periods.previous->contains(a->day)) {
        c.previous.push_back(a->id);
      }
      if (periods.year_ago && periods.year_ago->contains(a->day)) {
        c.year_ago.push_back(a->id);
      }
    }
  }

  for (auto& [key, c] : cells) {
    const Totals& t = totals[key.second];
    TrendRow row;
    row.theme = key.first;
    row.bassin = key.second.bassin;
    row.caller_role = key.second.caller_role;
    row.latest = make_tally(std::move(c.latest));
    if (periods.previous) {
      row.previous = make_tally(std::move(c.previous));
      row.change_previous = change(row.latest.count, row.previous->count);
    }
    if (periods.year_ago) {
      row.year_ago = make_tally(std::move(c.year_ago));
      row.change_year_ago = change(row.latest.count, row.year_ago->count);
    }
    row.recent = make_tally(std::move(c.recent));
    row.baseline = make_tally(std::move(c.baseline));
    row.recent_total = t.recent;
    row.baseline_total = t.baseline;
    if (row.baseline.count > 0 && row.recent_total > 0) {
      row.rate_ratio = (static_cast<double>(row.recent.count) / row.recent_total) /
                       (static_cast<double>(row.baseline.count) / row.baseline_total);
    }
    if (testable && row.recent_total > 0) {
      // Under "no change", each of the theme's answers falls in the recent window with the
      // probability that any answer of the group does: recent_total / (recent + baseline).
      const double p0 =
          static_cast<double>(row.recent_total) / (row.recent_total + row.baseline_total);
      row.p_value =
          binomial_upper_tail(row.recent.count, row.recent.count + row.baseline.count, p0);
      row.rising = row.p_value <= options.max_p_value && row.recent.count >= options.min_recent &&
                   (!row.rate_ratio || *row.rate_ratio >= options.min_rate_ratio);
    }
    report.rows.push_back(std::move(row));
  }
  std::stable_sort(report.rows.begin(), report.rows.end(),
                   [](const TrendRow& x, const TrendRow& y) {
                     if (x.rising != y.rising) {
                       return x.rising;
                     }
                     return x.p_value < y.p_value;
                   });
  return report;
}

}  // namespace orienta::analytics
