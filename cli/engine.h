// What every subcommand opens: reference data, the analyzer, the index, the matcher.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "orienta/matcher.h"

#include "flags.h"

namespace orienta::cli {

/// The libraries a subcommand works with; members it did not ask for stay empty.
struct Engine {
  std::string data_dir;
  std::unique_ptr<corpus::ReferenceData> ref;
  std::unique_ptr<indexer::Analyzer> analyzer;
  std::unique_ptr<search::Searcher> searcher;  ///< with Open::kIndex and up
  std::unique_ptr<matcher::Matcher> matcher;   ///< with Open::kMatcher
};

/// How much to open.
enum class Open { kAnalysis, kIndex, kMatcher };

/// Opens the data folder (--data, else the default) and, from kIndex on, the index in --db.
Result<Engine> open_engine(const Args& args, Open what,
                           const matcher::MatcherOptions& options = {});

/// Reads "evidence=0.3,vote=0.2,threshold=0.35" (any of them) into `weights`: need weights to
/// try instead of the project's (--need-weights). Errors: kInvalidArgument.
Status parse_need_weights(const std::string& text, matcher::NeedWeights& weights);

/// Reads "text=0.3,proximity=0.3" (any of needs, proximity, text, language, past, fresh,
/// target, urgent_text) into `weights`: rank weights to try (--rank-weights). Errors:
/// kInvalidArgument.
Status parse_rank_weights(const std::string& text, matcher::RankWeights& weights);

/// Parses `argv`; on --help prints `help` and, on a bad flag or a missing `required` flag,
/// prints the error. Returns the exit code when the command should stop there.
std::optional<int> parse_command(const std::vector<std::string>& argv, const FlagSpec& spec,
                                 const char* help, const std::vector<std::string>& required,
                                 Args& args);

/// The positional words joined by spaces.
std::string joined_text(const Args& args);

}  // namespace orienta::cli
