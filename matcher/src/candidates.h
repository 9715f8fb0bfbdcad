// The candidates stage: the services that could serve the needs, retrieved from the index.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::matcher {

/// A service considered for the needs, with what ranking and explaining read of it.
struct Candidate {
  std::string id;
  std::optional<int> age_min;
  std::optional<int> age_max;
  std::string updated;  ///< YYYY-MM-DD
  std::vector<std::string> themes;
  std::vector<std::string> bassins;
  std::vector<std::string> languages;
  std::vector<std::string> audiences;
  std::vector<std::string> conditions;
  std::vector<std::string> offers;  ///< what it offers, main first
  std::vector<std::string> areas;   ///< area ids, for a service bound to communes
  std::vector<std::string> requirements;
  double text = 0.0;  ///< best text score over the needs' searches, in [0, 1]
  // Set by the rank stage:
  double score = 0.0;
  std::vector<std::string> covers;  ///< the needs among its themes, in need order
  Proximity proximity = Proximity::kOtherBassin;
  int past = 0;         ///< similar past answers that referred to it
  bool speaks = false;  ///< speaks a language of the patient
  /// What in its eligibility targets the patient: an audience code the patient is, a
  /// condition code the text names, or "commune" for a service of the patient's own commune;
  /// "" when none.
  std::string targets;
  std::string offer;  ///< the offer of its that the situation asks for, "" when none
};

/// The words a situation's services are searched by, space-separated: its words outside
/// denials ("pas de dettes"), the caller's presentation, stop words, figures and `case_words`
/// (folded: titles, kin, time, the call); the words of a sentence that asks (asking_tokens())
/// twice, as the service wanted is named there. Each word at most twice.
std::string situation_words(std::string_view text, const indexer::AnalysedText& analysed,
                            const std::unordered_set<std::string>& case_words);

/// For each need, the services of its theme ranked by the need's words and `extra` (the words
/// of acting now, for an urgent situation), the main request's (the first need's) also by the
/// situation's `words` (situation_words()): those of `bassin` (and region-wide ones) first, then,
/// when fewer than 15 are near, the rest of the region; then, while fewer than 15 were found,
/// services of the theme whatever their words. Only services that can serve `person`
/// (search::Query::person: the filter is in the query). Each service once, in id order. Errors:
/// those of the search (kUnavailable).
Result<std::vector<Candidate>> retrieve_candidates(
    const search::Searcher& searcher, const std::vector<Need>& needs, const std::string& bassin,
    const search::Person& person, const std::string& words = "", const std::string& extra = "");

}  // namespace orienta::matcher
