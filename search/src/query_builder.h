// From the text a user typed to a Xapian query over the index schema.
#pragma once

#include <string>
#include <string_view>
#include <vector>
#include <xapian.h>

#include "orienta/indexer.h"

#include "snippet.h"

namespace orienta::search {

/// A parsed query: required and optional parts, and what the snippets should highlight.
struct ParsedQuery {
  /// One group per content word: its word, both stems and the concepts it takes part in.
  std::vector<Xapian::Query> groups;
  std::vector<Xapian::Query> phrases;    ///< "quoted phrases": required
  std::vector<Xapian::Query> wildcards;  ///< prefix*: optional, like a word
  std::vector<Xapian::Query> excluded;   ///< -word
  MatchKeys keys;                        ///< for snippets
  /// Content words with their byte range in the (possibly cut) text, for spelling and
  /// notices: words[i] is the word of groups[i].
  struct Word {
    std::string word;
    std::string stem_fr;
    std::string stem_nl;
    std::size_t begin;
    std::size_t end;
    bool in_concept;  ///< part of a lexicon expression: known, never "corrected"
  };
  std::vector<Word> words;
  std::string text;  ///< the text as searched (cut to kMaxQueryWords words)
  bool cut = false;  ///< the text was cut
  bool empty() const { return groups.empty() && phrases.empty() && wildcards.empty(); }
};

/// Parses `text` (valid UTF-8). Never fails: syntax it does not understand is plain words.
ParsedQuery parse_query(std::string_view text, const indexer::Analyzer& analyzer,
                        bool use_lexicon = true);

/// The query that ranks documents: every group required when there are few (precise), any
/// group otherwise; phrases required, exclusions removed. MatchAll for an empty query.
Xapian::Query to_xapian(const ParsedQuery& parsed, bool require_all, int elite_terms = 0);

/// A new query matching every document. Never copy Xapian::Query::MatchAll: it is one static
/// object whose reference count (not atomic) every thread would change, and the server's
/// engines run on many threads; copies of it raced and freed it under load.
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

}  // namespace orienta::search
