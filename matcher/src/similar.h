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
  std::vector<RelatedDocument> shown;   ///< the first three, to show
};

/// The 10 past answers most like `text` (by its 12 most telling terms), those of
/// `boost_themes` ranked higher. Errors: those of the search.
Result<SimilarAnswers> similar_answers(const search::Searcher& searcher, std::string_view text,
                                       const std::vector<std::string>& boost_themes);

/// The three dossiers of the needs' themes that best match every word of `text`; none
/// without needs or when the search fails (they are a supplement).
std::vector<RelatedDocument> related_dossiers(const search::Searcher& searcher,
                                              std::string_view text,
                                              const std::vector<Need>& needs);

}  // namespace orienta::matcher
