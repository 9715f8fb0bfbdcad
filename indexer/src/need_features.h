// The need classifier's features with the token each comes from (for the words that explain a
// theme), shared by need_features() and the model.
#pragma once

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "orienta/indexer.h"

namespace orienta::indexer {

/// need_features() of `text` before deduplication, each with the index of the token it comes
/// from (tokens.size() for the age band, which no single token carries).
std::vector<std::pair<std::string, std::size_t>> located_features(
    const Analyzer& analyzer, const AnalysedText& text,
    const std::unordered_set<std::string>& ignored);

}  // namespace orienta::indexer
