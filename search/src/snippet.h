// Highlighted snippets: the best window of a text around the words of a query.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "orienta/indexer.h"

namespace orienta::search {

/// What a query looks for, as the keys a token of a document can match.
struct MatchKeys {
  std::unordered_set<std::string> words;     ///< folded words
  std::unordered_set<std::string> stems;     ///< french and dutch stems
  std::unordered_set<std::string> concepts;  ///< concept ids
  bool empty() const { return words.empty() && stems.empty() && concepts.empty(); }
};

/// The window of about `max_words` words of `text` with the most query matches, HTML-escaped,
/// matches wrapped in <mark>...</mark>, "…" where the text was cut. Accents and case never
/// matter: the document's words are analysed as at index time (Analyzer::words).
std::string make_snippet(std::string_view text, const MatchKeys& keys,
                         const indexer::Analyzer& analyzer, std::size_t max_words = 30);

/// `text` with &, <, >, " escaped.
std::string html_escape(std::string_view text);

}  // namespace orienta::search
