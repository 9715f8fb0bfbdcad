// orienta match: needs, location and referrals for a situation.
#include <cstdio>

#include "orienta/api.h"
#include "orienta/matcher.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta match --db DIR [--postcode P | --commune NAME | --bassin B] [--limit N]\n"
    "                     [--json] [--need-weights W] [--rank-weights W] [--data DIR] [--] "
    "TEXT...\n"
    "\n"
    "Reads a situation as the caller tells it (French, Dutch or both), finds its needs and the\n"
    "patient's location (from the options, else from the text), and proposes services: each\n"
    "need gets its best nearby service before any need gets a second one. The needs come main\n"
    "request first; an urgent situation (act within 24 hours) says why.\n"
    "\n"
    "  --postcode P   the patient's postcode (1000-1210)\n"
    "  --commune C    the patient's commune, in French or Dutch\n"
    "  --bassin B     nord, nord-est, sud, sud-est or centre-ouest\n"
    "  --limit N      number of referrals, 1 to 50 (default 10)\n"
    "  --need-weights evidence=X,vote=X,threshold=X   other need weights, to try (tuning)\n"
    "  --rank-weights text=X,proximity=X,...          other rank weights, to try (tuning)\n"
    "  --json         print the JSON body of POST /v1/match\n";

}  // namespace

int run_match(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit = parse_command(argv,
                                {{"--db", "--postcode", "--commune", "--bassin", "--limit",
                                  "--data", "--need-weights", "--rank-weights"},
                                 {},
                                 {"--help", "--json"}},
                                kHelp, {"--db"}, args)) {
    return *exit;
  }
  const std::string text = joined_text(args);
  auto limit = parse_int("--limit", args.get("--limit", "10"), 1, matcher::kMaxLimit);
  if (!limit.ok()) {
    print_error(limit.status().message());
    return kExitUsage;
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
  const matcher::Location where{args.get("--postcode"), args.get("--commune"),
                                args.get("--bassin")};
  matcher::MatchOptions match_options;
  match_options.as_of = corpus::today_utc();
  auto result = engine->matcher->match(text, where, *limit, match_options);
  if (!result.ok()) {
    print_error(result.status().message());
    return result.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  const auto& r = *result;
  if (args.has("--json")) {
    std::printf("%s\n", api::match_json(r, text).c_str());
    return kExitOk;
  }
  for (const auto& notice : r.notices) {
    std::printf("note: %s\n", notice.c_str());
  }
  std::printf("needs:");
  for (const auto& n : r.needs) {
    std::string ev;
    for (const auto& e : n.evidence) {
      ev += (ev.empty() ? "" : ", ") + e;
    }
    std::printf("\n  %-20s %.2f  (%s)", n.theme.c_str(), n.confidence, ev.c_str());
  }
  if (r.urgency.urgent) {
    std::string ev;
    for (const auto& e : r.urgency.evidence) {
      ev += (ev.empty() ? "" : ", ") + e.text;
    }
    std::printf("\nurgent: %s (%s)", r.urgency.reason.c_str(), ev.c_str());
  }
  std::printf("%s\nlocation: %s%s (from %s)\n\n", r.needs.empty() ? " none found" : "",
              r.location.bassin.empty() ? "unknown" : r.location.bassin.c_str(),
              r.location.commune.empty() ? "" : (", " + r.location.commune).c_str(),
              r.location.source.c_str());
  int rank = 0;
  for (const auto& ref_ : r.referrals) {
    std::printf("%2d. %s  [%s]  %s\n    %s\n", ++rank, ref_.name.c_str(),
                std::string(matcher::proximity_code(ref_.proximity)).c_str(), ref_.id.c_str(),
                ref_.why.c_str());
  }
  if (!r.related_answers.empty()) {
    std::printf("\nsimilar past answers:\n");
    for (const auto& a : r.related_answers) {
      std::printf("  %s  %s\n", a.id.c_str(), a.title.c_str());
    }
  }
  if (!r.related_dossiers.empty()) {
    std::printf("dossiers:\n");
    for (const auto& d : r.related_dossiers) {
      std::printf("  %s  %s\n", d.id.c_str(), d.title.c_str());
    }
  }
  return kExitOk;
}

}  // namespace orienta::cli
