// CSV (RFC 4180) of the reports: one line per row, the answer ids of each figure space-separated.
#include <cmath>
#include <cstdio>

#include "orienta/analytics.h"

namespace orienta::analytics {
namespace {

using Fields = std::vector<std::string>;

std::string field(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) {
    return value;
  }
  std::string out = "\"";
  for (const char c : value) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

void line(std::string& out, const Fields& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out += (i == 0 ? "" : ",") + field(fields[i]);
  }
  out += "\n";
}

Fields operator+(Fields a, const Fields& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    out += (out.empty() ? "" : " ") + id;
  }
  return out;
}

std::string decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string decimal(const std::optional<double>& v) { return v ? decimal(*v) : ""; }

// Three significant digits, so that a small p-value does not print as 0.000.
std::string p_value(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

std::string count(const std::optional<Tally>& t) { return t ? std::to_string(t->count) : ""; }
std::string ids(const std::optional<Tally>& t) { return t ? joined(t->ids) : ""; }

// The column names and values of the dimensions of a row, in the order of `by`.
Fields keys(const std::vector<Dimension>& by) {
  Fields out;
  for (const Dimension d : by) {
    out.emplace_back(dimension_key(d));
  }
  return out;
}

Fields values(const std::vector<Dimension>& by, const std::string& bassin,
              const std::string& period, const std::string& caller_role) {
  Fields out;
  for (const Dimension d : by) {
    out.push_back(d == Dimension::kBassin   ? bassin
                  : d == Dimension::kCaller ? caller_role
                                            : period);
  }
  return out;
}

std::vector<Dimension> splits(const std::vector<Dimension>& by) {
  std::vector<Dimension> out;
  for (const Dimension d : by) {
    if (d == Dimension::kBassin || d == Dimension::kCaller) {
      out.push_back(d);
    }
  }
  return out;
}

}  // namespace

std::string to_csv(const CountsReport& r) {
  std::string out;
  line(out, Fields{"theme"} + keys(r.by) + Fields{"count", "answers"});
  for (const auto& row : r.rows) {
    line(out, Fields{row.theme} + values(r.by, row.bassin, row.period, row.caller_role) +
                  Fields{std::to_string(row.answers.count), joined(row.answers.ids)});
  }
  return out;
}

std::string to_csv(const TrendsReport& r) {
  const std::vector<Dimension> split = splits(r.by);
  const std::string unit(dimension_key(r.unit));
  std::string out;
  line(out, Fields{"theme"} + keys(split) +
                Fields{unit,
                       "count",
                       "previous_" + unit,
                       "previous",
                       "change_previous",
                       "year_ago_" + unit,
                       "year_ago",
                       "change_year_ago",
                       "recent",
                       "recent_total",
                       "baseline",
                       "baseline_total",
                       "rate_ratio",
                       "p_value",
                       "rising",
                       "answers",
                       "previous_answers",
                       "year_ago_answers",
                       "recent_answers",
                       "baseline_answers"});
  for (const auto& row : r.rows) {
    line(out, Fields{row.theme} + values(split, row.bassin, "", row.caller_role) +
                  Fields{r.period,
                         std::to_string(row.latest.count),
                         r.previous_period,
                         count(row.previous),
                         decimal(row.change_previous),
                         r.year_ago_period,
                         count(row.year_ago),
                         decimal(row.change_year_ago),
                         std::to_string(row.recent.count),
                         std::to_string(row.recent_total),
                         std::to_string(row.baseline.count),
                         std::to_string(row.baseline_total),
                         decimal(row.rate_ratio),
                         p_value(row.p_value),
                         row.rising ? "true" : "false",
                         joined(row.latest.ids),
                         ids(row.previous),
                         ids(row.year_ago),
                         joined(row.recent.ids),
                         joined(row.baseline.ids)});
  }
  return out;
}

std::string to_csv(const CooccurrenceReport& r) {
  std::string out;
  line(out, Fields{"theme_a", "theme_b"} + keys(r.by) +
                Fields{"count", "count_a", "count_b", "total", "expected", "lift", "answers"});
  for (const auto& row : r.rows) {
    line(out, Fields{row.theme_a, row.theme_b} + values(r.by, row.bassin, "", row.caller_role) +
                  Fields{std::to_string(row.together.count), std::to_string(row.count_a),
                         std::to_string(row.count_b), std::to_string(row.total),
                         decimal(row.expected), decimal(row.lift), joined(row.together.ids)});
  }
  return out;
}

std::string to_csv(const EmergingReport& r) {
  std::string out;
  line(out, {"term", "count", "baseline_count", "ratio", "themes", "answers", "baseline_answers"});
  for (const auto& t : r.terms) {
    std::string themes;
    for (const auto& [theme, n] : t.themes) {
      themes += (themes.empty() ? "" : " ") + theme + ":" + std::to_string(n);
    }
    line(out, {t.term, std::to_string(t.recent.count), std::to_string(t.baseline.count),
               decimal(t.ratio), themes, joined(t.recent.ids), joined(t.baseline.ids)});
  }
  return out;
}

std::string to_csv(const GapsReport& r) {
  std::string out;
  line(out, {"bassin", "theme", "count", "services", "local_services", "pressure", "relative",
             "gap", "answers", "service_ids"});
  for (const auto& g : r.rows) {
    line(out, {g.bassin, g.theme, std::to_string(g.questions.count), std::to_string(g.services),
               std::to_string(g.local_services), decimal(g.pressure), decimal(g.relative),
               g.gap ? "true" : "false", joined(g.questions.ids), joined(g.service_ids)});
  }
  return out;
}

}  // namespace orienta::analytics
