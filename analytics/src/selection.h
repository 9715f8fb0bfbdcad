// What a report looks at: a Filter checked and resolved against the answers of an index.
#pragma once

#include <compare>
#include <functional>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/analytics.h"

#include "index_reader.h"

namespace orienta::analytics {

/// A Filter resolved: the months covered and the answers inside them.
struct Selection {
  bool has_range = false;  ///< false when there is no month to cover (an index without answers)
  int from = 0;            ///< month_index(), inclusive
  int to = -1;
  std::set<std::string, std::less<>> themes;   ///< empty: every theme
  std::set<std::string, std::less<>> bassins;  ///< empty: every bassin
  std::vector<const AnswerRecord*> answers;    ///< in the months and bassins, by date

  /// True when rows about `theme` are reported.
  bool reports(std::string_view theme) const { return themes.empty() || themes.count(theme) > 0; }
  std::string from_label() const;  ///< "YYYY-MM", "" without a range
  std::string to_label() const;
};

/// Checks `filter` and selects the answers of `snap` it covers. Errors: kInvalidArgument for a
/// malformed month, `from` after `to`, an unknown theme or bassin.
Result<Selection> select(const Snapshot& snap, const Filter& filter,
                         const corpus::ReferenceData& ref);

/// kInvalidArgument unless every dimension of `by` is one of `allowed` and `by` does not hold
/// both month and week; `what` names the report in the message ("the trends report").
Status check_dimensions(const std::vector<Dimension>& by, std::initializer_list<Dimension> allowed,
                        std::string_view what);

bool has(const std::vector<Dimension>& by, Dimension d);

/// The part of a row key that splits a report by bassin and/or caller role.
struct Group {
  std::string bassin;
  std::string caller_role;
  auto operator<=>(const Group&) const = default;
};

/// The group of answer `a` for the splits in `by` (members not split by are empty).
Group group_of(const AnswerRecord& a, const std::vector<Dimension>& by);

/// A Tally of `ids`, sorted.
Tally make_tally(std::vector<std::string> ids);

}  // namespace orienta::analytics
