// The wire format: JSON bodies of the HTTP API, also printed by the CLI's --json.
#pragma once

#include <string>
#include <string_view>

#include "orienta/matcher.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::api {

/// The body of GET /v1/search for `results` (contract: shared/spec/api.md).
std::string search_json(const search::Results& results);

/// The body of POST /v1/match for `result`.
std::string match_json(const matcher::MatchResult& result);

/// The error body {"error": {"code": ..., "message": ...}} for a failed Status.
std::string error_json(const Status& status);
/// The same body for an HTTP-level error code ("unauthorized", "rate_limited"...).
std::string error_json(std::string_view code, std::string_view message);

/// The error code of a StatusCode: bad_request, not_found, unavailable, internal.
const char* error_code(StatusCode code);

}  // namespace orienta::api
