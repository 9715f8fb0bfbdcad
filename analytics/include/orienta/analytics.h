// The recurring question themes of the helpdesks: counts, trends, co-occurrence, emerging
// subjects and offer gaps, read from the scrubbed past answers of an index (docs/analytics.md).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::analytics {

// ---------------------------------------------------------------------------------------------
// What to look at

/// What answers can be counted by, besides their themes.
enum class Dimension {
  kBassin,  ///< the bassin of the helpdesk that answered
  kMonth,   ///< calendar month of the answer, "YYYY-MM"
  kWeek,    ///< ISO 8601 week of the answer, "YYYY-Www"
  kCaller,  ///< the caller's role (gp, nurse, social_worker...)
};

/// The name of a dimension as `--by` spells it: "bassin", "month", "week", "caller".
std::string_view dimension_name(Dimension d);
/// The key of a dimension in a flat row: "bassin", "month", "week", "caller_role".
std::string_view dimension_key(Dimension d);

/// Parses `--by` values, each a name or a comma-separated list ("bassin,month"). Duplicates
/// are dropped and the result is in the order bassin, month or week, caller.
/// Errors: kInvalidArgument for an unknown or empty name, or month together with week.
Result<std::vector<Dimension>> parse_dimensions(const std::vector<std::string>& values);

/// Which answers a report looks at; empty members select everything.
struct Filter {
  std::string from;  ///< first month included, "YYYY-MM"; empty: the month of the first answer
  std::string to;    ///< last month included, "YYYY-MM"; empty: the month of the last answer
  /// Theme codes to report on. Counts, trends, co-occurrence (pairs with at least one of
  /// them) and gaps keep their rows; emerging terms keep the answers with one of them.
  /// Totals (lift, shares) still count every answer.
  std::vector<std::string> themes{};
  std::vector<std::string> bassins{};  ///< helpdesk bassins: only their answers (and gap rows)
};

/// A figure and the answers behind it: the ids of their scrubbed records in the index.
struct Tally {
  int count = 0;
  std::vector<std::string> ids;  ///< sorted; ids.size() == count
};

// ---------------------------------------------------------------------------------------------
// Reports. Every report covers the months it states; an answer with several themes counts once
// for each of them.

/// One row of counts: a theme and the values of the dimensions asked for (the others empty).
struct CountRow {
  std::string theme;
  std::string bassin;       ///< with Dimension::kBassin
  std::string period;       ///< with kMonth ("2025-03") or kWeek ("2025-W09")
  std::string caller_role;  ///< with kCaller
  Tally answers;
};

struct CountsReport {
  std::vector<Dimension> by;
  std::string from;  ///< the months covered, "YYYY-MM" (empty when there is no answer)
  std::string to;
  Tally answers;               ///< every selected answer, whatever its themes
  std::vector<CountRow> rows;  ///< non-zero rows, by theme, bassin, period, caller role
};

/// How a trend report flags a rising theme (docs/analytics.md, "Trends").
struct TrendOptions {
  int recent_months = 12;        ///< the recent window: the last months of the range
  int min_baseline_months = 12;  ///< below this, nothing is flagged (too little history)
  double max_p_value = 0.05;     ///< one-sided exact binomial test
  double min_rate_ratio = 1.25;  ///< the theme's share must also grow by at least this factor
  int min_recent = 5;            ///< and hold at least this many recent answers
};

/// One theme (in one bassin and/or caller role when split so): its latest period against the
/// previous one and the same one a year before, and the rising test.
struct TrendRow {
  std::string theme;
  std::string bassin;                     ///< with Dimension::kBassin
  std::string caller_role;                ///< with kCaller
  Tally latest;                           ///< answers in the latest period (TrendsReport::period)
  std::optional<Tally> previous;          ///< the period before; absent when it is before `from`
  std::optional<Tally> year_ago;          ///< the same period a year before; absent before `from`
  std::optional<double> change_previous;  ///< (latest - previous) / previous; absent if 0
  std::optional<double> change_year_ago;  ///< (latest - year_ago) / year_ago; absent if 0
  Tally recent;                           ///< answers with the theme in the recent window
  Tally baseline;                         ///< answers with the theme in the baseline (before it)
  int recent_total = 0;                   ///< every answer of the group in the recent window
  int baseline_total = 0;                 ///< every answer of the group in the baseline
  std::optional<double> rate_ratio;  ///< recent share / baseline share; absent if baseline is 0
  double p_value = 1.0;              ///< P(recent >= observed) if the theme's share had not changed
  bool rising = false;               ///< the test's verdict (TrendOptions)
};

/// P(X >= k) for X ~ Binomial(n, p), exact: the p-value of the rising test. 1 for k <= 0,
/// 0 for k > n. Thread-safe.
double binomial_upper_tail(int k, int n, double p);

struct TrendsReport {
  std::vector<Dimension> by;  ///< kMonth or kWeek (the unit), then kBassin / kCaller splits
  Dimension unit = Dimension::kMonth;
  std::string period;           ///< the latest period ("2025-12" or "2025-W52")
  std::string previous_period;  ///< "" when before the range
  std::string year_ago_period;  ///< "" when before the range
  std::string recent_from;      ///< the recent window, months "YYYY-MM"
  std::string recent_to;
  std::string baseline_from;  ///< the baseline, "" when the range has no month before
  std::string baseline_to;
  std::vector<TrendRow> rows;        ///< rising first, then by p-value, theme, bassin, caller role
  std::vector<std::string> notices;  ///< e.g. why nothing could be flagged
};

/// Two themes that come together in one answer.
struct PairRow {
  std::string theme_a;  ///< theme_a < theme_b
  std::string theme_b;
  std::string bassin;       ///< with Dimension::kBassin
  std::string caller_role;  ///< with kCaller
  Tally together;           ///< answers with both themes
  int count_a = 0;          ///< answers of the group with theme_a
  int count_b = 0;
  int total = 0;          ///< answers of the group
  double expected = 0.0;  ///< count_a * count_b / total: together if themes were independent
  double lift = 0.0;      ///< together / expected; above 1: they come together more often
};

struct CooccurrenceOptions {
  int min_together = 2;  ///< pairs seen fewer times are left out
};

struct CooccurrenceReport {
  std::vector<Dimension> by;  ///< kBassin and/or kCaller splits
  std::string from;
  std::string to;
  Tally answers;
  std::vector<PairRow> rows;  ///< by bassin, caller role, then most frequent pair first
};

/// How emerging terms are found (docs/analytics.md, "Emerging subjects").
struct EmergingOptions {
  int recent_months = 3;   ///< the recent window: the last months of the range
  int min_recent = 3;      ///< a term must be in at least this many recent answers
  double min_ratio = 5.0;  ///< and its smoothed ratio at least this
  int limit = 40;          ///< at most this many terms, best first
};

/// A word of the scrubbed answers far more frequent lately than before.
struct EmergingTerm {
  std::string term;    ///< the folded word as indexed
  Tally recent;        ///< recent answers holding it
  Tally baseline;      ///< baseline answers holding it
  double ratio = 0.0;  ///< (recent / recent answers) / ((baseline + 1) / baseline answers)
  std::map<std::string, int> themes;  ///< themes of its recent answers, with counts
};

struct EmergingReport {
  std::string recent_from;  ///< months "YYYY-MM"
  std::string recent_to;
  std::string baseline_from;  ///< "" when the range has no month before the recent window
  std::string baseline_to;
  int recent_answers = 0;
  int baseline_answers = 0;
  std::vector<EmergingTerm> terms;  ///< highest ratio first
  std::vector<std::string> notices;
};

/// How offer gaps are flagged (docs/analytics.md, "Offer gaps").
struct GapOptions {
  int min_questions = 5;  ///< fewer questions are never a gap
  double factor = 2.0;    ///< pressure at least this many times the median pressure
};

/// One theme in one bassin: questions asked there against services serving it.
struct GapRow {
  std::string bassin;
  std::string theme;
  Tally questions;                       ///< answers of the bassin's helpdesk with the theme
  int services = 0;                      ///< services with the theme serving the bassin
  int local_services = 0;                ///< of which named for the bassin (not region-wide)
  std::vector<std::string> service_ids;  ///< sorted
  double pressure = 0.0;                 ///< questions / (services + 1)
  double relative = 0.0;                 ///< pressure / the median pressure
  bool gap = false;
};

struct GapsReport {
  std::string from;
  std::string to;
  double median_pressure = 0.0;  ///< over every bassin and theme with a question in the range
  std::vector<GapRow> rows;      ///< cells with a question: by bassin, then highest pressure
};

/// Counts per period, ready to draw.
struct TimeSeries {
  Dimension unit = Dimension::kMonth;  ///< kMonth or kWeek
  std::vector<std::string> periods;    ///< every period of the range, in order
  struct Line {
    std::string theme;
    std::string bassin;       ///< "" unless split by bassin
    std::vector<int> counts;  ///< one per period
    int total = 0;
  };
  std::vector<Line> lines;  ///< themes with an answer, by theme then bassin
  int answers = 0;          ///< selected answers
};

// ---------------------------------------------------------------------------------------------
// Analytics

/// Reports over the past answers of one index, as the indexer's scrubber left them (the stored
/// kind=answer records) and, for offer gaps, its services. Every method reads a snapshot taken
/// at open() or reopen(), except emerging() which also reads term lists. An Analytics is NOT safe
/// to share between threads: open one per thread. The Analyzer and ReferenceData must outlive it.
class Analytics {
 public:
  /// Opens the index in `db_dir` (written by indexer::build_index) and reads its answers and
  /// services. A stored record that cannot be read is left out and named in notices().
  /// Errors: kUnavailable if there is no readable index there.
  static Result<std::unique_ptr<Analytics>> open(const std::filesystem::path& db_dir,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref);
  ~Analytics();
  Analytics(const Analytics&) = delete;
  Analytics& operator=(const Analytics&) = delete;

  /// Answers per theme and per the dimensions in `by` (at most one of month and week).
  /// Errors (every method): kInvalidArgument for a `from`/`to` that is not a month YYYY-MM,
  /// `from` after `to`, an unknown theme or bassin, or a dimension the report cannot use.
  Result<CountsReport> counts(const Filter& filter, const std::vector<Dimension>& by) const;

  /// Per theme: the latest period (the month `to`, or with kWeek the last full ISO week of the
  /// range) against the previous period and the same period a year before, and whether the
  /// theme is rising (its share of answers in the recent window against the baseline).
  /// `by`: kMonth (default) or kWeek, kBassin and kCaller split the rows.
  Result<TrendsReport> trends(const Filter& filter, const std::vector<Dimension>& by,
                              const TrendOptions& options = {}) const;

  /// Pairs of themes found in one answer, with lift. `by`: kBassin and kCaller split the rows.
  Result<CooccurrenceReport> cooccurrence(const Filter& filter, const std::vector<Dimension>& by,
                                          const CooccurrenceOptions& options = {}) const;

  /// Words of the answers (stop words, numbers and scrubber placeholders left out) far more
  /// frequent in the recent window than in the months of the range before it.
  Result<EmergingReport> emerging(const Filter& filter, const EmergingOptions& options = {}) const;

  /// Per bassin, the themes with many questions and few services serving the bassin.
  Result<GapsReport> gaps(const Filter& filter, const GapOptions& options = {}) const;

  /// Counts per period and theme (and bassin with kBassin in `by`), zeros included.
  /// `by`: kMonth (default) or kWeek, and kBassin.
  Result<TimeSeries> series(const Filter& filter, const std::vector<Dimension>& by) const;

  /// Switches to the index's newest generation (and re-reads its answers and services) if it
  /// changed. Returns true if it did. Errors: kUnavailable if the index cannot be read; the
  /// Analytics then keeps its previous snapshot.
  Result<bool> reopen();

  /// Answers read from the index.
  int answer_count() const;
  /// Records that could not be read at open(), one line each.
  const std::vector<std::string>& notices() const;

 private:
  Analytics();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// CSV

/// A report as CSV (RFC 4180, "\n" line ends): a header line, then one line per row with the
/// columns of docs/analytics.md; the answer ids behind each figure are space-separated in the
/// last columns. Decimals have 3 places, p-values 3 significant digits.
std::string to_csv(const CountsReport& report);
std::string to_csv(const TrendsReport& report);
std::string to_csv(const CooccurrenceReport& report);
std::string to_csv(const EmergingReport& report);
std::string to_csv(const GapsReport& report);

// ---------------------------------------------------------------------------------------------
// Charts

struct ChartOptions {
  std::string lang = "fr";       ///< labels in "fr" or "nl"
  std::size_t max_themes = 6;    ///< the themes with the most answers, when there are more
  std::set<std::string> rising;  ///< themes to mark as rising in the legend
};

/// Draws `series` as a self-contained SVG line chart: one line per theme, one panel per bassin
/// when the series is split by bassin, labelled in French or Dutch (theme and bassin labels
/// from `ref`). Errors: kInvalidArgument for a lang other than fr or nl, or max_themes not in
/// 1..10.
Result<std::string> render_svg(const TimeSeries& series, const corpus::ReferenceData& ref,
                               const ChartOptions& options = {});

}  // namespace orienta::analytics
