// Counts, co-occurrence, offer gaps and time series: tallies of the selected answers.
#include <algorithm>
#include <map>
#include <tuple>

#include "calendar.h"
#include "reports.h"

namespace orienta::analytics {
namespace {

// The period of an answer in the unit of `by` ("" when counting by neither month nor week).
std::string period_of(const AnswerRecord& a, const std::vector<Dimension>& by) {
  if (has(by, Dimension::kMonth)) {
    return month_label(a.month);
  }
  if (has(by, Dimension::kWeek)) {
    return week_label(week_start(a.day));
  }
  return {};
}

std::vector<std::string> ids_of(const std::vector<const AnswerRecord*>& answers) {
  std::vector<std::string> ids;
  ids.reserve(answers.size());
  for (const AnswerRecord* a : answers) {
    ids.push_back(a->id);
  }
  return ids;
}

double median(std::vector<double> values) {
  if (values.empty()) {
    return 0.0;
  }
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

}  // namespace

CountsReport count_report(const Selection& sel, const std::vector<Dimension>& by) {
  CountsReport report;
  report.by = by;
  report.from = sel.from_label();
  report.to = sel.to_label();
  report.answers = make_tally(ids_of(sel.answers));
  // theme, bassin, period, caller role -> answer ids
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, std::vector<std::string>> cells;
  for (const AnswerRecord* a : sel.answers) {
    const Group g = group_of(*a, by);
    const std::string period = period_of(*a, by);
    for (const auto& theme : a->themes) {
      if (sel.reports(theme)) {
        cells[Key{theme, g.bassin, period, g.caller_role}].push_back(a->id);
      }
    }
  }
  for (auto& [key, ids] : cells) {
    report.rows.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key),
                           make_tally(std::move(ids))});
  }
  return report;
}

CooccurrenceReport pair_report(const Selection& sel, const std::vector<Dimension>& by,
                               const CooccurrenceOptions& options) {
  CooccurrenceReport report;
  report.by = by;
  report.from = sel.from_label();
  report.to = sel.to_label();
  report.answers = make_tally(ids_of(sel.answers));
  struct GroupCounts {
    int total = 0;
    std::map<std::string, int> themes;
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> pairs;
  };
  std::map<Group, GroupCounts> groups;
  for (const AnswerRecord* a : sel.answers) {
    GroupCounts& g = groups[group_of(*a, by)];
    ++g.total;
    std::vector<std::string> themes = a->themes;
    std::sort(themes.begin(), themes.end());
    for (std::size_t i = 0; i < themes.size(); ++i) {
      ++g.themes[themes[i]];
      for (std::size_t j = i + 1; j < themes.size(); ++j) {
        if (sel.reports(themes[i]) || sel.reports(themes[j])) {
          g.pairs[{themes[i], themes[j]}].push_back(a->id);
        }
      }
    }
  }
  for (auto& [group, g] : groups) {
    const std::size_t first = report.rows.size();
    for (auto& [pair, ids] : g.pairs) {
      if (static_cast<int>(ids.size()) < options.min_together) {
        continue;
      }
      PairRow row;
      row.theme_a = pair.first;
      row.theme_b = pair.second;
      row.bassin = group.bassin;
      row.caller_role = group.caller_role;
      row.together = make_tally(std::move(ids));
      row.count_a = g.themes[pair.first];
      row.count_b = g.themes[pair.second];
      row.total = g.total;
      row.expected = static_cast<double>(row.count_a) * row.count_b / row.total;
      row.lift = row.together.count / row.expected;
      report.rows.push_back(std::move(row));
    }
    std::stable_sort(report.rows.begin() + static_cast<long>(first), report.rows.end(),
                     [](const PairRow& x, const PairRow& y) {
                       return x.together.count != y.together.count
                                  ? x.together.count > y.together.count
                                  : x.lift > y.lift;
                     });
  }
  return report;
}

GapsReport gap_report(const Snapshot& snap, const Selection& sel, const Selection& all,
                      const corpus::ReferenceData& ref, const GapOptions& options) {
  GapsReport report;
  report.from = sel.from_label();
  report.to = sel.to_label();
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> questions;
  for (const AnswerRecord* a : all.answers) {
    for (const auto& theme : a->themes) {
      questions[{a->bassin, theme}].push_back(a->id);
    }
  }
  std::vector<GapRow> cells;
  for (auto& [key, ids] : questions) {
    GapRow row;
    row.bassin = key.first;
    row.theme = key.second;
    row.questions = make_tally(std::move(ids));
    for (const auto& s : snap.services) {
      if (std::find(s.themes.begin(), s.themes.end(), row.theme) == s.themes.end()) {
        continue;
      }
      const bool local = std::find(s.area.begin(), s.area.end(), row.bassin) != s.area.end();
      const bool regional = std::find(s.area.begin(), s.area.end(), "region") != s.area.end();
      if (local || regional) {
        ++row.services;
        row.local_services += local ? 1 : 0;
        row.service_ids.push_back(s.id);
      }
    }
    // One imaginary service more, so that a theme with no service at all ranks by its
    // questions instead of dividing by zero.
    row.pressure = static_cast<double>(row.questions.count) / (row.services + 1);
    cells.push_back(std::move(row));
  }
  std::vector<double> pressures;
  pressures.reserve(cells.size());
  for (const auto& c : cells) {
    pressures.push_back(c.pressure);
  }
  report.median_pressure = median(pressures);
  for (auto& c : cells) {
    if (!sel.reports(c.theme) || (!sel.bassins.empty() && sel.bassins.count(c.bassin) == 0) ||
        ref.geography.bassin(c.bassin) == nullptr) {
      continue;
    }
    c.relative = report.median_pressure > 0 ? c.pressure / report.median_pressure : 0.0;
    c.gap = c.questions.count >= options.min_questions && c.relative >= options.factor;
    report.rows.push_back(std::move(c));
  }
  std::stable_sort(report.rows.begin(), report.rows.end(), [](const GapRow& x, const GapRow& y) {
    return x.bassin != y.bassin ? x.bassin < y.bassin : x.pressure > y.pressure;
  });
  return report;
}

TimeSeries series_report(const Selection& sel, const std::vector<Dimension>& by) {
  TimeSeries ts;
  ts.unit = has(by, Dimension::kWeek) ? Dimension::kWeek : Dimension::kMonth;
  ts.answers = static_cast<int>(sel.answers.size());
  if (!sel.has_range) {
    return ts;
  }
  // Period number of an answer: months from `from`, or weeks from the first Monday.
  const int first_monday = week_start(first_day_of_month(sel.from));
  int periods = 0;
  if (ts.unit == Dimension::kMonth) {
    for (int m = sel.from; m <= sel.to; ++m) {
      ts.periods.push_back(month_label(m));
    }
  } else {
    for (int d = first_monday; d <= last_day_of_month(sel.to); d += 7) {
      ts.periods.push_back(week_label(d));
    }
  }
  periods = static_cast<int>(ts.periods.size());
  std::map<std::pair<std::string, std::string>, TimeSeries::Line> lines;
  const bool split = has(by, Dimension::kBassin);
  for (const AnswerRecord* a : sel.answers) {
    const int index =
        ts.unit == Dimension::kMonth ? a->month - sel.from : (a->day - first_monday) / 7;
    for (const auto& theme : a->themes) {
      if (!sel.reports(theme)) {
        continue;
      }
      TimeSeries::Line& line = lines[{theme, split ? a->bassin : std::string()}];
      if (line.counts.empty()) {
        line.theme = theme;
        line.bassin = split ? a->bassin : std::string();
        line.counts.assign(static_cast<std::size_t>(periods), 0);
      }
      ++line.counts[static_cast<std::size_t>(index)];
      ++line.total;
    }
  }
  for (auto& [key, line] : lines) {
    ts.lines.push_back(std::move(line));
  }
  return ts;
}

}  // namespace orienta::analytics
