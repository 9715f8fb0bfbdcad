// Offers: what kind of service the words of a situation ask for, or say is in place.
#include "offers.h"

#include <algorithm>

#include "needs.h"

namespace orienta::matcher {
namespace {

constexpr const char* kInPlace = "in_place";
// How many words away an in_place word makes an offer already in place ("la kiné vient déjà").
constexpr std::size_t kInPlaceWords = 3;

// The index of the token that begins at `begin`, or the token count.
std::size_t token_at(const indexer::AnalysedText& a, std::size_t begin) {
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].begin >= begin) {
      return i;
    }
  }
  return a.tokens.size();
}

// The index of the last token that ends at or before `end`.
std::size_t token_ending(const indexer::AnalysedText& a, std::size_t end) {
  std::size_t last = 0;
  for (std::size_t i = 0; i < a.tokens.size() && a.tokens[i].end <= end; ++i) {
    last = i;
  }
  return last;
}

// Whether a sentence end (".", "!", "?", ";" or a new line) lies between tokens i < j.
bool sentence_between(std::string_view text, const indexer::AnalysedText& a, std::size_t i,
                      std::size_t j) {
  return text.substr(a.tokens[i].end, a.tokens[j].begin - a.tokens[i].end)
             .find_first_of(".!?;\n") != std::string_view::npos;
}

}  // namespace

Result<OfferReader> OfferReader::load(const std::filesystem::path& words,
                                      const corpus::ReferenceData& ref,
                                      const indexer::Analyzer& analyzer) {
  OfferReader reader;
  for (const auto& o : ref.offers) {
    reader.names_.push_back(o.code);
  }
  reader.names_.emplace_back(kInPlace);
  auto cues = CueTable::load(words, reader.names_, analyzer);
  if (!cues.ok()) {
    return cues.status();
  }
  reader.cues_ = std::move(*cues);
  return reader;
}

OffersNamed OfferReader::read(std::string_view text, const indexer::AnalysedText& a) const {
  OffersNamed out;
  if (a.tokens.empty()) {
    return out;
  }
  const auto found = cues_.find(text, a);
  const std::vector<bool> asking = asking_tokens(text, a);
  const std::size_t in_place = names_.size() - 1;
  // The tokens an in_place word covers.
  std::vector<std::size_t> markers;
  for (const auto& span : found[in_place]) {
    markers.push_back(token_at(a, span.begin));
  }
  std::vector<std::string> asked_anywhere;
  std::vector<TextSpan> anywhere;
  for (std::size_t k = 0; k < in_place; ++k) {
    bool asked = false;
    bool named = false;
    bool placed = false;
    for (const auto& span : found[k]) {
      const std::size_t first = token_at(a, span.begin);
      const std::size_t last = token_ending(a, span.end);
      if (first >= a.tokens.size() || a.negated[first]) {
        continue;
      }
      // What the caller is ("Infirmière à domicile, je passe chez...") is in place.
      const bool near_marker =
          a.caller[first] || std::any_of(markers.begin(), markers.end(), [&](std::size_t m) {
            const std::size_t lo = std::min(m, first);
            const std::size_t hi = std::max(m, last);
            const std::size_t gap = m < first ? first - m : (m > last ? m - last : 0);
            return gap <= kInPlaceWords && !sentence_between(text, a, lo, hi);
          });
      if (near_marker) {
        placed = true;
        out.evidence.push_back(span);
      } else if (asking[first]) {
        asked = true;
        out.evidence.push_back(span);
      } else {
        named = true;
        anywhere.push_back(span);
      }
    }
    if (asked) {
      out.asked.push_back(names_[k]);
    } else if (placed) {
      out.in_place.push_back(names_[k]);
    } else if (named) {
      asked_anywhere.push_back(names_[k]);
    }
  }
  // When no sentence that asks names an offer, what the text names is what it needs.
  if (out.asked.empty()) {
    out.asked = std::move(asked_anywhere);
    out.evidence.insert(out.evidence.end(), anywhere.begin(), anywhere.end());
  }
  std::sort(out.asked.begin(), out.asked.end());
  std::sort(out.in_place.begin(), out.in_place.end());
  std::sort(out.evidence.begin(), out.evidence.end(),
            [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  return out;
}

}  // namespace orienta::matcher
