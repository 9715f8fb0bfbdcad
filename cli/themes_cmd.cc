// orienta themes: reports on the recurring question themes of the helpdesks, as JSON or CSV,
// or draws their time series as an SVG chart.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <set>

#include "orienta/analytics.h"

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

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

enum class Format { kJson, kCsv };

// The request, checked.
struct Request {
  std::string report = "counts";
  std::vector<an::Dimension> by;
  an::Filter filter;
  Format format = Format::kJson;
  int recent = 0;  // 0: the report's default
};

// ---- Numbers -------------------------------------------------------------------------------

constexpr double kDecimals = 1000.0;

double rounded(double v) { return std::round(v * kDecimals) / kDecimals; }

// A p-value to three significant digits: small ones must not print as 0.
double significant(double v) {
  if (v <= 0.0) {
    return 0.0;
  }
  const double scale = std::pow(10.0, 2 - std::floor(std::log10(v)));
  return std::round(v * scale) / scale;
}

// ---- JSON ----------------------------------------------------------------------------------

void put(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value);
}
void put(Writer& w, const char* key, const char* value) {
  w.Key(key);
  w.String(value);
}
void put(Writer& w, const char* key, int value) {
  w.Key(key);
  w.Int(value);
}
void put(Writer& w, const char* key, double value) {
  w.Key(key);
  w.Double(value);
}
void put(Writer& w, const char* key, bool value) {
  w.Key(key);
  w.Bool(value);
}

void json_ids(Writer& w, const char* key, const std::vector<std::string>& ids) {
  w.Key(key);
  w.StartArray();
  for (const auto& id : ids) {
    w.String(id);
  }
  w.EndArray();
}

void json_by(Writer& w, const std::vector<an::Dimension>& by) {
  w.Key("by");
  w.StartArray();
  for (const auto d : by) {
    w.String(std::string(an::dimension_name(d)));
  }
  w.EndArray();
}

// A dimension value, only when the report is split by it.
void json_dim(Writer& w, const std::vector<an::Dimension>& by, an::Dimension d,
              const std::string& value) {
  for (const auto b : by) {
    if (b == d) {
      const std::string_view key = an::dimension_key(d);
      w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
      w.String(value);
    }
  }
}

void json_optional(Writer& w, const char* key, const std::optional<double>& v) {
  w.Key(key);
  if (v) {
    w.Double(rounded(*v));
  } else {
    w.Null();
  }
}

// ---- Reports -------------------------------------------------------------------------------

void print_counts(const an::CountsReport& r, Format format) {
  if (format == Format::kCsv) {
    std::fputs(an::to_csv(r).c_str(), stdout);
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "report", "counts");
  json_by(w, r.by);
  put(w, "from", r.from);
  put(w, "to", r.to);
  put(w, "answer_count", r.answers.count);
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    put(w, "theme", row.theme);
    json_dim(w, r.by, an::Dimension::kBassin, row.bassin);
    json_dim(w, r.by, an::Dimension::kMonth, row.period);
    json_dim(w, r.by, an::Dimension::kWeek, row.period);
    json_dim(w, r.by, an::Dimension::kCaller, row.caller_role);
    put(w, "count", row.answers.count);
    json_ids(w, "answers", row.answers.ids);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buf.GetString());
}

void json_period(Writer& w, const char* key, const std::string& label,
                 const std::optional<an::Tally>& t) {
  w.Key(key);
  if (!t) {
    w.Null();
    return;
  }
  w.StartObject();
  put(w, "period", label);
  put(w, "count", t->count);
  json_ids(w, "answers", t->ids);
  w.EndObject();
}

void json_window(Writer& w, const char* key, const std::string& from, const std::string& to,
                 const an::Tally& t, int total) {
  w.Key(key);
  w.StartObject();
  put(w, "from", from);
  put(w, "to", to);
  put(w, "count", t.count);
  put(w, "total", total);
  json_ids(w, "answers", t.ids);
  w.EndObject();
}

void print_trends(const an::TrendsReport& r, const an::TrendOptions& o, Format format) {
  const std::string unit(an::dimension_key(r.unit));
  if (format == Format::kCsv) {
    std::fputs(an::to_csv(r).c_str(), stdout);
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "report", "trends");
  json_by(w, r.by);
  put(w, unit.c_str(), r.period);
  w.Key("recent");
  w.StartObject();
  put(w, "from", r.recent_from);
  put(w, "to", r.recent_to);
  w.EndObject();
  w.Key("baseline");
  w.StartObject();
  put(w, "from", r.baseline_from);
  put(w, "to", r.baseline_to);
  w.EndObject();
  w.Key("test");
  w.StartObject();
  put(w, "name", "one-sided exact binomial test of the theme's share, recent window vs baseline");
  put(w, "max_p_value", o.max_p_value);
  put(w, "min_rate_ratio", o.min_rate_ratio);
  put(w, "min_recent", o.min_recent);
  put(w, "min_baseline_months", o.min_baseline_months);
  w.EndObject();
  json_ids(w, "notices", r.notices);
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    put(w, "theme", row.theme);
    json_dim(w, r.by, an::Dimension::kBassin, row.bassin);
    json_dim(w, r.by, an::Dimension::kCaller, row.caller_role);
    put(w, unit.c_str(), r.period);
    put(w, "count", row.latest.count);
    json_ids(w, "answers", row.latest.ids);
    json_period(w, "previous", r.previous_period, row.previous);
    json_optional(w, "change_previous", row.change_previous);
    json_period(w, "year_ago", r.year_ago_period, row.year_ago);
    json_optional(w, "change_year_ago", row.change_year_ago);
    json_window(w, "recent", r.recent_from, r.recent_to, row.recent, row.recent_total);
    json_window(w, "baseline", r.baseline_from, r.baseline_to, row.baseline, row.baseline_total);
    json_optional(w, "rate_ratio", row.rate_ratio);
    put(w, "p_value", significant(row.p_value));
    put(w, "rising", row.rising);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buf.GetString());
}

void print_pairs(const an::CooccurrenceReport& r, Format format) {
  if (format == Format::kCsv) {
    std::fputs(an::to_csv(r).c_str(), stdout);
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "report", "cooccurrence");
  json_by(w, r.by);
  put(w, "from", r.from);
  put(w, "to", r.to);
  put(w, "answer_count", r.answers.count);
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartObject();
    put(w, "theme_a", row.theme_a);
    put(w, "theme_b", row.theme_b);
    json_dim(w, r.by, an::Dimension::kBassin, row.bassin);
    json_dim(w, r.by, an::Dimension::kCaller, row.caller_role);
    put(w, "count", row.together.count);
    put(w, "count_a", row.count_a);
    put(w, "count_b", row.count_b);
    put(w, "total", row.total);
    put(w, "expected", rounded(row.expected));
    put(w, "lift", rounded(row.lift));
    json_ids(w, "answers", row.together.ids);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buf.GetString());
}

void print_emerging(const an::EmergingReport& r, Format format) {
  if (format == Format::kCsv) {
    std::fputs(an::to_csv(r).c_str(), stdout);
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "report", "emerging");
  w.Key("recent");
  w.StartObject();
  put(w, "from", r.recent_from);
  put(w, "to", r.recent_to);
  put(w, "answer_count", r.recent_answers);
  w.EndObject();
  w.Key("baseline");
  w.StartObject();
  put(w, "from", r.baseline_from);
  put(w, "to", r.baseline_to);
  put(w, "answer_count", r.baseline_answers);
  w.EndObject();
  put(w, "score", "(count / recent answers) / ((baseline_count + 1) / baseline answers)");
  json_ids(w, "notices", r.notices);
  w.Key("terms");
  w.StartArray();
  for (const auto& t : r.terms) {
    w.StartObject();
    put(w, "term", t.term);
    put(w, "count", t.recent.count);
    put(w, "baseline_count", t.baseline.count);
    put(w, "ratio", rounded(t.ratio));
    w.Key("themes");
    w.StartObject();
    for (const auto& [theme, n] : t.themes) {
      w.Key(theme.c_str());
      w.Int(n);
    }
    w.EndObject();
    json_ids(w, "answers", t.recent.ids);
    json_ids(w, "baseline_answers", t.baseline.ids);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buf.GetString());
}

void print_gaps(const an::GapsReport& r, Format format) {
  if (format == Format::kCsv) {
    std::fputs(an::to_csv(r).c_str(), stdout);
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "report", "gaps");
  put(w, "from", r.from);
  put(w, "to", r.to);
  put(w, "median_pressure", rounded(r.median_pressure));
  w.Key("rows");
  w.StartArray();
  for (const auto& g : r.rows) {
    w.StartObject();
    put(w, "bassin", g.bassin);
    put(w, "theme", g.theme);
    put(w, "count", g.questions.count);
    put(w, "services", g.services);
    put(w, "local_services", g.local_services);
    put(w, "pressure", rounded(g.pressure));
    put(w, "relative", rounded(g.relative));
    put(w, "gap", g.gap);
    json_ids(w, "answers", g.questions.ids);
    json_ids(w, "service_ids", g.service_ids);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buf.GetString());
}

// ---- Chart ---------------------------------------------------------------------------------

int write_chart(const an::Analytics& analytics, const Request& req, const std::string& file,
                const std::string& lang, const corpus::ReferenceData& ref) {
  auto series = analytics.series(req.filter, req.by);
  if (!series.ok()) {
    print_error(series.status().message());
    return series.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  an::ChartOptions options;
  options.lang = lang;
  if (!req.filter.themes.empty()) {
    options.max_themes = std::min<std::size_t>(req.filter.themes.size(), 10);
  }
  // Mark the themes the trend test flags over the same selection (not split by bassin).
  if (auto trends = analytics.trends(req.filter, {}); trends.ok()) {
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
  static const std::set<std::string> kReports = {"counts", "trends", "cooccurrence", "emerging",
                                                 "gaps"};
  req.report = args.get("--report", "counts");
  if (kReports.count(req.report) == 0) {
    print_error("--report must be counts, trends, cooccurrence, emerging or gaps, got \"" +
                req.report + "\"");
    return kExitUsage;
  }
  auto by = an::parse_dimensions(args.all("--by"));
  if (!by.ok()) {
    print_error("--by: " + by.status().message());
    return kExitUsage;
  }
  req.by = *by;
  const std::string format = args.get("--format", "json");
  if (format != "json" && format != "csv") {
    print_error("--format must be json or csv, got \"" + format + "\"");
    return kExitUsage;
  }
  req.format = format == "csv" ? Format::kCsv : Format::kJson;
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
    req.recent = *recent;
  }
  if (args.has("--chart") && args.has("--report")) {
    print_error("--chart draws the answers per theme and period; it takes no --report");
    return kExitUsage;
  }
  req.filter.from = args.get("--from");
  req.filter.to = args.get("--to");
  req.filter.themes = args.all("--theme");
  req.filter.bassins = args.all("--bassin");
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
  Status status;
  if (req.report == "counts") {
    auto r = analytics.counts(req.filter, req.by);
    status = r.status();
    if (r.ok()) {
      print_counts(*r, req.format);
    }
  } else if (req.report == "trends") {
    an::TrendOptions options;
    options.recent_months = req.recent > 0 ? req.recent : options.recent_months;
    auto r = analytics.trends(req.filter, req.by, options);
    status = r.status();
    if (r.ok()) {
      print_trends(*r, options, req.format);
    }
  } else if (req.report == "cooccurrence") {
    auto r = analytics.cooccurrence(req.filter, req.by);
    status = r.status();
    if (r.ok()) {
      print_pairs(*r, req.format);
    }
  } else if (req.report == "emerging" || req.report == "gaps") {
    if (!req.by.empty()) {
      print_error("the " + req.report + " report takes no --by");
      return kExitUsage;
    }
    if (req.report == "emerging") {
      an::EmergingOptions options;
      options.recent_months = req.recent > 0 ? req.recent : options.recent_months;
      auto r = analytics.emerging(req.filter, options);
      status = r.status();
      if (r.ok()) {
        print_emerging(*r, req.format);
      }
    } else {
      auto r = analytics.gaps(req.filter);
      status = r.status();
      if (r.ok()) {
        print_gaps(*r, req.format);
      }
    }
  }
  if (!status.is_ok()) {
    print_error(status.message());
    return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  return kExitOk;
}

}  // namespace orienta::cli
