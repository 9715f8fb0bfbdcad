// orienta index: builds or updates the index of a corpus folder.
#include <cstdio>
#include <unistd.h>

#include "orienta/indexer.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta index --corpus DIR --db DIR [--full] [--data DIR]\n"
    "\n"
    "Builds the index of the corpus in DIR, or updates it: documents are added, updated and\n"
    "deleted by id. The new index is written beside the live one and switched in only when the\n"
    "build succeeded, so a failed build leaves the live index searchable. Invalid records are\n"
    "reported and left out; past answers are scrubbed of personal data before indexing.\n"
    "\n"
    "  --corpus DIR   folder with services.jsonl, answers.jsonl, dossiers.jsonl\n"
    "  --db DIR       the index folder (created if needed)\n"
    "  --full         rebuild from scratch instead of updating\n"
    "  --data DIR     reference data; default: $ORIENTA_DATA or the project's data/\n";

}  // namespace

int run_index(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv, {{"--corpus", "--db", "--data"}, {}, {"--help", "--full"}},
                                kHelp, {"--corpus", "--db"}, args)) {
    return *exit;
  }
  auto engine = open_engine(args, Open::kAnalysis);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  indexer::BuildOptions options;
  options.force_full = args.has("--full");
  const bool terminal = isatty(STDERR_FILENO) != 0;
  if (terminal) {
    options.progress = [](std::size_t done, std::size_t total) {
      std::fprintf(stderr, "\rindexing %zu / %zu records", done, total);
      if (done == total) {
        std::fputs("\n", stderr);
      }
    };
  }
  auto summary = indexer::build_index(args.get("--corpus"), args.get("--db"), *engine->ref,
                                      *engine->analyzer, options);
  if (!summary.ok()) {
    print_error(summary.status().message());
    return kExitFailure;
  }
  const auto& s = *summary;
  std::printf("index %s (%s)\n", s.generation.string().c_str(),
              s.full_rebuild() ? ("full build: " + s.why_full).c_str() : "update");
  std::printf("added %d, updated %d, unchanged %d, deleted %d, rejected %zu\n", s.added, s.updated,
              s.unchanged, s.deleted, s.rejected.size());
  for (const auto& p : s.rejected) {
    std::printf("rejected: %s\n", p.to_string().c_str());
  }
  return kExitOk;
}

}  // namespace orienta::cli
