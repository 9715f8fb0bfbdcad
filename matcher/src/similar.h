// The similar-documents stage: past answers like the situation (their themes vote for needs,
// the services they referred to rank higher) and the dossiers of its needs.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::matcher {

/// What the past answers like a situation say.
struct SimilarAnswers {
  std::map<std::string, double> votes;  ///< theme -> share of the answers' weight, in [0, 1]
  std::map<std::string, int> referred;  ///< service id -> answers that referred to it
  /// The answers, best first, with their themes.
  std::vector<std::pair<RelatedDocument, std::vector<std::string>>> answers;
};

/// The 10 past answers most like a situation by its `words` (situation_words(): the 12 most
/// telling of them count), those of `boost_themes` ranked higher. Errors: those of the search.
Result<SimilarAnswers> similar_answers(const search::Searcher& searcher, std::string_view words,
                                       const std::vector<std::string>& boost_themes);

/// The similar answers to show beside the referrals: the first three that share one of
/// `needs`, none a near-copy of one shown before it (four fifths of its title's words the
/// same).
std::vector<RelatedDocument> shown_answers(const SimilarAnswers& similar,
                                           const std::vector<Need>& needs);

/// The three dossiers of the needs' themes that best match `words` (situation_words()); none
/// without needs or when the search fails (they are a supplement).
std::vector<RelatedDocument> related_dossiers(const search::Searcher& searcher,
                                              std::string_view words,
                                              const std::vector<Need>& needs);

}  // namespace orienta::matcher
