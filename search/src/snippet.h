// Highlighted snippets: the best window of a text around the words of a query.
#pragma once

#include <string>
#include <string_view>

#include "orienta/indexer.h"

namespace orienta::search {

using indexer::MatchKeys;

/// The window of about `max_words` words of `text` with the most words `finder` matches,
/// HTML-escaped, matches wrapped in <mark>...</mark>, "…" where the text was cut. Accents and
/// case never matter: the document's words are analysed as at index time.
std::string make_snippet(std::string_view text, indexer::KeyFinder& finder,
                         std::size_t max_words = 30);

/// `text` with &, <, >, " escaped.
std::string html_escape(std::string_view text);

}  // namespace orienta::search
