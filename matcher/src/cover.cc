// The covering set: a greedy cover of the needs, then more services for the main request.
#include "cover.h"

#include <algorithm>
#include <set>
#include <string>

namespace orienta::matcher {
namespace {

bool serves(const Candidate* c, const std::string& theme) {
  return std::find(c->covers.begin(), c->covers.end(), theme) != c->covers.end();
}

}  // namespace

std::vector<Candidate*> choose_cover(const std::vector<Candidate*>& ranked,
                                     const std::vector<Need>& needs, int limit,
                                     double per_extra_need) {
  std::set<std::string> uncovered;
  for (const auto& n : needs) {
    uncovered.insert(n.theme);
  }
  std::vector<Candidate*> chosen;
  std::set<std::string> taken;
  auto full = [&] { return static_cast<int>(chosen.size()) >= limit; };
  while (!uncovered.empty() && !full()) {
    Candidate* best = nullptr;
    double best_value = -1.0;
    for (Candidate* c : ranked) {
      if (taken.count(c->id) > 0) {
        continue;
      }
      const auto n = std::count_if(c->covers.begin(), c->covers.end(),
                                   [&](const std::string& t) { return uncovered.count(t) > 0; });
      if (n == 0) {
        continue;
      }
      const double value = c->score + per_extra_need * static_cast<double>(n - 1);
      if (value > best_value) {
        best_value = value;
        best = c;
      }
    }
    if (best == nullptr) {
      break;  // no service for the remaining needs
    }
    chosen.push_back(best);
    taken.insert(best->id);
    for (const auto& t : best->covers) {
      uncovered.erase(t);
    }
  }
  const std::size_t covering = chosen.size();
  // Then more choice for the main request first, near the patient before the rest.
  for (const bool near_only : {true, false}) {
    for (const auto& n : needs) {
      for (Candidate* c : ranked) {
        if (full()) {
          break;
        }
        const bool near =
            c->proximity == Proximity::kSameBassin || c->proximity == Proximity::kRegional;
        if (taken.count(c->id) == 0 && (near || !near_only) && serves(c, n.theme)) {
          chosen.push_back(c);
          taken.insert(c->id);
        }
      }
    }
  }
  // The first service of each need shown in the needs' order, the main request's first.
  auto first_need = [&](const Candidate* c) {
    return std::find_if(needs.begin(), needs.end(),
                        [&](const Need& n) { return serves(c, n.theme); }) -
           needs.begin();
  };
  std::stable_sort(
      chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(covering),
      [&](const Candidate* a, const Candidate* b) { return first_need(a) < first_need(b); });
  return chosen;
}

}  // namespace orienta::matcher
