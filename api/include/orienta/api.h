// The wire format: JSON bodies of the HTTP API, also printed by the CLI's --json.
#pragma once

#include <string>
#include <string_view>

#include "orienta/analytics.h"
#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::api {

/// The body of GET /v1/search for `results` (contract: shared/spec/api.md).
std::string search_json(const search::Results& results);

/// The body of POST /v1/match for `result`, the match of `text` (its spans are given in
/// characters of `text`).
std::string match_json(const matcher::MatchResult& result, std::string_view text);

/// A request for theme statistics: GET /v1/themes/stats and `orienta themes` (docs/analytics.md).
struct StatsRequest {
  std::string report = "counts";  ///< counts, trends, cooccurrence, emerging or gaps
  /// Dimensions to split by, each a name or a comma-separated list (analytics::parse_dimensions)
  std::vector<std::string> by;
  analytics::Filter filter;  ///< from, to, themes, bassins
  int recent = 0;            ///< months of the recent window; 0: the report's default
  bool csv = false;          ///< CSV (analytics::to_csv) instead of JSON
};

/// Runs the report `request` asks for and returns its body: JSON (one object, the same for the
/// CLI and the API; every figure with the ids of its answers) or CSV.
/// Errors: kInvalidArgument for an unknown report, a dimension the report cannot use, a recent
/// window outside 1..120 months, and the analytics errors (bad months, unknown theme or bassin).
Result<std::string> stats_body(const analytics::Analytics& analytics, const StatsRequest& request);

/// The error body {"error": {"code": ..., "message": ...}} for a failed Status.
std::string error_json(const Status& status);
/// The same body for an HTTP-level error code ("unauthorized", "rate_limited"...).
std::string error_json(std::string_view code, std::string_view message);

/// The error code of a StatusCode: bad_request, not_found, unavailable, internal.
const char* error_code(StatusCode code);

}  // namespace orienta::api
