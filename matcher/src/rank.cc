// Ranking: a weighted blend of need coverage, proximity, text, language, past referrals and
// freshness, with a penalty outside a service's age limits.
#include "rank.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace orienta::matcher {

Proximity proximity_of(const std::vector<std::string>& area, const ResolvedLocation& loc,
                       const corpus::Geography& geography) {
  if (area.size() == 1 && area[0] == "region") {
    return Proximity::kRegional;
  }
  if (loc.bassin.empty()) {
    return Proximity::kOtherBassin;
  }
  if (std::find(area.begin(), area.end(), loc.bassin) != area.end()) {
    return Proximity::kSameBassin;
  }
  for (const auto& b : area) {
    if (geography.adjacent(b, loc.bassin) || b == loc.second_bassin) {
      return Proximity::kAdjacentBassin;
    }
  }
  return Proximity::kOtherBassin;
}

std::optional<int> months_between(const std::string& date, const std::string& as_of) {
  auto year_month = [](const std::string& d) -> std::optional<int> {
    int y = 0;
    int m = 0;
    if (d.size() < 7 || d[4] != '-' ||
        std::from_chars(d.data(), d.data() + 4, y).ptr != d.data() + 4 ||
        std::from_chars(d.data() + 5, d.data() + 7, m).ptr != d.data() + 7 || m < 1 || m > 12) {
      return std::nullopt;
    }
    return y * 12 + m - 1;
  };
  const auto from = year_month(date);
  const auto to = year_month(as_of);
  if (!from || !to) {
    return std::nullopt;
  }
  return *to - *from;
}

namespace {

bool named(const std::string& code, const PatientFacts& p) {
  return std::find(p.groups.begin(), p.groups.end(), code) != p.groups.end();
}

// Whether the patient's facts show them in audience `a` (women or men alone: their sex), or
// the text names them by it.
bool facts_show(const std::string& a, const PatientFacts& p) {
  auto age_in = [&](int lo, int hi) { return p.age && *p.age >= lo && *p.age <= hi; };
  return named(a, p) || (a == "victims_of_violence" && p.victim_of_violence) ||
         (a == "authors_of_violence" && p.author_of_violence) || (a == "women" && p.sex == "f") ||
         (a == "men" && p.sex == "m") || (a == "pregnant" && p.pregnant) ||
         (a == "homeless" && p.homeless) || (a == "undocumented" && p.no_legal_residence) ||
         (a == "children" && age_in(0, 11)) || (a == "adolescents" && age_in(12, 17)) ||
         (a == "young_adults" && age_in(18, 25)) || (a == "older_people" && age_in(60, 150));
}

bool is_sex(const std::string& a) { return a == "women" || a == "men"; }

// An interpreter must speak the patient's language: one that does not, when the text names
// it, does not cover the interpreting need.
constexpr std::string_view kInterpreting = "interpreting";

// Whether every audience of `c` but the sexes is one no need shows (an empty shown_by).
bool only_named(const Candidate& c, const corpus::ReferenceData& ref) {
  bool any = false;
  for (const auto& code : c.audiences) {
    if (is_sex(code)) {
      continue;
    }
    const corpus::Audience* a = ref.audience(code);
    if (a == nullptr || !a->shown_by.empty()) {
      return false;
    }
    any = true;
  }
  return any;
}

}  // namespace

std::string target_of(const Candidate& c, const PatientFacts& p, const std::string& area) {
  if (!area.empty() && std::find(c.areas.begin(), c.areas.end(), area) != c.areas.end()) {
    return "commune";
  }
  // Women or men only restrict the sex: being a woman makes a women's service no better a fit.
  for (const auto& a : c.audiences) {
    if (!is_sex(a) && facts_show(a, p)) {
      return a;
    }
  }
  for (const auto& code : c.conditions) {
    if (named(code, p)) {
      return code;
    }
  }
  return "";
}

bool condition_shown(const Candidate& c, const PatientFacts& p, const std::vector<Need>& needs,
                     const corpus::ReferenceData& ref) {
  return c.conditions.empty() ||
         std::any_of(c.conditions.begin(), c.conditions.end(), [&](const std::string& code) {
           const corpus::Audience* a = ref.condition(code);
           return named(code, p) ||
                  (a != nullptr && std::any_of(needs.begin(), needs.end(), [&](const Need& n) {
                     return std::find(a->shown_by.begin(), a->shown_by.end(), n.theme) !=
                            a->shown_by.end();
                   }));
         });
}

bool audience_shown(const Candidate& c, const PatientFacts& p, const std::vector<Need>& needs,
                    const corpus::ReferenceData& ref) {
  if (c.audiences.empty()) {
    return true;
  }
  const bool sex_only = std::all_of(c.audiences.begin(), c.audiences.end(), is_sex);
  return std::any_of(c.audiences.begin(), c.audiences.end(), [&](const std::string& code) {
    if (!sex_only && is_sex(code)) {
      return false;
    }
    if (facts_show(code, p) || (code == "professionals" && corpus::booked_for_others(c.offers))) {
      return true;
    }
    const corpus::Audience* a = ref.audience(code);
    return a != nullptr && std::any_of(needs.begin(), needs.end(), [&](const Need& n) {
             return std::find(a->shown_by.begin(), a->shown_by.end(), n.theme) != a->shown_by.end();
           });
  });
}

std::vector<Candidate*> rank_candidates(std::vector<Candidate>& candidates, const RankContext& ctx,
                                        const RankWeights& w) {
  const auto& needs = *ctx.needs;
  double need_weight_total = 0.0;
  for (const auto& n : needs) {
    need_weight_total += n.confidence;
  }
  std::vector<Candidate*> pool;
  for (auto& c : candidates) {
    c.speaks = std::any_of(ctx.spoken->begin(), ctx.spoken->end(), [&](const std::string& code) {
      return std::find(c.languages.begin(), c.languages.end(), code) != c.languages.end();
    });
  }
  // When no interpreter found speaks the language, any of them covers the need: the
  // responder asks them, rather than being offered none.
  const bool interpreter_speaks =
      std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.speaks &&
               std::find(c.themes.begin(), c.themes.end(), kInterpreting) != c.themes.end();
      });
  for (auto& c : candidates) {
    if (c.themes.empty()) {
      continue;
    }
    double covered = 0.0;
    c.covers.clear();
    for (const auto& n : needs) {
      if (n.theme == kInterpreting && !ctx.spoken->empty() && !c.speaks && interpreter_speaks) {
        continue;
      }
      if (std::find(c.themes.begin(), c.themes.end(), n.theme) != c.themes.end()) {
        c.covers.push_back(n.theme);
        covered += n.confidence * (c.themes.front() == n.theme ? 1.0 : w.secondary_theme);
      }
    }
    c.proximity = proximity_of(c.bassins, *ctx.location, *ctx.geography);
    const double proximity = c.proximity == Proximity::kSameBassin       ? w.same_bassin
                             : c.proximity == Proximity::kRegional       ? w.regional
                             : c.proximity == Proximity::kAdjacentBassin ? w.adjacent_bassin
                                                                         : w.other_bassin;
    const double language = ctx.spoken->empty() ? 0.5 : (c.speaks ? 1.0 : 0.0);
    const auto past = ctx.referred->find(c.id);
    c.past = past == ctx.referred->end() ? 0 : past->second;
    const auto age_months = months_between(c.updated, ctx.as_of);
    const double fresh = age_months && *age_months <= w.fresh_months ? 1.0 : 0.0;
    c.score = w.needs * (need_weight_total > 0 ? covered / need_weight_total : 0.0) +
              w.proximity * proximity + (w.text + (ctx.urgent ? w.urgent_text : 0.0)) * c.text +
              w.language * language + w.past * std::min(1.0, c.past / 2.0) + w.fresh * fresh;
    c.targets = target_of(c, *ctx.patient, ctx.location->area);
    // A condition the text names lifts its restriction (and the reason says it), but makes
    // the service no better a fit than one open to every condition.
    if (!c.targets.empty() && ctx.reference->condition(c.targets) == nullptr) {
      c.score += w.target;
    }
    if (!audience_shown(c, *ctx.patient, needs, *ctx.reference)) {
      // A shelter for the homeless, for a patient not shown so; twice for audiences that only
      // the person's facts or words can show (no need does: authors of violence, Roma).
      c.score -= w.unshown_audience * (only_named(c, *ctx.reference) ? 2.0 : 1.0);
    }
    if (!condition_shown(c, *ctx.patient, needs, *ctx.reference)) {
      c.score -= w.unshown_condition;  // a Parkinson nurse, for a patient not said to have it
    }
    c.offer.clear();
    if (ctx.offers != nullptr) {
      const auto& asked = ctx.offers->asked;
      const auto& placed = ctx.offers->in_place;
      const auto it = std::find_if(c.offers.begin(), c.offers.end(), [&](const std::string& o) {
        return std::find(asked.begin(), asked.end(), o) != asked.end();
      });
      if (it != c.offers.end()) {
        c.offer = *it;
        c.score += w.offer_asked;
      } else if (!c.offers.empty() &&
                 std::find(placed.begin(), placed.end(), c.offers.front()) != placed.end()) {
        c.score -= w.offer_in_place;  // "l'infirmière passe déjà": not another nursing service
      }
    }
    // Only for the people it already follows: the caller's patient seldom is one of them.
    if (std::find(c.requirements.begin(), c.requirements.end(), "followed_here") !=
        c.requirements.end()) {
      c.score -= w.unshown_audience;
    }
    // Age limits already filter the candidates; this guards a caller that gives no person.
    if (ctx.patient->age) {
      const bool too_young = c.age_min && *ctx.patient->age < *c.age_min;
      const bool too_old = c.age_max && *ctx.patient->age > *c.age_max;
      if (too_young || too_old) {
        c.score *= w.age_penalty;
      }
    }
    c.score = std::round(c.score * 1000.0) / 1000.0;
    if (!c.covers.empty()) {
      pool.push_back(&c);
    }
  }
  std::sort(pool.begin(), pool.end(), [](const Candidate* a, const Candidate* b) {
    return a->score != b->score ? a->score > b->score : a->id < b->id;
  });
  return pool;
}

}  // namespace orienta::matcher
