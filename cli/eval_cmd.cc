// orienta eval: scores the matcher, and a plain full-text baseline, on labelled situations; or
// cross-validates the need classifier on a corpus's answers.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "orienta/eval.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta eval --db DIR --situations FILE [--verbose] [--only PREFIX]\n"
    "                    [--need-weights W] [--rank-weights W] [--as-of YYYY-MM-DD] [--judgements "
    "FILE] [--data DIR]\n"
    "       orienta eval --corpus DIR --folds K [--data DIR]\n"
    "\n"
    "Scores the matcher on labelled situations (JSON Lines, shared/eval/LABELLING.md) beside a\n"
    "plain full-text baseline (the situation text as a query over services, no lexicon), each\n"
    "figure with its bootstrap 95% interval over the situations:\n"
    "  need precision, recall, F1; main need (the first need found is the labelled first);\n"
    "  no need found (situations with needs where none was found); urgency precision, recall;\n"
    "  location accuracy;\n"
    "  coverage@5: share of expected needs with a covering service in the top 5;\n"
    "  precision@5: share of the top 5 that serve an expected need;\n"
    "  locality@5: share of the top 5 that serve the situation's bassin or the whole region;\n"
    "  related answers, related dossiers: share of the past answers and dossiers shown beside\n"
    "  the referrals that carry an expected need's theme (the matcher only);\n"
    "  violations@5: share of the top 5 whose structured eligibility excludes the labelled\n"
    "  patient (age, sex, victim of violence) or the patient's commune.\n"
    "--only PREFIX keeps the situations whose id starts with PREFIX; --verbose prints the misses;\n"
    "--need-weights evidence=X,vote=X,threshold=X tries other need weights (for tuning);\n"
    "--rank-weights text=X,proximity=X,... tries other rank weights (for tuning);\n"
    "--judgements FILE (eval/data/judgements.jsonl) adds accepted@5: the matcher's top 5 as\n"
    "a responder judged them, and lists the pairs not judged yet;\n"
    "--as-of YYYY-MM-DD is the day the matches are for (default 2026-12-01, fixed so that a\n"
    "report is the same from one run to the next).\n"
    "\n"
    "With --corpus and --folds: K-fold cross-validation of the need classifier on the corpus's\n"
    "answers (scrubbed questions and their themes), as the index build trains it.\n";

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) {
    out += (out.empty() ? "" : ",") + x;
  }
  return out;
}

void print_figure(const char* name, const eval::Figure& f) {
  std::printf("%-22s %.3f [%.3f, %.3f]", name, f.value, f.low, f.high);
}

int cross_validate(const Args& args) {
  auto engine = open_engine(args, Open::kAnalysis);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  auto corpus = corpus::load_corpus(args.get("--corpus"), *engine->ref);
  if (!corpus.ok()) {
    print_error(corpus.status().message());
    return kExitFailure;
  }
  const indexer::Scrubber scrubber(*engine->ref);
  std::vector<const corpus::Answer*> by_id;
  for (const auto& a : corpus->answers) {
    by_id.push_back(&a);
  }
  std::sort(by_id.begin(), by_id.end(), [](auto* x, auto* y) { return x->id < y->id; });
  std::vector<indexer::NeedExample> examples;
  for (const auto* a : by_id) {
    examples.push_back({scrubber.scrub(a->question), a->themes, a->urgent});
  }
  std::vector<std::string> themes;
  for (const auto& t : engine->ref->themes.all()) {
    themes.push_back(t.code);
  }
  auto folds = parse_int("--folds", args.get("--folds"), 2, 20);
  if (!folds.ok()) {
    print_error(folds.status().message());
    return kExitUsage;
  }
  matcher::NeedWeights weights;
  if (Status st = parse_need_weights(args.get("--need-weights"), weights); !st.is_ok()) {
    print_error(st.message());
    return kExitUsage;
  }
  auto cv = indexer::cross_validate(
      *engine->analyzer, examples, themes,
      indexer::need_model_options(*engine->analyzer, engine->ref->geography), *folds, 0.5,
      weights.urgency);
  if (!cv.ok()) {
    print_error(cv.status().message());
    return kExitFailure;
  }
  std::printf("need classifier, %d-fold cross-validation on %d answers (probability >= 0.5)\n",
              cv->folds, cv->examples);
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", cv->precision, cv->recall, cv->f1);
  std::printf("urgency (probability >= %.2f): precision %.3f  recall %.3f\n", weights.urgency,
              cv->urgency_precision, cv->urgency_recall);
  return kExitOk;
}

}  // namespace

int run_eval(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv,
                                {{"--db", "--situations", "--data", "--only", "--corpus", "--folds",
                                  "--need-weights", "--rank-weights", "--as-of", "--judgements"},
                                 {},
                                 {"--help", "--verbose"}},
                                kHelp, {}, args)) {
    return *exit;
  }
  if (args.has("--corpus") || args.has("--folds")) {
    if (!args.has("--corpus") || !args.has("--folds")) {
      print_error("--corpus and --folds go together");
      return kExitUsage;
    }
    return cross_validate(args);
  }
  if (!args.has("--db") || !args.has("--situations")) {
    print_error("--db and --situations are required (see --help)");
    return kExitUsage;
  }
  auto file = eval::read_situations(args.get("--situations"));
  if (!file.ok()) {
    print_error(file.status().message());
    return kExitFailure;
  }
  for (const auto& p : file->problems) {
    std::fprintf(stderr, "orienta: skipped %s\n", p.c_str());
  }
  std::vector<eval::Situation> situations;
  const std::string only = args.get("--only");
  for (auto& s : file->situations) {
    if (s.id.rfind(only, 0) == 0) {
      situations.push_back(std::move(s));
    }
  }
  matcher::MatcherOptions options;
  if (Status st = parse_need_weights(args.get("--need-weights"), options.needs); !st.is_ok()) {
    print_error(st.message());
    return kExitUsage;
  }
  if (Status st = parse_rank_weights(args.get("--rank-weights"), options.rank); !st.is_ok()) {
    print_error(st.message());
    return kExitUsage;
  }
  auto engine = open_engine(args, Open::kMatcher, options);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  const std::string as_of = args.get("--as-of", std::string(eval::kDefaultAsOf));
  if (!corpus::is_calendar_date(as_of)) {
    print_error("--as-of must be a date YYYY-MM-DD, got \"" + as_of + "\"");
    return kExitUsage;
  }
  const auto rows = eval::evaluate(*engine->matcher, *engine->searcher, situations, as_of);
  std::vector<eval::Counts> matched;
  std::vector<eval::Counts> baseline;
  for (const auto& row : rows) {
    matched.push_back(row.matcher_counts);
    baseline.push_back(row.baseline_counts);
    const auto& s = *row.situation;
    if (!row.error.empty()) {
      std::printf("%s: error: %s\n", s.id.c_str(), row.error.c_str());
      continue;
    }
    const auto& c = row.matcher_counts;
    const bool urgency_miss = row.matcher.urgent && *row.matcher.urgent != s.urgent;
    if (args.has("--verbose") && (c.need_fn > 0 || c.need_fp > 0 || c.main_right < c.with_needs ||
                                  urgency_miss || c.located < c.with_bassin || c.violations > 0)) {
      std::printf("%s: expected [%s] found [%s]", s.id.c_str(), join(s.needs).c_str(),
                  join(row.matcher.needs).c_str());
      if (urgency_miss) {
        std::printf(" urgency %s, expected %s", *row.matcher.urgent ? "yes" : "no",
                    s.urgent ? "yes" : "no");
      }
      if (c.located < c.with_bassin) {
        std::printf(" location %s, expected %s",
                    row.matcher.bassin.empty() ? "none" : row.matcher.bassin.c_str(),
                    s.bassin.c_str());
      }
      if (c.violations > 0) {
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < row.matcher.top_eligibility.size() && i < eval::kTop; ++i) {
          if (eval::excludes(row.matcher.top_eligibility[i], s.patient, row.matcher.area)) {
            ids.push_back(row.matcher.top_ids[i]);
          }
        }
        std::printf(" excluded by eligibility [%s]", join(ids).c_str());
      }
      std::printf("\n");
    }
  }
  using eval::Metric;
  std::printf("situations             %zu (bootstrap 95%% intervals)\n", rows.size());
  struct Line {
    const char* name;
    Metric metric;
    bool baseline;
  };
  const Line lines[] = {{"need precision", Metric::kNeedPrecision, false},
                        {"need recall", Metric::kNeedRecall, false},
                        {"need F1", Metric::kNeedF1, false},
                        {"main need", Metric::kMainNeed, false},
                        {"no need found", Metric::kNoNeedFound, false},
                        {"urgency precision", Metric::kUrgencyPrecision, false},
                        {"urgency recall", Metric::kUrgencyRecall, false},
                        {"location accuracy", Metric::kLocation, false},
                        {"coverage@5", Metric::kCoverage, true},
                        {"precision@5", Metric::kPrecision, true},
                        {"locality@5", Metric::kLocality, true},
                        {"related answers", Metric::kRelatedAnswers, false},
                        {"related dossiers", Metric::kRelatedDossiers, false},
                        {"violations@5", Metric::kViolations, true}};
  for (const auto& line : lines) {
    print_figure(line.name, eval::figure(matched, line.metric));
    if (line.baseline) {
      const auto b = eval::figure(baseline, line.metric);
      const auto d = eval::difference(matched, baseline, line.metric);
      std::printf("   baseline %.3f [%.3f, %.3f]   gain %+.3f [%+.3f, %+.3f]", b.value, b.low,
                  b.high, d.value, d.low, d.high);
    }
    std::printf("\n");
  }
  if (args.has("--judgements")) {
    auto judged = eval::read_judgements(args.get("--judgements"));
    if (!judged.ok()) {
      print_error(judged.status().message());
      return kExitFailure;
    }
    for (const auto& p : judged->problems) {
      std::fprintf(stderr, "orienta: skipped %s\n", p.c_str());
    }
    const auto j = eval::judge(rows, *judged);
    std::printf("judged top 5           %d pairs of %d situations\n", j.judged, j.situations);
    if (j.judged > 0) {
      const double n = j.judged;
      std::printf("accepted@5             %.3f\n", j.accepted / n);
      std::printf("partial@5              %.3f\n", j.partial / n);
      for (const auto& [reason, count] : j.rejected) {
        std::printf("rejected@5 %-12s %.3f\n", reason.c_str(), count / n);
      }
    }
    std::printf("not judged yet         %zu\n", j.unjudged.size());
    if (args.has("--verbose")) {
      for (const auto& [situation, service] : j.unjudged) {
        std::printf("  %s %s\n", situation.c_str(), service.c_str());
      }
    }
  }
  return kExitOk;
}

}  // namespace orienta::cli
