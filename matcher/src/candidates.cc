// Candidates: one search per need over the services of its theme, near the patient first.
#include "candidates.h"

#include <algorithm>
#include <map>

namespace orienta::matcher {
namespace {

constexpr int kCandidatesPerNeed = 30;
constexpr int kEnoughLocal = 15;

}  // namespace

Result<std::vector<Candidate>> retrieve_candidates(const search::Searcher& searcher,
                                                   const std::vector<Need>& needs,
                                                   const std::string& bassin) {
  std::map<std::string, Candidate> candidates;
  for (const auto& need : needs) {
    search::Query q;
    for (const auto& w : need.evidence) {
      q.text += w + " ";
    }
    q.kinds = {"service"};
    q.themes = {need.theme};
    q.size = kCandidatesPerNeed;
    q.facets = false;
    q.snippets = false;
    q.count_limit = 0;
    q.records = false;  // ranking needs only the value slots; records are read for the chosen
    // Services of the patient's bassin (and region-wide ones) first, then the rest of the
    // region: proximity is a boost, never a filter.
    std::vector<search::Hit> hits;
    for (const bool local : {true, false}) {
      if (local && bassin.empty()) {
        continue;
      }
      if (!local && hits.size() >= static_cast<std::size_t>(kEnoughLocal)) {
        break;  // enough near the patient: the rest of the region would rank below them
      }
      search::Query qq = q;
      if (local) {
        qq.bassins = {bassin};
      }
      auto found = searcher.search(qq);
      if (!found.ok()) {
        return found.status();
      }
      if (found->hits.empty()) {
        qq.text.clear();  // no service uses those words: every service of the theme
        found = searcher.search(qq);
        if (!found.ok()) {
          return found.status();
        }
      }
      hits.insert(hits.end(), found->hits.begin(), found->hits.end());
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
