// orienta themes: reports on the recurring question themes of the helpdesks, as JSON or CSV,
// or draws their time series as an SVG chart.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>

#include "orienta/analytics.h"
#include "orienta/api.h"

#include "commands.h"
#include "engine.h"
#include "flags.h"

namespace orienta::cli {
namespace {

namespace an = analytics;

constexpr const char* kHelp =
    "usage: orienta themes --db DIR [--report R] [--by D[,D...]] [--from YYYY-MM] [--to YYYY-MM]\n"
    "                      [--theme T] [--bassin B] [--recent N] [--format json|csv]\n"
    "                      [--chart FILE.svg] [--lang fr|nl] [--data DIR]\n"
    "\n"
    "Reports on the recurring question themes of the helpdesks, read from the past answers in\n"
    "the index as its scrubber left them. Every figure comes with the ids of the answers behind\n"
    "it. docs/analytics.md explains each figure and test.\n"
    "\n"
    "  --report R      counts (default): answers per theme and per the --by dimensions\n"
    "                  trends: latest period against the previous one and a year before,\n"
    "                          rising themes flagged (exact binomial test, recent vs baseline)\n"
    "                  cooccurrence: themes asked together in one question, with lift\n"
    "                  emerging: words far more frequent lately than before\n"
    "                  gaps: per bassin, themes with many questions and few services\n"
    "  --by D          bassin, month, week or caller; repeat or separate with commas.\n"
    "                  counts: any; trends: month (default) or week, bassin, caller;\n"
    "                  cooccurrence: bassin, caller; --chart: month (default) or week, bassin\n"
    "  --from YYYY-MM  first month (default: the first answer's)\n"
    "  --to YYYY-MM    last month (default: the last answer's); trends compare its month\n"
    "  --theme T       only these themes (repeatable)\n"
    "  --bassin B      only the answers of these helpdesks (repeatable)\n"
    "  --recent N      months in the recent window (trends: 12, emerging: 3)\n"
    "  --format F      json (default) or csv\n"
    "  --chart FILE    write an SVG chart of the answers per theme and period instead\n"
    "  --lang L        chart labels: fr (default) or nl\n";

// The flags, checked: the report request and where a chart goes.
struct Request {
  api::StatsRequest stats;
  std::vector<an::Dimension> by;  // parsed, for --chart
};

// ---- Chart ---------------------------------------------------------------------------------

int write_chart(const an::Analytics& analytics, const Request& req, const std::string& file,
                const std::string& lang, const corpus::ReferenceData& ref) {
  auto series = analytics.series(req.stats.filter, req.by);
  if (!series.ok()) {
    print_error(series.status().message());
    return series.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  an::ChartOptions options;
  options.lang = lang;
  if (!req.stats.filter.themes.empty()) {
    options.max_themes = std::min<std::size_t>(req.stats.filter.themes.size(), 10);
  }
  // Mark the themes the trend test flags over the same selection (not split by bassin).
  if (auto trends = analytics.trends(req.stats.filter, {}); trends.ok()) {
    for (const auto& row : trends->rows) {
      if (row.rising) {
        options.rising.insert(row.theme);
      }
    }
  }
  auto svg = an::render_svg(*series, ref, options);
  if (!svg.ok()) {
    print_error(svg.status().message());
    return kExitUsage;
  }
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << *svg;
  out.close();
  if (!out) {
    print_error("cannot write the chart to " + file);
    return kExitFailure;
  }
  std::set<std::string> themes;
  for (const auto& line : series->lines) {
    themes.insert(line.theme);
  }
  std::printf("chart: %s (%zu of %zu themes, %zu %s)\n", file.c_str(),
              std::min(themes.size(), options.max_themes), themes.size(), series->periods.size(),
              series->unit == an::Dimension::kWeek ? "weeks" : "months");
  return kExitOk;
}

// Reads the flags into a Request; prints the error and returns the exit code on bad usage.
std::optional<int> read_request(const Args& args, Request& req) {
  req.stats.report = args.get("--report", "counts");
  auto by = an::parse_dimensions(args.all("--by"));
  if (!by.ok()) {
    print_error("--by: " + by.status().message());
    return kExitUsage;
  }
  req.by = *by;
  req.stats.by = args.all("--by");
  const std::string format = args.get("--format", "json");
  if (format != "json" && format != "csv") {
    print_error("--format must be json or csv, got \"" + format + "\"");
    return kExitUsage;
  }
  req.stats.csv = format == "csv";
  const std::string lang = args.get("--lang", "fr");
  if (lang != "fr" && lang != "nl") {
    print_error("--lang must be fr or nl, got \"" + lang + "\"");
    return kExitUsage;
  }
  if (args.has("--recent")) {
    auto recent = parse_int("--recent", args.get("--recent"), 1, 120);
    if (!recent.ok()) {
      print_error(recent.status().message());
      return kExitUsage;
    }
    req.stats.recent = *recent;
  }
  if (args.has("--chart") && args.has("--report")) {
    print_error("--chart draws the answers per theme and period; it takes no --report");
    return kExitUsage;
  }
  req.stats.filter.from = args.get("--from");
  req.stats.filter.to = args.get("--to");
  req.stats.filter.themes = args.all("--theme");
  req.stats.filter.bassins = args.all("--bassin");
  return std::nullopt;
}

}  // namespace

int run_themes(const std::vector<std::string>& argv) {
  Args args;
  if (auto exit =
          parse_command(argv,
                        {{"--db", "--report", "--by", "--from", "--to", "--theme", "--bassin",
                          "--recent", "--format", "--chart", "--lang", "--data"},
                         {"--by", "--theme", "--bassin"},
                         {"--help"}},
                        kHelp, {"--db"}, args)) {
    return *exit;
  }
  if (!args.positional.empty()) {
    print_error("unexpected argument \"" + args.positional.front() + "\" (see --help)");
    return kExitUsage;
  }
  Request req;
  if (auto exit = read_request(args, req)) {
    return *exit;
  }
  auto engine = open_engine(args, Open::kAnalysis);
  if (!engine.ok()) {
    print_error(engine.status().message());
    return kExitFailure;
  }
  auto opened = an::Analytics::open(args.get("--db"), *engine->analyzer, *engine->ref);
  if (!opened.ok()) {
    print_error(opened.status().message());
    return kExitFailure;
  }
  const an::Analytics& analytics = **opened;
  for (const auto& notice : analytics.notices()) {
    std::fprintf(stderr, "orienta: note: %s\n", notice.c_str());
  }
  if (args.has("--chart")) {
    return write_chart(analytics, req, args.get("--chart"), args.get("--lang", "fr"), *engine->ref);
  }
  auto body = api::stats_body(analytics, req.stats);
  if (!body.ok()) {
    print_error(body.status().message());
    return body.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  std::fputs(body->c_str(), stdout);
  if (!req.stats.csv) {
    std::fputc('\n', stdout);
  }
  return kExitOk;
}

}  // namespace orienta::cli
