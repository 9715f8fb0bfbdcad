// Candidates: one search per need over the services of its theme, near the patient first.
#include "candidates.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "needs.h"

namespace orienta::matcher {
namespace {

constexpr int kCandidatesPerNeed = 30;
constexpr int kEnoughLocal = 15;
constexpr int kRankingTerms = 24;

}  // namespace

std::string situation_words(std::string_view text, const indexer::AnalysedText& analysed,
                            const std::unordered_set<std::string>& case_words) {
  const auto& tokens = analysed.tokens;
  const std::vector<bool> asking = asking_tokens(text, analysed);
  std::string out;
  std::map<std::string, int> used;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.stop || analysed.negated[i] || analysed.caller[i] || t.word.size() < 3 ||
        std::isdigit(static_cast<unsigned char>(t.word[0])) || case_words.count(t.word) != 0) {
      continue;
    }
    for (int times = asking[i] ? 2 : 1; times > 0 && used[t.word] < 2; --times) {
      ++used[t.word];
      out += t.word;
      out += ' ';
    }
  }
  return out;
}

Result<std::vector<Candidate>> retrieve_candidates(
    const search::Searcher& searcher, const std::vector<Need>& needs, const std::string& bassin,
    const search::Person& person, const std::string& words, const std::string& extra) {
  std::map<std::string, Candidate> candidates;
  for (const auto& need : needs) {
    search::Query q;
    for (const auto& w : need.evidence) {
      q.text += w + " ";
    }
    // The main request's services by the situation's words too (its other needs' by their
    // own words: a search of many words costs, and the side needs get one service each).
    if (&need == &needs.front()) {
      q.text += words;
    }
    q.text += extra;
    q.kinds = {"service"};
    q.themes = {need.theme};
    q.size = kCandidatesPerNeed;
    q.facets = false;
    q.snippets = false;
    q.count_limit = 0;
    q.records = false;  // ranking needs only the value slots; records are read for the chosen
    q.person = person;
    // The theme filters; the words only rank: any of them may match (Xapian's elite set, an
    // OR), where a short text would otherwise require them all.
    q.elite_terms = kRankingTerms;
    // Services of the patient's bassin (and region-wide ones) first, then the rest of the
    // region: proximity is a boost, never a filter.
    std::vector<search::Hit> hits;
    // Near the patient first, then the rest of the region; by the need's words, then, while
    // fewer than kEnoughLocal were found, by the theme alone (their text score is 0).
    for (const bool by_words : {true, false}) {
      for (const bool local : {true, false}) {
        if ((local && bassin.empty()) || hits.size() >= static_cast<std::size_t>(kEnoughLocal)) {
          continue;
        }
        search::Query qq = q;
        if (local) {
          qq.bassins = {bassin};
        }
        if (!by_words) {
          qq.text.clear();
          qq.elite_terms = 0;
        }
        auto found = searcher.search(qq);
        if (!found.ok()) {
          return found.status();
        }
        for (auto& h : found->hits) {
          if (!by_words) {
            h.score = 0.0;
          }
          hits.push_back(std::move(h));
        }
      }
    }
    for (const auto& hit : hits) {
      auto [it, fresh] = candidates.try_emplace(hit.id);
      Candidate& c = it->second;
      if (fresh) {
        c.id = hit.id;
        c.themes = hit.themes;
        c.bassins = hit.bassins;
        c.languages = hit.spoken;
        c.age_min = hit.age_min;
        c.age_max = hit.age_max;
        c.updated = hit.date;
        c.audiences = hit.audiences;
        c.conditions = hit.conditions;
        c.offers = hit.offers;
        c.areas = hit.areas;
        c.requirements = hit.requirements;
      }
      c.text = std::max(c.text, hit.score);
    }
  }
  std::vector<Candidate> out;
  out.reserve(candidates.size());
  for (auto& [id, c] : candidates) {
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace orienta::matcher
