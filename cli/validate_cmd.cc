// orienta validate: checks a corpus folder and prints its counts and problems.
#include <cstdio>

#include "orienta/corpus.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta validate --corpus DIR [--data DIR]\n"
    "\n"
    "Checks services.jsonl, answers.jsonl and dossiers.jsonl in DIR and prints the counts per\n"
    "kind, language, theme and bassin, then every problem as FILE:LINE: field \"x\": reason.\n"
    "Exit status: 0 when the corpus is clean, 1 when it has problems, 2 on bad usage.\n"
    "\n"
    "  --corpus DIR   the corpus folder (e.g. corpus/data)\n"
    "  --data DIR     reference data (themes, geography); default: $ORIENTA_DATA or the\n"
    "                 project's data/ folder\n";

void print_counts(const char* title, const std::map<std::string, int>& counts) {
  std::printf("%s\n", title);
  for (const auto& [key, n] : counts) {
    std::printf("  %-28s %6d\n", key.c_str(), n);
  }
}

}  // namespace

int run_validate(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv, {{"--corpus", "--data"}, {}, {"--help"}}, kHelp, {"--corpus"},
                                args)) {
    return *exit;
  }
  auto ref = corpus::ReferenceData::load(args.get("--data", corpus::default_data_dir().string()));
  if (!ref.ok()) {
    print_error(ref.status().message());
    return kExitFailure;
  }
  auto loaded = corpus::load_corpus(args.get("--corpus"), *ref);
  if (!loaded.ok()) {
    print_error(loaded.status().message());
    return kExitFailure;
  }
  const auto stats = corpus::compute_stats(*loaded);
  print_counts("records by kind:", stats.by_kind);
  print_counts("records by kind and text language:", stats.by_lang);
  print_counts("records by theme (any kind):", stats.by_theme);
  print_counts("services by service area, answers by bassin:", stats.by_bassin);
  std::printf("answers referring to services: %d of %zu\n", stats.answers_with_referrals,
              loaded->answers.size());
  if (!loaded->answers.empty()) {
    std::printf("answers dated from %s to %s\n", stats.first_answer_date.c_str(),
                stats.last_answer_date.c_str());
  }
  if (loaded->problems.empty()) {
    std::printf("no problems found\n");
    return kExitOk;
  }
  std::printf("%zu problems:\n", loaded->problems.size());
  for (const auto& p : loaded->problems) {
    std::printf("%s\n", p.to_string().c_str());
  }
  return kExitFailure;
}

}  // namespace orienta::cli
