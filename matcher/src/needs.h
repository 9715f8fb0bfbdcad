// The needs stage: which themes a situation needs, from the lexicon's evidence, the need
// classifier and the vote of similar past answers, main request first.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/matcher.h"

namespace orienta::matcher {

/// The evidence the lexicon gives for each theme in a text.
struct Evidence {
  std::map<std::string, double> score;  ///< theme -> weight of its evidence
  /// theme -> the expressions that show it, as written, with their byte offsets
  std::map<std::string, std::vector<TextSpan>> spans;
  std::map<std::string, std::size_t> first_pos;  ///< theme -> first token index
  std::vector<std::string> spoken;               ///< language concepts named
};

/// Reads the lexicon evidence of an analysed text: every concept outside the caller's
/// presentation and outside the scope of a denial ("pas de diabète", "diabète : non"), its
/// main theme weighing 1, its other themes 0.5, a repeated concept a quarter.
Evidence read_evidence(std::string_view text, const indexer::Analyzer& analyzer,
                       const indexer::AnalysedText& analysed);

/// Per token of `analysed`, whether its sentence (up to ".", "!", "?", ";" or a new line) asks:
/// a question, or a word of request ("cherche", "demande", "zoekt", "vraagt", "wil",
/// "comment"...) outside a denial.
std::vector<bool> asking_tokens(std::string_view text, const indexer::AnalysedText& analysed);

/// The themes the evidence alone makes likely needs (an expression of their own): the themes
/// that similar past answers should favour.
std::vector<std::string> evident_themes(const Evidence& evidence);

/// The needs of a text, main request first: its evidence `ev`, the classifier's `scores`
/// (empty without a model) and the similar answers' `votes` (theme -> share in [0, 1]). A
/// need's confidence is its combined score (at most 1); its evidence the lexicon's
/// expressions, else the words that weigh most in the classifier. A theme the classifier does
/// not model is decided by the rules (NeedWeights::min_evidence...). With no need found in a
/// text of 6 content words or more, the likeliest modelled theme is one when it reaches
/// NeedWeights::fallback. Order: by the classifier's probability that the theme is the main
/// request plus the confidence, less NeedWeights::position times how far into the text its
/// first evidence is (what is asked first is the main request); ties go to a need named in a
/// sentence that asks ("?", "cherche", "zoekt"), then to the first named.
std::vector<Need> decide_needs(std::string_view text, const indexer::AnalysedText& analysed,
                               const Evidence& ev, const std::vector<indexer::ThemeScore>& scores,
                               const std::map<std::string, double>& votes,
                               const NeedWeights& weights);

}  // namespace orienta::matcher
