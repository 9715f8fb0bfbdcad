// From the text a user typed to a Xapian query over the index schema.
#include "query_builder.h"

#include <set>

#include "orienta/index_schema.h"
#include "orienta/search.h"

namespace orienta::search {
namespace {

constexpr std::size_t kMinWildcardPrefix = 3;

std::string with(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + std::string(value);
}

// A piece of the text: plain words, a phrase, an exclusion or a wildcard.
struct Piece {
  enum class Type { kPlain, kPhrase, kExcluded, kWildcard } type;
  std::size_t begin;
  std::size_t end;
};

std::vector<Piece> split_pieces(std::string_view text) {
  std::vector<Piece> pieces;
  // Quotes make phrases only when they pair up; otherwise they are ignored.
  const auto quotes = std::count(text.begin(), text.end(), '"');
  const bool phrases = quotes >= 2 && quotes % 2 == 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (phrases && text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      pieces.push_back({Piece::Type::kPhrase, i + 1, close});
      i = close + 1;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(text[i])) || text[i] == '"') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
           !(phrases && text[end] == '"')) {
      ++end;
    }
    const std::string_view chunk = text.substr(i, end - i);
    const bool excluded = chunk.size() > 1 && chunk[0] == '-' &&
                          (i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1])));
    const bool wildcard = chunk.size() > kMinWildcardPrefix && chunk.back() == '*' &&
                          chunk.find('*') == chunk.size() - 1;
    if (excluded) {
      pieces.push_back({Piece::Type::kExcluded, i + 1, end});
    } else if (wildcard) {
      pieces.push_back({Piece::Type::kWildcard, i, end - 1});
    } else if (!pieces.empty() && pieces.back().type == Piece::Type::kPlain &&
               text.substr(pieces.back().end, i - pieces.back().end).find('"') ==
                   std::string_view::npos) {
      pieces.back().end = end;  // one plain piece for consecutive words: expressions span them
    } else {
      pieces.push_back({Piece::Type::kPlain, i, end});
    }
    i = end;
  }
  return pieces;
}

// Cuts `text` after `max_words` whitespace-separated words.
std::string_view cut_words(std::string_view text, int max_words, bool& cut) {
  int words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = std::isspace(static_cast<unsigned char>(text[i])) != 0;
    if (!space && !in_word) {
      if (++words > max_words) {
        cut = true;
        return text.substr(0, i);
      }
    }
    in_word = !space;
  }
  return text;
}

}  // namespace

ParsedQuery parse_query(std::string_view text, const indexer::Analyzer& analyzer,
                        bool use_lexicon) {
  ParsedQuery parsed;
  parsed.text = std::string(cut_words(text, kMaxQueryWords, parsed.cut));
  const std::string& t = parsed.text;

  for (const Piece& piece : split_pieces(t)) {
    const std::string_view part = std::string_view(t).substr(piece.begin, piece.end - piece.begin);
    auto tokens = analyzer.tokenize(part);
    switch (piece.type) {
      case Piece::Type::kPhrase: {
        std::vector<Xapian::Query> words;
        for (const auto& tok : tokens) {
          if (!tok.stop) {
            words.emplace_back(tok.word);
            parsed.keys.words.insert(tok.word);
          }
        }
        if (words.size() == 1) {
          parsed.phrases.push_back(words[0]);
        } else if (!words.empty()) {
          // Stop words were not indexed: allow a gap of one or two of them between words.
          parsed.phrases.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                                      static_cast<Xapian::termcount>(words.size() * 2));
        }
        break;
      }
      case Piece::Type::kExcluded:
        for (const auto& tok : tokens) {
          parsed.excluded.emplace_back(tok.word);
          parsed.excluded.emplace_back(with(schema::kPrefixStem, tok.stem_fr));
          parsed.excluded.emplace_back(with(schema::kPrefixStem, tok.stem_nl));
        }
        break;
      case Piece::Type::kWildcard:
        if (tokens.size() == 1 && tokens[0].word.size() >= kMinWildcardPrefix) {
          parsed.wildcards.emplace_back(Xapian::Query::OP_WILDCARD, tokens[0].word,
                                        kMaxWildcardExpansion,
                                        Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
          parsed.keys.words.insert(tokens[0].word);
          break;
        }
        [[fallthrough]];
      case Piece::Type::kPlain: {
        const auto hits =
            use_lexicon ? analyzer.find_concepts(tokens) : std::vector<indexer::ConceptHit>{};
        for (std::size_t i = 0; i < tokens.size(); ++i) {
          const auto& tok = tokens[i];
          if (tok.stop) {
            continue;
          }
          // The stems in both languages: a document holds the stem of each of its words in
          // the language of its sentence, so the word itself would only add postings to merge.
          std::vector<Xapian::Query> variants{
              Xapian::Query(with(schema::kPrefixStem, tok.stem_fr))};
          if (tok.stem_nl != tok.stem_fr) {
            variants.emplace_back(with(schema::kPrefixStem, tok.stem_nl));
          }
          Xapian::Query group(Xapian::Query::OP_SYNONYM, variants.begin(), variants.end());
          // Each concept once, though two of its patterns may cover the word.
          std::vector<Xapian::Query> concepts;
          std::set<std::string> seen;
          for (const auto& hit : hits) {
            if (hit.first <= i && i <= hit.last) {
              const std::string& id = analyzer.concepts()[hit.concept_index].id;
              if (seen.insert(id).second) {
                concepts.emplace_back(with(schema::kPrefixConcept, id));
              }
              parsed.keys.concepts.insert(id);
            }
          }
          if (!concepts.empty()) {
            concepts.insert(concepts.begin(), group);
            group = Xapian::Query(Xapian::Query::OP_OR, concepts.begin(), concepts.end());
          }
          parsed.groups.push_back(group);
          parsed.keys.words.insert(tok.word);
          parsed.keys.stems.insert(tok.stem_fr);
          parsed.keys.stems.insert(tok.stem_nl);
          const bool in_concept = std::any_of(
              hits.begin(), hits.end(), [&](const auto& h) { return h.first <= i && i <= h.last; });
          parsed.words.push_back({tok.word, tok.stem_fr, tok.stem_nl, piece.begin + tok.begin,
                                  piece.begin + tok.end, in_concept});
        }
        break;
      }
    }
  }
  return parsed;
}

Xapian::Query to_xapian(const ParsedQuery& parsed, bool require_all, int elite_terms) {
  if (parsed.empty()) {
    Xapian::Query all = match_all();
    if (!parsed.excluded.empty()) {
      all = Xapian::Query(
          Xapian::Query::OP_AND_NOT, all,
          Xapian::Query(Xapian::Query::OP_OR, parsed.excluded.begin(), parsed.excluded.end()));
    }
    return all;
  }
  std::vector<Xapian::Query> optional = parsed.groups;
  optional.insert(optional.end(), parsed.wildcards.begin(), parsed.wildcards.end());
  Xapian::Query q;
  if (!optional.empty()) {
    // The elite set picks among the terms of the groups (Xapian flattens the ORs under it),
    // so it applies to a text of few words as well: they can hold more terms than that.
    if (!require_all && elite_terms > 0) {
      q = Xapian::Query(Xapian::Query::OP_ELITE_SET, optional.begin(), optional.end(),
                        static_cast<Xapian::termcount>(elite_terms));
    } else {
      q = Xapian::Query(require_all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR,
                        optional.begin(), optional.end());
    }
  }
  for (const auto& phrase : parsed.phrases) {
    q = q.empty() ? phrase : Xapian::Query(Xapian::Query::OP_AND, q, phrase);
  }
  if (!parsed.excluded.empty()) {
    q = Xapian::Query(
        Xapian::Query::OP_AND_NOT, q,
        Xapian::Query(Xapian::Query::OP_OR, parsed.excluded.begin(), parsed.excluded.end()));
  }
  return q;
}

}  // namespace orienta::search
