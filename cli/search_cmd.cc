// orienta search: searches the index and prints the results, or the API's JSON body.
#include <cstdio>

#include "orienta/api.h"
#include "orienta/search.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

constexpr const char* kHelp =
    "usage: orienta search --db DIR [--kind K] [--theme T] [--bassin B] [--commune C]\n"
    "                      [--lang L] [--spoken L] [--page N] [--size N]\n"
    "                      [--near LAT,LON] [--json] [--data DIR] [--] QUERY...\n"
    "\n"
    "Searches services, past answers and dossiers in French, Dutch or both. Each filter may be\n"
    "repeated (OR within a filter, AND across filters). QUERY may hold \"phrases\", -excluded\n"
    "words and prefix* wildcards. --near sorts by distance from a point.\n"
    "\n"
    "  --kind K       service, answer or dossier\n"
    "  --theme T      a theme code (see data/themes.tsv)\n"
    "  --bassin B     nord, nord-est, sud, sud-est, centre-ouest (region-wide services match all)\n"
    "  --commune C    a commune, in French or Dutch\n"
    "  --lang L       text language: fr or nl\n"
    "  --spoken L     a language spoken at the service (ar, tr, en...)\n"
    "  --page N       page number, from 1 (default 1)\n"
    "  --size N       results per page, 1 to 100 (default 10)\n"
    "  --json         print the JSON body of GET /v1/search\n";

bool parse_point(const std::string& text, search::Point& p) {
  const auto comma = text.find(',');
  if (comma == std::string::npos) {
    return false;
  }
  try {
    std::size_t used = 0;
    p.lat = std::stod(text.substr(0, comma), &used);
    p.lon = std::stod(text.substr(comma + 1));
    return used > 0;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

int run_search(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit =
          parse_command(argv,
                        {{"--db", "--kind", "--theme", "--bassin", "--commune", "--lang",
                          "--spoken", "--page", "--size", "--near", "--data"},
                         {"--kind", "--theme", "--bassin", "--commune", "--lang", "--spoken"},
                         {"--help", "--json"}},
                        kHelp, {"--db"}, args)) {
    return *exit;
  }
  search::Query q;
  q.text = joined_text(args);
  q.kinds = args.all("--kind");
  q.themes = args.all("--theme");
  q.bassins = args.all("--bassin");
  q.communes = args.all("--commune");
  q.langs = args.all("--lang");
  q.spoken = args.all("--spoken");
  auto page = parse_int("--page", args.get("--page", "1"), 1, 1'000'000);
  auto size = parse_int("--size", args.get("--size", "10"), 1, search::kMaxPageSize);
  if (!page.ok() || !size.ok()) {
    print_error((!page.ok() ? page.status() : size.status()).message());
    return kExitUsage;
  }
  q.page = *page;
  q.size = *size;
  if (args.has("--near")) {
    search::Point p;
    if (!parse_point(args.get("--near"), p)) {
      print_error("--near needs LAT,LON, e.g. 50.83,4.34");
      return kExitUsage;
    }
    q.near = p;
    q.sort = search::SortOrder::kDistance;
  }
  auto engine = open_engine(args, Open::kIndex);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  auto results = engine->searcher->search(q);
  if (!results.ok()) {
    print_error(results.status().message());
    return results.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  const auto& r = *results;
  if (args.has("--json")) {
    std::printf("%s\n", api::search_json(r).c_str());
    return kExitOk;
  }
  for (const auto& notice : r.notices) {
    std::printf("note: %s\n", notice.c_str());
  }
  if (r.corrected_query && *r.corrected_query != r.query) {  // else it ran, and a notice says so
    std::printf("did you mean: %s\n", r.corrected_query->c_str());
  }
  std::printf("%s%d results for \"%s\" (page %d)\n\n", r.total_exact ? "" : "about ", r.total,
              r.query.c_str(), r.page);
  int rank = (r.page - 1) * r.size;
  for (const auto& h : r.hits) {
    std::string themes;
    for (const auto& t : h.themes) {
      themes += (themes.empty() ? "" : ", ") + t;
    }
    std::string bassins;
    for (const auto& b : h.bassins) {
      bassins += (bassins.empty() ? "" : ", ") + b;
    }
    std::printf("%2d. %s  [%s, %s]  %s\n", ++rank, h.title.c_str(), h.kind.c_str(), h.lang.c_str(),
                h.id.c_str());
    std::printf(
        "    %s | %s%s\n", themes.c_str(), bassins.c_str(),
        h.distance_km ? (" | " + std::to_string(*h.distance_km).substr(0, 4) + " km").c_str() : "");
    std::printf("    %s\n\n", h.snippet.c_str());
  }
  if (!r.facets.empty()) {
    for (const auto& [facet, counts] : r.facets) {
      std::string line;
      for (const auto& [value, n] : counts) {
        line += (line.empty() ? "" : ", ") + value + " " + std::to_string(n);
      }
      std::printf("%-7s %s\n", facet.c_str(), line.c_str());
    }
  }
  return kExitOk;
}

}  // namespace orienta::cli
