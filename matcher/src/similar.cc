// Similar past answers and related dossiers.
#include "similar.h"

#include <algorithm>
#include <rapidjson/document.h>
#include <set>
#include <sstream>

#include "orienta/corpus.h"

namespace orienta::matcher {
namespace {

// Similar answers and related dossiers are searched with the situation's most telling terms
// only (Xapian's elite set): its common words would add thousands of documents to score for
// no better ranking.
constexpr int kAnswerTerms = 12;
constexpr int kDossierTerms = 8;
constexpr int kSimilarAnswers = 10;
// What sharing one of the situation's needs adds to a past answer's text weight: about what
// one more of its telling words would (BM25 weighs a rare word 2 to 3); docs/relevance.md.
constexpr double kSharedNeedBoost = 3.0;
constexpr int kRelatedShown = 3;

}  // namespace

Result<SimilarAnswers> similar_answers(const search::Searcher& searcher, std::string_view words,
                                       const std::vector<std::string>& boost_themes) {
  search::Query q;
  q.text = std::string(words);
  q.kinds = {"answer"};
  q.size = kSimilarAnswers;
  q.facets = false;
  q.count_limit = 0;
  q.elite_terms = kAnswerTerms;
  q.max_snippets = kRelatedShown;
  q.boost_themes = boost_themes;
  q.theme_boost = kSharedNeedBoost;
  auto answers = searcher.search(q);
  if (!answers.ok()) {
    return answers.status();
  }
  SimilarAnswers out;
  double total = 0.0;
  for (const auto& hit : answers->hits) {
    for (const auto& theme : hit.themes) {
      out.votes[theme] += hit.score;
    }
    total += hit.score;
    rapidjson::Document d;
    d.Parse(hit.data.c_str());
    if (d.IsObject() && d.HasMember("referred") && d["referred"].IsArray()) {
      for (const auto& id : d["referred"].GetArray()) {
        if (id.IsString()) {
          ++out.referred[id.GetString()];
        }
      }
    }
    out.answers.push_back({{hit.id, hit.title, hit.snippet}, hit.themes});
  }
  for (auto& [theme, v] : out.votes) {
    v = total > 0 ? v / total : 0.0;
  }
  return out;
}

std::vector<RelatedDocument> shown_answers(const SimilarAnswers& similar,
                                           const std::vector<Need>& needs) {
  auto words_of = [](const std::string& title) {
    std::set<std::string> words;
    std::istringstream in(corpus::fold(title));
    for (std::string w; in >> w;) {
      words.insert(w);
    }
    return words;
  };
  std::vector<RelatedDocument> out;
  std::vector<std::set<std::string>> shown_words;
  for (const auto& answer : similar.answers) {
    const RelatedDocument& doc = answer.first;  // a lambda may not capture a structured binding
    const std::vector<std::string>& themes = answer.second;
    if (out.size() >= static_cast<std::size_t>(kRelatedShown)) {
      break;
    }
    const bool shares = std::any_of(needs.begin(), needs.end(), [&](const Need& n) {
      return std::find(themes.begin(), themes.end(), n.theme) != themes.end();
    });
    if (!shares) {
      continue;
    }
    auto words = words_of(doc.title);
    const bool copy = std::any_of(shown_words.begin(), shown_words.end(), [&](const auto& seen) {
      std::size_t same = 0;
      for (const auto& w : words) {
        same += seen.count(w);
      }
      return 5 * same >= 4 * std::max(words.size(), seen.size());
    });
    if (!copy) {
      out.push_back(doc);
      shown_words.push_back(std::move(words));
    }
  }
  return out;
}

std::vector<RelatedDocument> related_dossiers(const search::Searcher& searcher,
                                              std::string_view words,
                                              const std::vector<Need>& needs) {
  std::vector<RelatedDocument> out;
  if (needs.empty()) {
    return out;
  }
  // The themes and the telling terms keep the search short.
  search::Query q;
  q.kinds = {"dossier"};
  q.elite_terms = kDossierTerms;
  for (const auto& n : needs) {
    q.themes.push_back(n.theme);
  }
  q.text = std::string(words);
  q.size = kRelatedShown;
  q.facets = false;
  q.snippets = false;
  q.count_limit = 0;
  auto dossiers = searcher.search(q);
  if (dossiers.ok()) {
    for (const auto& h : dossiers->hits) {
      out.push_back({h.id, h.title, ""});
    }
  }
  return out;
}

}  // namespace orienta::matcher
