// Where the patient is: from the request, or from the text.
#include "location.h"

#include <algorithm>

namespace orienta::matcher {
namespace {

// Place names of up to this many words are looked for in the text ("Sint-Agatha-Berchem").
constexpr std::size_t kMaxNameWords = 4;

ResolvedLocation from_area(const corpus::Area& area, const char* source) {
  ResolvedLocation loc;
  loc.bassin = area.bassin;
  loc.commune = area.name_fr;
  loc.area = area.id;
  loc.source = source;
  return loc;
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The whole region, not a place: "Bruxelles" alone says nothing of the bassin... except that
// the helpdesk sends it to the Pentagone's bassin like its postcode 1000; it is kept as a
// last resort after any more precise place.
bool is_region_word(std::string_view folded) {
  return folded == "bruxelles" || folded == "brussel" || folded == "brussels" || folded == "bxl";
}

}  // namespace

Result<ResolvedLocation> resolve_location(const Location& where, std::string_view text,
                                          const indexer::Analyzer& analyzer,
                                          const corpus::Geography& geo) {
  if (!where.postcode.empty()) {
    auto match = geo.by_postcode(where.postcode);
    if (match.ok()) {
      ResolvedLocation loc = from_area(*match->area, "postcode");
      if (match->second != nullptr) {
        loc.second_bassin = match->second->bassin;
      }
      return loc;
    }
    if (match.status().code() == StatusCode::kInvalidArgument) {
      return match.status();
    }
    ResolvedLocation loc;  // a Belgian postcode outside the region
    loc.source = "postcode";
    loc.outside_brussels = true;
    return loc;
  }
  if (!where.commune.empty()) {
    auto area = geo.by_name(where.commune);
    if (!area.ok()) {
      return Status::invalid_argument(area.status().message());
    }
    return from_area(**area, "commune");
  }
  if (!where.bassin.empty()) {
    if (!geo.is_bassin(where.bassin)) {
      return Status::invalid_argument("unknown bassin \"" + where.bassin +
                                      "\" (nord, nord-est, sud, sud-est or centre-ouest)");
    }
    ResolvedLocation loc;
    loc.bassin = where.bassin;
    loc.source = "bassin";
    return loc;
  }

  // From the text: the first Brussels postcode or place name; "Bruxelles" only if nothing else.
  const auto tokens = analyzer.tokenize(text);
  const corpus::Area* region_fallback = nullptr;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.word.size() == 4 && is_digits(t.word)) {
      auto match = geo.by_postcode(t.word);
      if (match.ok()) {
        ResolvedLocation loc = from_area(*match->area, "text");
        if (match->second != nullptr) {
          loc.second_bassin = match->second->bassin;
        }
        return loc;
      }
      continue;
    }
    // Longest name first: "Woluwe-Saint-Lambert" before "Woluwe".
    for (std::size_t n = std::min(kMaxNameWords, tokens.size() - i); n >= 1; --n) {
      const auto& last = tokens[i + n - 1];
      const std::string_view written = text.substr(t.begin, last.end - t.begin);
      // Place names are written with a capital, or in full lowercase by a hurried hand; a
      // one-word lowercase match must not be a stop word ("haren" is a Dutch word too).
      if (n == 1 && t.stop) {
        continue;
      }
      auto area = geo.by_name(written);
      if (!area.ok()) {
        continue;
      }
      if (n == 1 && is_region_word(t.word)) {
        region_fallback = region_fallback ? region_fallback : *area;
        break;
      }
      return from_area(**area, "text");
    }
  }
  if (region_fallback != nullptr) {
    return from_area(*region_fallback, "text");
  }
  ResolvedLocation none;
  none.source = "none";
  return none;
}

}  // namespace orienta::matcher
