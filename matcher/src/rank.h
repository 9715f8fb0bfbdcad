// The rank stage: one score per candidate from the needs it covers, its proximity, its text
// match, its languages, the similar answers that referred to it and its freshness.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/matcher.h"

#include "candidates.h"
#include "offers.h"

namespace orienta::matcher {

/// What ranking knows of the situation.
struct RankContext {
  const std::vector<Need>* needs = nullptr;
  const ResolvedLocation* location = nullptr;
  const std::vector<std::string>* spoken = nullptr;      ///< the patient's languages
  const std::map<std::string, int>* referred = nullptr;  ///< service id -> similar answers
  const PatientFacts* patient = nullptr;
  std::string as_of;  ///< YYYY-MM-DD; "" counts no record as fresh
  const corpus::Geography* geography = nullptr;
  bool urgent = false;  ///< the text's match (the words of acting now) weighs more
  const corpus::ReferenceData* reference = nullptr;  ///< its audiences (shown_by)
  const OffersNamed* offers = nullptr;  ///< what the text asks for and has in place; may be null
};

/// The proximity of a service area to the patient's location.
Proximity proximity_of(const std::vector<std::string>& area, const ResolvedLocation& location,
                       const corpus::Geography& geography);

/// Whole months from `date` (YYYY-MM-DD) to `as_of`; nullopt when either is not a date.
std::optional<int> months_between(const std::string& date, const std::string& as_of);

/// What in `c`'s eligibility targets `patient` (Candidate::targets), for a patient of `area`.
std::string target_of(const Candidate& c, const PatientFacts& patient, const std::string& area);

/// Whether `c` is for everyone, or the patient's facts or one of `needs` (Audience::shown_by)
/// show them in one of its audiences; women or men beside another audience count only as
/// that other one.
bool audience_shown(const Candidate& c, const PatientFacts& patient, const std::vector<Need>& needs,
                    const corpus::ReferenceData& ref);

/// Whether `c` serves any condition, or the text names one of its conditions
/// (PatientFacts::groups), or one of `needs` shows it (its shown_by themes: diabetes).
bool condition_shown(const Candidate& c, const PatientFacts& patient,
                     const std::vector<Need>& needs, const corpus::ReferenceData& ref);

/// Scores every candidate (and sets covers, proximity, past, speaks and targets) and returns
/// those that cover a need, best first (ties by id). A service whose audience or commune
/// targets the patient gets RankWeights::target more (a condition named only lifts its
/// restriction); one whose audience the patient is not shown in
/// (audience_shown()) RankWeights::unshown_audience less (twice when no need can show any of its
/// audiences: authors of violence, Roma), one whose conditions are not shown
/// (condition_shown()) RankWeights::unshown_condition less, and so much less again one that
/// requires `followed_here` (only the people it already follows). One that offers what the text
/// asks for (RankContext::offers) gets RankWeights::offer_asked more and its Candidate::offer
/// set; one whose main offer is already in place RankWeights::offer_in_place less. An
/// interpreter covers the interpreting need only when it speaks a language the text names
/// (RankContext::spoken), unless none of the candidates does. The candidates must outlive the
/// result.
std::vector<Candidate*> rank_candidates(std::vector<Candidate>& candidates,
                                        const RankContext& context, const RankWeights& weights);

}  // namespace orienta::matcher
