// What a report looks at: a Filter checked and resolved against the answers of an index.
#include "selection.h"

#include <algorithm>
#include <limits>

#include "calendar.h"

namespace orienta::analytics {
namespace {

struct DimensionName {
  Dimension dimension;
  std::string_view name;
  std::string_view key;
};

constexpr DimensionName kDimensions[] = {
    {Dimension::kBassin, "bassin", "bassin"},
    {Dimension::kMonth, "month", "month"},
    {Dimension::kWeek, "week", "week"},
    {Dimension::kCaller, "caller", "caller_role"},
};

Result<int> month_of(std::string_view name, const std::string& text) {
  const auto month = parse_month(text);
  if (!month) {
    return Status::invalid_argument(std::string(name) + " must be a month written YYYY-MM (e.g. " +
                                    "2025-03), got \"" + text + "\"");
  }
  return *month;
}

}  // namespace

std::string_view dimension_name(Dimension d) {
  for (const auto& n : kDimensions) {
    if (n.dimension == d) {
      return n.name;
    }
  }
  return "";
}

std::string_view dimension_key(Dimension d) {
  for (const auto& n : kDimensions) {
    if (n.dimension == d) {
      return n.key;
    }
  }
  return "";
}

Result<std::vector<Dimension>> parse_dimensions(const std::vector<std::string>& values) {
  std::set<Dimension> seen;
  for (const auto& value : values) {
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t comma = value.find(',', start);
      if (comma == std::string::npos) {
        comma = value.size();
      }
      const std::string name = value.substr(start, comma - start);
      const auto* found = std::find_if(std::begin(kDimensions), std::end(kDimensions),
                                       [&](const DimensionName& n) { return n.name == name; });
      if (found == std::end(kDimensions)) {
        return Status::invalid_argument(
            (name.empty() ? std::string("empty dimension") : "unknown dimension \"" + name + "\"") +
            " (use bassin, month, week or caller)");
      }
      seen.insert(found->dimension);
      start = comma + 1;
    }
  }
  if (seen.count(Dimension::kMonth) > 0 && seen.count(Dimension::kWeek) > 0) {
    return Status::invalid_argument("count by month or by week, not both");
  }
  return std::vector<Dimension>(seen.begin(), seen.end());
}

std::string Selection::from_label() const { return has_range ? month_label(from) : ""; }
std::string Selection::to_label() const { return has_range ? month_label(to) : ""; }

Result<Selection> select(const Snapshot& snap, const Filter& filter,
                         const corpus::ReferenceData& ref) {
  Selection sel;
  std::optional<int> from;
  std::optional<int> to;
  if (!filter.from.empty()) {
    auto m = month_of("from", filter.from);
    if (!m.ok()) {
      return m.status();
    }
    from = *m;
  }
  if (!filter.to.empty()) {
    auto m = month_of("to", filter.to);
    if (!m.ok()) {
      return m.status();
    }
    to = *m;
  }
  if (from && to && *from > *to) {
    return Status::invalid_argument("from (" + filter.from + ") is after to (" + filter.to + ")");
  }
  for (const auto& t : filter.themes) {
    if (!ref.themes.contains(t)) {
      return Status::invalid_argument("unknown theme \"" + t + "\" (see data/themes.tsv)");
    }
    sel.themes.insert(t);
  }
  for (const auto& b : filter.bassins) {
    if (!ref.geography.is_bassin(b)) {
      return Status::invalid_argument("unknown bassin \"" + b +
                                      "\" (use nord, nord-est, sud, sud-est or centre-ouest)");
    }
    sel.bassins.insert(b);
  }
  if (!snap.answers.empty()) {
    // An open end is the first or last answer's month, but never makes the range inverted.
    from = from.value_or(
        std::min(snap.answers.front().month, to.value_or(std::numeric_limits<int>::max())));
    to = to.value_or(std::max(snap.answers.back().month, *from));
  }
  if (from || to) {
    sel.has_range = true;
    sel.from = from.value_or(*to);
    sel.to = to.value_or(*from);
  }
  for (const auto& a : snap.answers) {
    if (sel.has_range && a.month >= sel.from && a.month <= sel.to &&
        (sel.bassins.empty() || sel.bassins.count(a.bassin) > 0)) {
      sel.answers.push_back(&a);
    }
  }
  return sel;
}

Status check_dimensions(const std::vector<Dimension>& by, std::initializer_list<Dimension> allowed,
                        std::string_view what) {
  if (has(by, Dimension::kMonth) && has(by, Dimension::kWeek)) {
    return Status::invalid_argument("count by month or by week, not both");
  }
  for (const Dimension d : by) {
    if (std::find(allowed.begin(), allowed.end(), d) == allowed.end()) {
      std::string names;
      for (const Dimension a : allowed) {
        names += (names.empty() ? "" : ", ") + std::string(dimension_name(a));
      }
      return Status::invalid_argument(
          std::string(what) + " cannot be split by " + std::string(dimension_name(d)) +
          (names.empty() ? std::string(" (it takes no dimension)") : " (it takes " + names + ")"));
    }
  }
  return Status::ok();
}

bool has(const std::vector<Dimension>& by, Dimension d) {
  return std::find(by.begin(), by.end(), d) != by.end();
}

Group group_of(const AnswerRecord& a, const std::vector<Dimension>& by) {
  return {has(by, Dimension::kBassin) ? a.bassin : std::string(),
          has(by, Dimension::kCaller) ? a.caller_role : std::string()};
}

Tally make_tally(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  Tally t;
  t.count = static_cast<int>(ids.size());
  t.ids = std::move(ids);
  return t;
}

}  // namespace orienta::analytics
