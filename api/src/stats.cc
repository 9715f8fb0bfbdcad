// The bodies of GET /v1/themes/stats and `orienta themes`: analytics reports as JSON or CSV.
#include <cmath>
#include <optional>
#include <set>

#include "orienta/api.h"

#include "writer.h"

namespace orienta::api {
namespace {

namespace an = analytics;

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
  write_list(w, ids);
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

// The opening members of a report over a range of months: its name, splits, range and answers.
void json_head(Writer& w, const char* report, const std::vector<an::Dimension>& by,
               const std::string& from, const std::string& to, int answer_count) {
  put(w, "report", report);
  json_by(w, by);
  put(w, "from", from);
  put(w, "to", to);
  put(w, "answer_count", answer_count);
}

std::string json(const an::CountsReport& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  json_head(w, "counts", r.by, r.from, r.to, r.answers.count);
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
  return buf.GetString();
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

std::string json(const an::TrendsReport& r, const an::TrendOptions& o) {
  const std::string unit(an::dimension_key(r.unit));
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
  return buf.GetString();
}

std::string json(const an::CooccurrenceReport& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  json_head(w, "cooccurrence", r.by, r.from, r.to, r.answers.count);
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
  return buf.GetString();
}

std::string json(const an::EmergingReport& r) {
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
  return buf.GetString();
}

std::string json(const an::GapsReport& r) {
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
  return buf.GetString();
}

// The body of a report: CSV or JSON.
template <typename Report, typename ToJson>
Result<std::string> body_of(const Result<Report>& report, bool csv, ToJson to_json) {
  if (!report.ok()) {
    return report.status();
  }
  return csv ? an::to_csv(*report) : to_json(*report);
}

}  // namespace

Result<std::string> stats_body(const an::Analytics& analytics, const StatsRequest& request) {
  static const std::set<std::string> kReports = {"counts", "trends", "cooccurrence", "emerging",
                                                 "gaps"};
  if (kReports.count(request.report) == 0) {
    return Status::invalid_argument(
        "report must be counts, trends, cooccurrence, emerging or gaps, got \"" + request.report +
        "\"");
  }
  if (request.recent < 0 || request.recent > 120) {
    return Status::invalid_argument("recent must be a number of months in 1..120, got " +
                                    std::to_string(request.recent));
  }
  auto by = an::parse_dimensions(request.by);
  if (!by.ok()) {
    return Status::invalid_argument("by: " + by.status().message());
  }
  const an::Filter& filter = request.filter;
  const bool csv = request.csv;
  if (request.report == "counts") {
    return body_of(analytics.counts(filter, *by), csv,
                   [](const an::CountsReport& r) { return json(r); });
  }
  if (request.report == "trends") {
    an::TrendOptions options;
    options.recent_months = request.recent > 0 ? request.recent : options.recent_months;
    return body_of(analytics.trends(filter, *by, options), csv,
                   [&](const an::TrendsReport& r) { return json(r, options); });
  }
  if (request.report == "cooccurrence") {
    return body_of(analytics.cooccurrence(filter, *by), csv,
                   [](const an::CooccurrenceReport& r) { return json(r); });
  }
  if (!by->empty()) {
    return Status::invalid_argument("the " + request.report + " report takes no by");
  }
  if (request.report == "emerging") {
    an::EmergingOptions options;
    options.recent_months = request.recent > 0 ? request.recent : options.recent_months;
    return body_of(analytics.emerging(filter, options), csv,
                   [](const an::EmergingReport& r) { return json(r); });
  }
  return body_of(analytics.gaps(filter), csv, [](const an::GapsReport& r) { return json(r); });
}

}  // namespace orienta::api
