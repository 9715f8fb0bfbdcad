// Scores the matcher's needs, urgency and referrals on labelled situations, beside a plain
// full-text baseline, each figure with a bootstrap 95% interval.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::eval {

/// The facts of the person the help is for, as labelled; unknown is nullopt / false.
struct Patient {
  std::optional<int> age;
  std::string sex;  ///< "f", "m" or "" (unknown)
  bool victim_of_violence = false;
  bool pregnant = false;
};

/// One labelled call (the format of shared/eval/LABELLING.md).
struct Situation {
  std::string id;
  std::string lang;  ///< fr | nl | mixed | en
  std::string text;
  matcher::Location where;         ///< what the responder's form carries
  std::string bassin;              ///< the patient's bassin, "" when unknown
  std::vector<std::string> needs;  ///< theme codes, main request first
  std::vector<std::string> spoken;
  Patient patient;
  bool urgent = false;
};

/// A situations file: the situations read, and one `FILE:LINE: reason` per line left out.
struct SituationFile {
  std::vector<Situation> situations;
  std::vector<std::string> problems;
};

/// Reads a JSON Lines situations file. A line that is not an object with a string "text" and
/// an array "needs" of strings is reported in `problems` and skipped; blank lines are ignored.
/// Lines over 64 KiB are reported and skipped. Errors: kNotFound if the file cannot be read.
Result<SituationFile> read_situations(const std::filesystem::path& file);

/// What a referral's structured eligibility says (docs/corpus.md).
struct Eligibility {
  std::vector<std::string> audiences;
  std::vector<std::string> areas;  ///< area ids of a service bound to communes
  std::optional<int> age_min;
  std::optional<int> age_max;
};

/// True when `e` excludes `patient` living in `area` ("" unknown): an age outside its limits,
/// a sex its audiences leave out (women or men restrict the sex whatever the other codes),
/// audiences none of which the patient can be (women or pregnant women for a man, men for a
/// woman, authors of violence for a victim, age groups that leave the age out), or a service
/// bound to communes that are not the patient's (or when the patient's is unknown).
bool excludes(const Eligibility& e, const Patient& patient, const std::string& area);

/// What a system proposed for one situation.
struct Proposal {
  std::vector<std::string> needs;  ///< in the system's order, main need first
  std::optional<bool> urgent;      ///< nullopt: the system does not judge urgency
  std::string bassin;              ///< the bassin it located, "" when none
  /// The top referrals, best first: each one's themes and service area (bassins or "region").
  std::vector<std::vector<std::string>> top_themes;
  std::vector<std::vector<std::string>> top_areas;
  std::vector<Eligibility> top_eligibility;  ///< of each referral, when known
  std::vector<std::string> top_ids;          ///< of each referral
  std::string area;                          ///< the patient's area it located, "" when none
  int related_answers_on_theme = 0;  ///< shown beside the referrals and on an expected theme
  int related_answers_shown = 0;
  int related_dossiers_on_theme = 0;
  int related_dossiers_shown = 0;
};

/// The counts behind every figure, for one situation or summed over many.
struct Counts {
  double need_tp = 0, need_fp = 0, need_fn = 0;
  double with_needs = 0, main_right = 0, none_found = 0;
  double urgent_tp = 0, urgent_said = 0, urgent_labelled = 0;
  double with_bassin = 0, located = 0;
  double covered = 0, expected = 0;   // coverage@k
  double relevant = 0, shown = 0;     // precision@k
  double local = 0, local_shown = 0;  // locality@k
  double answers_on_theme = 0, answers_shown = 0;
  double dossiers_on_theme = 0, dossiers_shown = 0;
  double violations = 0, checked = 0;  // violations@k: referrals whose eligibility excludes
  Counts& operator+=(const Counts& other);
};

/// The number of referrals scored (coverage@5, precision@5, locality@5).
inline constexpr std::size_t kTop = 5;

/// Scores one proposal against its labels: the first kTop referrals only.
Counts score(const Situation& situation, const Proposal& proposal);

/// The figures of a set of counts; each is a share in [0, 1] (0 when its denominator is 0).
enum class Metric {
  kNeedPrecision,
  kNeedRecall,
  kNeedF1,
  kMainNeed,     ///< the first need found is the labelled main need
  kNoNeedFound,  ///< situations with needs where none was found
  kUrgencyPrecision,
  kUrgencyRecall,
  kLocation,        ///< the located bassin is the labelled one
  kCoverage,        ///< expected needs with a covering referral in the top kTop
  kPrecision,       ///< top-kTop referrals that serve an expected need
  kLocality,        ///< top-kTop referrals serving the patient's bassin or the region
  kRelatedAnswers,  ///< related answers shown that carry an expected need
  kRelatedDossiers,
  kViolations,  ///< top-kTop referrals whose eligibility excludes the labelled patient
};
double value(const Counts& counts, Metric metric);

/// A figure with its bootstrap 95% percentile interval.
struct Figure {
  double value = 0.0;
  double low = 0.0;
  double high = 0.0;
};

/// Options of the bootstrap: `resamples` draws of the situations with replacement, from a
/// fixed seed, so that a report is the same from one run to the next.
struct Bootstrap {
  int resamples = 1000;
  std::uint64_t seed = 20261202;
};

/// `metric` over `per_situation` (summed), with its interval over resampled situations.
Figure figure(const std::vector<Counts>& per_situation, Metric metric, const Bootstrap& b = {});
/// `metric` of `a` minus that of `b`, paired by situation (the same draws for both): the gain
/// of one system over another with its interval. `a` and `b` have the same length.
Figure difference(const std::vector<Counts>& a, const std::vector<Counts>& b, Metric metric,
                  const Bootstrap& bs = {});

/// One situation's result, for listing the misses.
struct Row {
  const Situation* situation = nullptr;
  Proposal matcher;
  Proposal baseline;
  Counts matcher_counts;
  Counts baseline_counts;
  std::string error;  ///< the matcher's error message, when it refused the situation
};

/// Runs the matcher (top kTop) and the baseline on every situation. The baseline is plain
/// full-text search: the situation's text as one query over services, words and stems only
/// (no lexicon), top kTop. A situation the matcher refuses is kept with its error and counts
/// as finding nothing. `as_of` is the day the matches are for (the services' freshness): a
/// fixed day keeps a report the same from one run to the next. The situations must outlive
/// the rows.
std::vector<Row> evaluate(const matcher::Matcher& matcher, const search::Searcher& searcher,
                          const std::vector<Situation>& situations, std::string_view as_of);

/// The day `orienta eval` scores on unless told otherwise.
inline constexpr std::string_view kDefaultAsOf = "2026-12-01";

/// A responder's judgement of one referral for one situation (eval/data/judgements.jsonl).
struct Judgement {
  std::string situation;
  std::string service;
  std::string verdict;  ///< accept | partial | reject
  std::string reason;   ///< for a reject: no_need | audience | territory | other
};

/// The judgements of a file, by (situation, service): JSON Lines {"situation", "service",
/// "judgement", "reason"}; a line that is not one is reported in `problems` and skipped.
struct JudgementFile {
  std::map<std::pair<std::string, std::string>, Judgement> judgements;
  std::vector<std::string> problems;
};
/// Errors: kNotFound if the file cannot be read.
Result<JudgementFile> read_judgements(const std::filesystem::path& file);

/// The matcher's top kTop as judged, over the situations with at least one judgement: the
/// share accepted, partly accepted and rejected (by reason), and the pairs no one judged
/// yet (a changed ranking shows what still needs a look).
struct Judged {
  int situations = 0;
  int judged = 0;
  int accepted = 0;
  int partial = 0;
  std::map<std::string, int> rejected;                        ///< by reason
  std::vector<std::pair<std::string, std::string>> unjudged;  ///< (situation, service)
};
Judged judge(const std::vector<Row>& rows, const JudgementFile& judgements);

}  // namespace orienta::eval
