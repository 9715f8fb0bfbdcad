// Need detection: lexicon evidence with negation, and the vote of similar past answers.
#include "needs.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace orienta::matcher {
namespace {

// Words that deny what follows them within a few words of the same clause.
const std::set<std::string, std::less<>> kNegations = {"pas",  "aucun", "aucune", "jamais", "ni",
                                                       "geen", "niet",  "nooit",  "noch",   "non"};
constexpr std::size_t kNegationReach = 4;
constexpr double kMainThemeWeight = 1.0;
constexpr double kOtherThemeWeight = 0.5;
constexpr double kRepeatWeight = 0.25;
constexpr double kVoteWeight = 0.6;
// A need is declared on evidence of at least one main-theme expression, or weaker evidence
// that similar past answers confirm.
constexpr double kMinEvidence = 1.0;
constexpr double kMinConfirmedEvidence = 0.5;
constexpr double kMinVote = 0.4;

// Sentences that say who is calling ("Je suis psychologue", "Ik ben kinesitherapeut")
// describe the caller, not a need of the patient: their evidence counts this much.
constexpr double kCallerWeight = 0.3;

// The byte ranges of `text` that present the caller: the sentences that start with "je suis",
// "je travaille", "ik ben", "ik werk".
std::vector<std::pair<std::size_t, std::size_t>> caller_spans(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  const std::string folded = corpus::fold(text);
  for (const char* intro : {"je suis ", "je travaille ", "ik ben ", "ik werk "}) {
    for (std::size_t p = folded.find(intro); p != std::string::npos;
         p = folded.find(intro, p + 1)) {
      const bool starts =
          p == 0 || folded.find_last_not_of(" ", p - 1) == std::string::npos ||
          std::string_view(".!?,").find(folded[folded.find_last_not_of(" ", p - 1)]) !=
              std::string_view::npos;
      if (!starts) {
        continue;
      }
      std::size_t end = folded.find_first_of(".!?", p);
      spans.emplace_back(p, end == std::string::npos ? folded.size() : end);
    }
  }
  return spans;
}

bool clause_break(std::string_view between) {
  return between.find_first_of(".;!?\n,:") != std::string_view::npos;
}

}  // namespace

Evidence read_evidence(std::string_view text, const indexer::Analyzer& analyzer) {
  Evidence ev;
  const auto tokens = analyzer.tokenize(text);
  for (const auto& t : tokens) {
    ev.content_words += t.stop ? 0 : 1;
  }
  auto hits = analyzer.find_concepts(tokens);
  // Keep the longest expression where expressions overlap ("soins palliatifs à domicile"
  // rather than "domicile" inside it).
  std::vector<indexer::ConceptHit> kept;
  for (const auto& h : hits) {
    const bool inside = std::any_of(hits.begin(), hits.end(), [&](const indexer::ConceptHit& o) {
      return (o.first <= h.first && h.last <= o.last) && (o.last - o.first > h.last - h.first);
    });
    if (!inside) {
      kept.push_back(h);
    }
  }
  // Offsets in the folded text are those of the raw text only when folding kept the length.
  const auto callers = corpus::fold(text).size() == text.size()
                           ? caller_spans(text)
                           : std::vector<std::pair<std::size_t, std::size_t>>{};
  auto in_caller = [&](std::size_t pos) {
    return std::any_of(callers.begin(), callers.end(),
                       [&](const auto& span) { return span.first <= pos && pos < span.second; });
  };
  std::map<std::string, int> seen;  // concept -> times
  for (const auto& h : kept) {
    // Negated: a negation word shortly before, in the same clause.
    bool negated = false;
    for (std::size_t back = 1; back <= kNegationReach && back <= h.first; ++back) {
      const auto& prev = tokens[h.first - back];
      const auto& next = tokens[h.first - back + 1];
      if (clause_break(text.substr(prev.end, next.begin - prev.end))) {
        break;
      }
      if (kNegations.count(prev.word) > 0) {
        negated = true;
        break;
      }
    }
    if (negated) {
      continue;
    }
    const auto& lex = analyzer.concepts()[h.concept_index];
    if (lex.id.rfind("langue-", 0) == 0) {
      ev.spoken.push_back(lex.id);
    }
    const int times = seen[lex.id]++;
    const std::string written(
        text.substr(tokens[h.first].begin, tokens[h.last].end - tokens[h.first].begin));
    for (std::size_t i = 0; i < lex.themes.size(); ++i) {
      const std::string& theme = lex.themes[i];
      const double w = (i == 0 ? kMainThemeWeight : kOtherThemeWeight) *
                       (times == 0 ? 1.0 : kRepeatWeight) *
                       (in_caller(tokens[h.first].begin) ? kCallerWeight : 1.0);
      ev.score[theme] += w;
      auto& words = ev.words[theme];
      if (std::find(words.begin(), words.end(), written) == words.end()) {
        words.push_back(written);
      }
      if (ev.first_pos.count(theme) == 0) {
        ev.first_pos[theme] = h.first;
      }
    }
  }
  return ev;
}

std::vector<std::string> evident_themes(const Evidence& evidence) {
  std::vector<std::string> out;
  for (const auto& [theme, score] : evidence.score) {
    if (score >= kMinEvidence) {
      out.push_back(theme);
    }
  }
  return out;
}

std::vector<Need> decide_needs(const Evidence& evidence,
                               const std::map<std::string, double>& votes) {
  std::vector<Need> needs;
  std::vector<std::size_t> positions;
  for (const auto& [theme, score] : evidence.score) {
    const auto v = votes.find(theme);
    const double vote = v == votes.end() ? 0.0 : v->second;
    if (score < kMinEvidence && !(score >= kMinConfirmedEvidence && vote >= kMinVote)) {
      continue;
    }
    Need n;
    n.theme = theme;
    n.confidence = std::round((1.0 - std::exp(-(score + kVoteWeight * vote))) * 100.0) / 100.0;
    n.evidence = evidence.words.at(theme);
    needs.push_back(std::move(n));
  }
  // In the order the text names them: the caller usually starts with the reason for the call.
  std::sort(needs.begin(), needs.end(), [&](const Need& a, const Need& b) {
    return evidence.first_pos.at(a.theme) < evidence.first_pos.at(b.theme);
  });
  return needs;
}

}  // namespace orienta::matcher
