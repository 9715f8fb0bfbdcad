// A text as need detection reads it: concepts, negation scope, the caller's presentation, the
// stated age, and the classifier's features.
#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "orienta/corpus.h"
#include "orienta/indexer.h"

#include "need_features.h"

namespace orienta::indexer {
namespace {

// Words that deny what follows them in their clause ("pas de diabète", "geen schulden").
const std::set<std::string, std::less<>> kDenials = {
    "pas",  "aucun", "aucune", "jamais", "ni",    "geen", "niet", "nooit",
    "noch", "non",   "no",     "not",    "never", "none", "nor",  "without"};
constexpr std::size_t kDenialReach = 4;
// Closing denials: they deny what comes just before them ("diabète : non", "mutuelle en ordre").
const std::vector<std::vector<std::string>> kClosingDenials = {{"non"},
                                                               {"aucun"},
                                                               {"aucune"},
                                                               {"geen"},
                                                               {"nee"},
                                                               {"neen"},
                                                               {"rien"},
                                                               {"neant"},
                                                               {"none"},
                                                               {"en", "ordre"},
                                                               {"in", "orde"},
                                                               {"pas", "de", "souci"},
                                                               {"pas", "de", "soucis"},
                                                               {"pas", "de", "probleme"},
                                                               {"pas", "de", "problemes"},
                                                               {"geen", "probleem"},
                                                               {"geen", "problemen"},
                                                               {"geen", "zorgen"},
                                                               {"no", "problem"},
                                                               {"pas", "necessaire"},
                                                               {"niet", "nodig"},
                                                               {"not", "needed"}};
constexpr std::size_t kClosingReach = 3;
// The lexicon concepts that name a profession or a caller's service: a heading that names one
// ("MG à Schaerbeek :", "AS hôpital :") presents the caller.
const std::set<std::string, std::less<>> kRoleConcepts = {"medecin",
                                                          "medecin-generaliste",
                                                          "medecin-specialiste",
                                                          "infirmier",
                                                          "aide-soignant",
                                                          "assistant-social",
                                                          "service-social",
                                                          "pharmacien",
                                                          "kine",
                                                          "logopede",
                                                          "dentiste",
                                                          "professionnel-sante",
                                                          "benevole",
                                                          "soins-infirmiers-domicile"};
// Sentences that open with these words present the caller.
const std::vector<std::vector<std::string>> kCallerOpenings = {
    {"je", "suis"},  {"je", "travaille"}, {"nous", "sommes"}, {"ik", "ben"}, {"ik", "werk"},
    {"wij", "zijn"}, {"we", "zijn"},      {"i", "am"},        {"i", "work"}};
// A sentence that opens with these words names the call ("Appel de l'AS du CPAS d'Ixelles"):
// the caller until the first comma, colon or word that turns to the person ("Appel de Mme X
// pour son mari, sa fille est épuisée": the rest is the situation).
const std::vector<std::string> kCallOpenings = {"appel", "oproep", "call"};
const std::unordered_set<std::string> kTurnsToThePerson = {
    "pour", "concernant", "sujet", "car", "parce", "voor", "over", "omdat", "want", "about"};
constexpr std::size_t kMaxHeading = 10;  // words before the colon of a caller's heading
constexpr int kMaxAge = 119;
// Words allowed between the words of an expression (Analyzer::LooseMatch).
constexpr std::size_t kMaxGap = 2;

bool breaks_clause(std::string_view between) {
  return between.find_first_of(".;!?\n,:") != std::string_view::npos;
}
bool breaks_sentence(std::string_view between) {
  return between.find_first_of(".;!?\n") != std::string_view::npos;
}

// Whether tokens from `i` spell `words`.
bool spells(const std::vector<Token>& tokens, std::size_t i,
            const std::vector<std::string>& words) {
  if (i + words.size() > tokens.size()) {
    return false;
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (tokens[i + k].word != words[k]) {
      return false;
    }
  }
  return true;
}

void mark_negations(std::string_view text, AnalysedText& a) {
  const auto& t = a.tokens;
  a.negated.assign(t.size(), false);
  auto gap = [&](std::size_t i) {  // the text between token i-1 and token i
    return text.substr(t[i - 1].end, t[i].begin - t[i - 1].end);
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (kDenials.count(t[i].word) > 0) {
      for (std::size_t k = i + 1; k < t.size() && k <= i + kDenialReach; ++k) {
        if (breaks_clause(gap(k))) {
          break;
        }
        a.negated[k] = true;
      }
    }
  }
  for (std::size_t i = 1; i < t.size(); ++i) {
    for (const auto& denial : kClosingDenials) {
      if (a.negated[i] || !spells(t, i, denial)) {
        continue;
      }
      // Only at the end of its sentence ("diabète : non.", not "non-observance").
      const std::size_t after = i + denial.size();
      if (after < t.size() && !breaks_clause(gap(after))) {
        continue;
      }
      for (std::size_t k = i; k > 0 && k + kClosingReach > i; --k) {
        if (breaks_sentence(gap(k))) {
          break;
        }
        a.negated[k - 1] = true;
      }
    }
  }
}

void mark_caller(const Analyzer& analyzer, std::string_view text, AnalysedText& a) {
  const auto& t = a.tokens;
  a.caller.assign(t.size(), false);
  // Sentence starts, and the tokens with a role concept.
  std::vector<bool> role(t.size(), false);
  for (const auto& h : a.hits) {
    if (kRoleConcepts.count(analyzer.concepts()[h.concept_index].id) > 0) {
      for (std::size_t k = h.first; k <= h.last; ++k) {
        role[k] = true;
      }
    }
  }
  auto starts_sentence = [&](std::size_t i) {
    return i == 0 || breaks_sentence(text.substr(t[i - 1].end, t[i].begin - t[i - 1].end));
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!starts_sentence(i)) {
      continue;
    }
    std::size_t end = i + 1;  // one past the sentence's last token
    while (end < t.size() && !starts_sentence(end)) {
      ++end;
    }
    const bool opening = std::any_of(kCallerOpenings.begin(), kCallerOpenings.end(),
                                     [&](const auto& words) { return spells(t, i, words); });
    if (opening) {
      std::fill(a.caller.begin() + static_cast<std::ptrdiff_t>(i),
                a.caller.begin() + static_cast<std::ptrdiff_t>(end), true);
      continue;
    }
    if (std::find(kCallOpenings.begin(), kCallOpenings.end(), t[i].word) != kCallOpenings.end()) {
      std::size_t k = i;
      while (k < end) {
        a.caller[k] = true;
        if (k + 1 >= end || kTurnsToThePerson.count(t[k + 1].word) > 0) {
          break;
        }
        const std::string_view between = text.substr(t[k].end, t[k + 1].begin - t[k].end);
        if (between.find_first_of(",:;(") != std::string_view::npos) {
          break;
        }
        ++k;
      }
      continue;
    }
    // A heading: a few words, one naming a profession, then a colon.
    for (std::size_t k = i; k < end && k < i + kMaxHeading; ++k) {
      const std::string_view between = k + 1 < t.size()
                                           ? text.substr(t[k].end, t[k + 1].begin - t[k].end)
                                           : text.substr(t[k].end);
      if (between.find(':') != std::string_view::npos) {
        if (std::any_of(role.begin() + static_cast<std::ptrdiff_t>(i),
                        role.begin() + static_cast<std::ptrdiff_t>(k + 1),
                        [](bool b) { return b; })) {
          std::fill(a.caller.begin() + static_cast<std::ptrdiff_t>(i),
                    a.caller.begin() + static_cast<std::ptrdiff_t>(k + 1), true);
        }
        break;
      }
    }
  }
}

// The age band a classifier feature names.
std::string age_band(int age) {
  if (age < 6) {
    return "a:0-5";
  }
  if (age < 13) {
    return "a:6-12";
  }
  if (age < 18) {
    return "a:13-17";
  }
  if (age < 26) {
    return "a:18-25";
  }
  if (age < 65) {
    return "a:26-64";
  }
  return age < 80 ? "a:65-79" : "a:80+";
}

constexpr std::size_t kGram = 4;
constexpr std::size_t kMinGramWord = 8;  // letters of a word whose 4-grams are features

}  // namespace

std::optional<int> stated_age(std::string_view text) {
  // A number of 1 to 119, not part of a longer number, then (maybe after a space or a hyphen)
  // an age unit that ends the word.
  static constexpr std::array<std::string_view, 11> kUnits = {
      "jarige", "jaar", "ans", "an", "jr", "years", "year", "yo", "a", "j", "y"};
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (static_cast<unsigned char>(c) >= 0x80);
  };
  // A number after these words, or before "geleden"/"ago", is a time, not an age ("depuis 2
  // ans", "sinds 3 jaar", "il y a 2 ans", "for 5 years", "2 jaar geleden").
  static constexpr std::array<std::string_view, 17> kDurations = {
      "depuis", "pendant", "durant", "dans", "après", "en",     "sinds",  "sedert", "gedurende",
      "binnen", "over",    "na",     "for",  "since", "during", "within", "y a"};
  static constexpr std::array<std::string_view, 2> kAgo = {"geleden", "ago"};
  auto lower = [](std::string_view w) {
    std::string l(w);
    for (char& c : l) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return l;
  };
  // The `n` words before `at` ("y a" is two), and the word from `at`.
  auto words_before = [&](std::size_t at, int n) {
    std::size_t b = at;
    for (int k = 0; k < n; ++k) {
      while (b > 0 && !is_letter(text[b - 1])) {
        --b;
      }
      while (b > 0 && is_letter(text[b - 1])) {
        --b;
      }
    }
    std::string w = lower(text.substr(b, at - b));
    while (!w.empty() && !is_letter(w.back())) {
      w.pop_back();
    }
    return w;
  };
  auto word_from = [&](std::size_t at) {
    while (at < text.size() && text[at] == ' ') {
      ++at;
    }
    std::size_t e = at;
    while (e < text.size() && is_letter(text[e])) {
      ++e;
    }
    return lower(text.substr(at, e - at));
  };
  auto is_time = [&](std::size_t number, std::size_t after_unit) {
    const std::string one = words_before(number, 1);
    const std::string two = words_before(number, 2);
    const std::string next = word_from(after_unit);
    return std::find(kDurations.begin(), kDurations.end(), one) != kDurations.end() ||
           std::find(kDurations.begin(), kDurations.end(), two) != kDurations.end() ||
           std::find(kAgo.begin(), kAgo.end(), next) != kAgo.end();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == ','))) {
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) {
      ++end;
    }
    const int value = end - i <= 3 ? std::stoi(std::string(text.substr(i, end - i))) : 0;
    const std::size_t unit =
        end < text.size() && (text[end] == ' ' || text[end] == '-') ? end + 1 : end;
    for (const std::string_view u : kUnits) {
      if (text.size() - unit < u.size()) {
        continue;
      }
      const std::string word = lower(text.substr(unit, u.size()));
      const std::size_t after = unit + u.size();
      if (word == u && (after == text.size() || !is_letter(text[after])) && value >= 1 &&
          value <= kMaxAge) {
        if (is_time(i, after)) {
          break;
        }
        return value;
      }
    }
    i = end;
  }
  return std::nullopt;
}

AnalysedText analyse_for_needs(const Analyzer& analyzer, std::string_view text) {
  AnalysedText a;
  a.tokens = analyzer.tokenize(text);
  const auto hits = analyzer.find_concepts(a.tokens, {kMaxGap, true});
  for (const auto& h : hits) {
    const bool inside = std::any_of(hits.begin(), hits.end(), [&](const ConceptHit& o) {
      return o.first <= h.first && h.last <= o.last && o.last - o.first > h.last - h.first;
    });
    if (!inside) {
      a.hits.push_back(h);
    }
  }
  mark_negations(text, a);
  mark_caller(analyzer, text, a);
  a.age = stated_age(text);
  return a;
}

std::vector<std::pair<std::string, std::size_t>> located_features(
    const Analyzer& analyzer, const AnalysedText& a,
    const std::unordered_set<std::string>& ignored) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    if (t.stop || a.caller[i] || t.word.empty() || ignored.count(t.word) > 0) {
      continue;
    }
    if (t.word.find_first_not_of("0123456789") == std::string::npos) {
      continue;  // numbers are ages, dates and phone numbers: the age band says what matters
    }
    out.emplace_back((a.negated[i] ? "n:" : "w:") + t.stem(), i);
    if (t.word.size() >= kMinGramWord && !a.negated[i]) {
      for (std::size_t k = 0; k + kGram <= t.word.size(); ++k) {
        out.emplace_back("g:" + t.word.substr(k, kGram), i);
      }
    }
  }
  for (const auto& h : a.hits) {
    const Concept& c = analyzer.concepts()[h.concept_index];
    const bool caller = a.caller[h.first];
    const bool negated = a.negated[h.first];
    out.emplace_back((caller ? "k:" : negated ? "nc:" : "c:") + c.id, h.first);
    if (caller || negated) {
      continue;
    }
    for (std::size_t k = 0; k < c.themes.size(); ++k) {
      out.emplace_back((k == 0 ? "t:" : "u:") + c.themes[k], h.first);
    }
  }
  if (a.age) {
    out.emplace_back(age_band(*a.age), a.tokens.size());
  }
  return out;
}

std::vector<std::string> need_features(const Analyzer& analyzer, const AnalysedText& a,
                                       const std::unordered_set<std::string>& ignored) {
  std::set<std::string> out;
  for (auto& [feature, token] : located_features(analyzer, a, ignored)) {
    out.insert(std::move(feature));
  }
  return {out.begin(), out.end()};
}

}  // namespace orienta::indexer
