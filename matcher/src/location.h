// Where the patient is: from the request, or from the text.
#pragma once

#include <string_view>

#include "orienta/corpus.h"
#include "orienta/indexer.h"
#include "orienta/matcher.h"

namespace orienta::matcher {

/// Resolves the request's location (postcode, then commune, then bassin) or, when it gives
/// none, the first Brussels postcode or place name in `text`. Errors: kInvalidArgument for
/// an unknown commune or bassin or a malformed postcode given in the request.
Result<ResolvedLocation> resolve_location(const Location& where, std::string_view text,
                                          const indexer::Analyzer& analyzer,
                                          const corpus::Geography& geo);

}  // namespace orienta::matcher
