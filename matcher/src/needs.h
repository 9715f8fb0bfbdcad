// Need detection: lexicon evidence with negation, and the vote of similar past answers.
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
  std::map<std::string, double> score;                    ///< theme -> weight of its evidence
  std::map<std::string, std::vector<std::string>> words;  ///< theme -> expressions as written
  std::map<std::string, std::size_t> first_pos;           ///< theme -> first token index
  std::vector<std::string> spoken;                        ///< language concepts named
  std::size_t content_words = 0;
};

/// Reads the lexicon evidence of `text`, leaving out negated expressions ("pas de diabète",
/// "geen financiële problemen").
Evidence read_evidence(std::string_view text, const indexer::Analyzer& analyzer);

/// The themes the evidence alone makes needs, whatever similar answers say.
std::vector<std::string> evident_themes(const Evidence& evidence);

/// Needs from evidence and from the themes of similar past answers (`votes`: theme -> share
/// of the similar answers' weight, in [0, 1]). Most confident first.
std::vector<Need> decide_needs(const Evidence& evidence,
                               const std::map<std::string, double>& votes);

}  // namespace orienta::matcher
