// Need detection: lexicon evidence (denials and the caller's presentation left out), the need
// classifier, and the vote of similar past answers.
#include "needs.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace orienta::matcher {
namespace {

constexpr double kMainThemeWeight = 1.0;
constexpr double kOtherThemeWeight = 0.5;
constexpr double kRepeatWeight = 0.25;
constexpr double kEvidenceCap = 1.0;
// The content words of a text that tells enough for a need to be guessed (NeedWeights::fallback).
constexpr long kMinToldWords = 6;
// Words that make their sentence the request ("Qui peut ... ?", "cherche", "zoekt").
const std::set<std::string, std::less<>> kAsking = {
    "cherche", "cherchent", "recherche", "demande", "souhaite", "voudrait", "besoin",  "zoekt",
    "zoeken",  "vraagt",    "vraag",     "nodig",   "wil",      "graag",    "looking", "need",
    "needs",   "asks",      "wants",     "peut",    "kan",      "comment",  "hoe",     "qui",
    "wie",     "ou",        "waar",      "quel",    "quelle",   "welke"};

}  // namespace

Evidence read_evidence(std::string_view text, const indexer::Analyzer& analyzer,
                       const indexer::AnalysedText& a) {
  Evidence ev;
  std::map<std::string, int> seen;  // concept -> times
  for (const auto& h : a.hits) {
    if (a.negated[h.first] || a.caller[h.first]) {
      continue;
    }
    const auto& lex = analyzer.concepts()[h.concept_index];
    if (lex.id.rfind("langue-", 0) == 0) {
      ev.spoken.push_back(lex.id);
    }
    const int times = seen[lex.id]++;
    const std::size_t begin = a.tokens[h.first].begin;
    const std::size_t end = a.tokens[h.last].end;
    const TextSpan span{std::string(text.substr(begin, end - begin)), begin, end};
    for (std::size_t i = 0; i < lex.themes.size(); ++i) {
      const std::string& theme = lex.themes[i];
      ev.score[theme] +=
          (i == 0 ? kMainThemeWeight : kOtherThemeWeight) * (times == 0 ? 1.0 : kRepeatWeight);
      auto& spans = ev.spans[theme];
      if (std::none_of(spans.begin(), spans.end(),
                       [&](const TextSpan& s) { return s.text == span.text; })) {
        spans.push_back(span);
      }
      if (ev.first_pos.count(theme) == 0) {
        ev.first_pos[theme] = h.first;
      }
    }
  }
  return ev;
}

std::vector<bool> asking_tokens(std::string_view text, const indexer::AnalysedText& a) {
  const auto& t = a.tokens;
  std::vector<bool> out(t.size(), false);
  std::size_t start = 0;  // the sentence's first token
  bool asking = false;
  auto close = [&](std::size_t end) {
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(start),
              out.begin() + static_cast<std::ptrdiff_t>(end), asking);
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && text.substr(t[i - 1].end, t[i].begin - t[i - 1].end).find_first_of(".!?;\n") !=
                     std::string_view::npos) {
      close(i);
      start = i;
      asking = false;
    }
    const std::size_t next_begin = i + 1 < t.size() ? t[i + 1].begin : text.size();
    asking = asking ||
             text.substr(t[i].end, next_begin - t[i].end).find('?') != std::string_view::npos ||
             (kAsking.count(t[i].word) > 0 && !a.negated[i]);
  }
  close(t.size());
  return out;
}

std::vector<std::string> evident_themes(const Evidence& evidence) {
  std::vector<std::string> out;
  for (const auto& [theme, score] : evidence.score) {
    if (score >= kMainThemeWeight) {
      out.push_back(theme);
    }
  }
  return out;
}

std::vector<Need> decide_needs(std::string_view text, const indexer::AnalysedText& a,
                               const Evidence& ev, const std::vector<indexer::ThemeScore>& scores,
                               const std::map<std::string, double>& votes, const NeedWeights& w) {
  struct Candidate {
    Need need;
    std::size_t first = 0;  // token of its first evidence
    double main = 0.0;      // the classifier's probability that it is the main request
  };
  std::vector<Candidate> found;
  auto vote_of = [&](const std::string& theme) {
    const auto v = votes.find(theme);
    return v == votes.end() ? 0.0 : v->second;
  };
  auto evidence_of = [&](const std::string& theme) {
    const auto e = ev.score.find(theme);
    return e == ev.score.end() ? 0.0 : e->second;
  };
  auto add = [&](const std::string& theme, double confidence, const indexer::ThemeScore* score) {
    Candidate c;
    c.need.theme = theme;
    c.need.confidence = std::round(std::min(1.0, confidence) * 100.0) / 100.0;
    if (const auto s = ev.spans.find(theme); s != ev.spans.end()) {
      c.need.spans = s->second;
      c.first = ev.first_pos.at(theme);
    } else if (score != nullptr && !score->tokens.empty()) {
      c.first = *std::min_element(score->tokens.begin(), score->tokens.end());
      for (const std::size_t k : score->tokens) {
        const auto& t = a.tokens[k];
        c.need.spans.push_back(
            {std::string(text.substr(t.begin, t.end - t.begin)), t.begin, t.end});
      }
    } else {
      c.first = a.tokens.size();
    }
    for (const auto& s : c.need.spans) {
      c.need.evidence.push_back(s.text);
    }
    c.main = score != nullptr ? score->main_probability : 0.0;
    found.push_back(std::move(c));
  };
  // A theme the classifier models is a need on its probability, its evidence and the vote;
  // one it does not (no classifier, or too few examples of the theme) on the rules alone.
  std::set<std::string> modelled;
  for (const auto& s : scores) {
    if (!s.modelled) {
      continue;
    }
    modelled.insert(s.theme);
    const double combined =
        s.probability + w.evidence * std::min(evidence_of(s.theme), kEvidenceCap) / kEvidenceCap +
        w.vote * vote_of(s.theme);
    if (combined >= w.threshold) {
      add(s.theme, combined, &s);
    }
  }
  // A situation that tells something has a need: with none above the threshold, the likeliest
  // one when it reaches `fallback`. A few words ("vraag over een patiënt") tell nothing.
  const auto content = std::count_if(a.tokens.begin(), a.tokens.end(),
                                     [](const indexer::Token& t) { return !t.stop; });
  if (found.empty() && !scores.empty() && content >= kMinToldWords) {
    const indexer::ThemeScore* best = nullptr;
    double best_score = w.fallback;
    for (const auto& s : scores) {
      const double combined = s.probability + w.vote * vote_of(s.theme);
      if (s.modelled && combined >= best_score) {
        best = &s;
        best_score = combined;
      }
    }
    if (best != nullptr) {
      add(best->theme, best_score, best);
    }
  }
  for (const auto& [theme, score] : ev.score) {
    const double vote = vote_of(theme);
    if (modelled.count(theme) == 0 &&
        (score >= w.min_evidence || (score >= w.min_confirmed_evidence && vote >= w.min_vote))) {
      add(theme, 1.0 - std::exp(-(score + vote)), nullptr);
    }
  }
  // Main request first: by the classifier's probability that the theme is the main request
  // plus the need's own confidence; a sentence that asks ("?", "cherche", "zoekt") breaks ties.
  const std::vector<bool> asking = asking_tokens(text, a);
  auto asks = [&](const Candidate& c) { return c.first < asking.size() && asking[c.first]; };
  std::stable_sort(found.begin(), found.end(), [&](const Candidate& x, const Candidate& y) {
    const double n = std::max<double>(1.0, static_cast<double>(a.tokens.size()));
    const double sx = x.main + x.need.confidence - w.position * static_cast<double>(x.first) / n;
    const double sy = y.main + y.need.confidence - w.position * static_cast<double>(y.first) / n;
    if (sx != sy) {
      return sx > sy;
    }
    if (asks(x) != asks(y)) {
      return asks(x);
    }
    return x.first < y.first;
  });
  std::vector<Need> out;
  for (auto& c : found) {
    out.push_back(std::move(c.need));
  }
  return out;
}

}  // namespace orienta::matcher
