// What every subcommand opens: reference data, the analyzer, the index, the matcher.
#include "engine.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include "orienta/corpus.h"

#include "commands.h"

namespace orienta::cli {

Result<Engine> open_engine(const Args& args, Open what, const matcher::MatcherOptions& options) {
  Engine e;
  e.data_dir = args.get("--data", corpus::default_data_dir().string());
  auto ref = corpus::ReferenceData::load(e.data_dir);
  if (!ref.ok()) {
    return ref.status();
  }
  e.ref = std::make_unique<corpus::ReferenceData>(std::move(ref).value());
  auto analyzer = indexer::Analyzer::load(e.data_dir);
  if (!analyzer.ok()) {
    return analyzer.status();
  }
  e.analyzer = std::move(analyzer).value();
  if (what == Open::kAnalysis) {
    return e;
  }
  auto searcher = search::Searcher::open(args.get("--db"), *e.analyzer, *e.ref);
  if (!searcher.ok()) {
    return searcher.status();
  }
  e.searcher = std::move(searcher).value();
  if (what == Open::kIndex) {
    return e;
  }
  auto m = matcher::Matcher::create(*e.searcher, *e.analyzer, *e.ref, e.data_dir, options);
  if (!m.ok()) {
    return m.status();
  }
  e.matcher = std::move(m).value();
  return e;
}

// "evidence=0.3,vote=0.15,threshold=0.4": the need weights to try instead of the project's.
Status parse_need_weights(const std::string& text, matcher::NeedWeights& w) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    const std::string item = text.substr(start, end - start);
    start = end + 1;
    const auto eq = item.find('=');
    double* target = nullptr;
    const std::string key = item.substr(0, eq);
    if (key == "detector" && eq != std::string::npos) {
      const std::string v = item.substr(eq + 1);
      if (v != "rules" && v != "both") {
        return Status::invalid_argument("--need-weights: detector is rules or both, got \"" + v +
                                        "\"");
      }
      w.detector = v == "rules" ? matcher::NeedDetector::kRulesOnly
                                : matcher::NeedDetector::kClassifierAndRules;
      continue;
    }
    if (key == "evidence") {
      target = &w.evidence;
    } else if (key == "vote") {
      target = &w.vote;
    } else if (key == "threshold") {
      target = &w.threshold;
    } else if (key == "fallback") {
      target = &w.fallback;
    } else if (key == "urgency") {
      target = &w.urgency;
    } else if (key == "position") {
      target = &w.position;
    }
    char* rest = nullptr;
    const double v = eq == std::string::npos ? 0.0 : std::strtod(item.c_str() + eq + 1, &rest);
    if (target == nullptr || rest == nullptr || *rest != '\0' || !(v >= 0.0 && v <= 10.0)) {
      return Status::invalid_argument(
          "--need-weights: expected evidence=X, vote=X, threshold=X, fallback=X, urgency=X (0 to "
          "10) or "
          "detector=rules|both, got \"" +
          item + "\"");
    }
    *target = v;
  }
  return Status::ok();
}

Status parse_rank_weights(const std::string& text, matcher::RankWeights& w) {
  const std::pair<const char*, double*> known[] = {{"needs", &w.needs},
                                                   {"proximity", &w.proximity},
                                                   {"text", &w.text},
                                                   {"language", &w.language},
                                                   {"past", &w.past},
                                                   {"fresh", &w.fresh},
                                                   {"target", &w.target},
                                                   {"urgent_text", &w.urgent_text},
                                                   {"unshown_audience", &w.unshown_audience},
                                                   {"unshown_condition", &w.unshown_condition},
                                                   {"secondary_theme", &w.secondary_theme},
                                                   {"offer_asked", &w.offer_asked},
                                                   {"offer_in_place", &w.offer_in_place},
                                                   {"extra_need", &w.extra_need}};
  for (const auto& item : corpus::split_list(text, ',')) {
    const auto eq = item.find('=');
    const std::string key = item.substr(0, eq);
    const auto k = std::find_if(std::begin(known), std::end(known),
                                [&](const auto& kv) { return key == kv.first; });
    char* rest = nullptr;
    const double v = eq == std::string::npos ? 0.0 : std::strtod(item.c_str() + eq + 1, &rest);
    if (k == std::end(known) || rest == nullptr || *rest != '\0' || !(v >= 0.0 && v <= 10.0)) {
      return Status::invalid_argument(
          "--rank-weights: expected needs, proximity, text, language, past, fresh, target, "
          "urgent_text, unshown_audience, unshown_condition, secondary_theme, offer_asked or "
          "offer_in_place, extra_need = X (0 to 10), "
          "got \"" +
          item + "\"");
    }
    *k->second = v;
  }
  return Status::ok();
}

std::optional<int> parse_command(const std::vector<std::string>& argv, const FlagSpec& spec,
                                 const char* help, const std::vector<std::string>& required,
                                 Args& args) {
  auto parsed = parse_flags(argv, spec);
  if (!parsed.ok()) {
    print_error(parsed.status().message());
    return kExitUsage;
  }
  args = std::move(parsed).value();
  if (args.has("--help")) {
    std::fputs(help, stdout);
    return kExitOk;
  }
  for (const auto& flag : required) {
    if (!args.has(flag)) {
      std::string all;
      for (const auto& r : required) {
        all += (all.empty() ? "" : " and ") + r;
      }
      print_error("missing " + flag + " (this command needs " + all + "; see --help)");
      return kExitUsage;
    }
  }
  return std::nullopt;
}

std::string joined_text(const Args& args) {
  std::string text;
  for (const auto& word : args.positional) {
    text += (text.empty() ? "" : " ") + word;
  }
  return text;
}

}  // namespace orienta::cli
