// Urgency cues matched word for word on folded words or stems, combined by the labelling rule.
#include "urgency.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <set>

namespace orienta::matcher {
namespace {

// Other words allowed between the words of a cue ("veut vraiment mourir").
constexpr std::size_t kMaxGap = 2;

const std::set<std::string, std::less<>> kDenials = {"pas",    "plus", "aucun", "aucune",
                                                     "jamais", "geen", "niet",  "nooit",
                                                     "non",    "no",   "not",   "never"};

enum class Cue { kDanger, kNow, kTomorrow, kBed, kAlone, kDischarge, kLacks };
constexpr std::array<std::pair<std::string_view, Cue>, 7> kCueNames = {
    {{"danger", Cue::kDanger},
     {"now", Cue::kNow},
     {"tomorrow", Cue::kTomorrow},
     {"bed", Cue::kBed},
     {"alone", Cue::kAlone},
     {"discharge", Cue::kDischarge},
     {"lacks", Cue::kLacks}}};

// One word of an expression: its folded form and its stems.
struct CueWord {
  std::string word;
  std::string stem_fr;
  std::string stem_nl;
};

struct Expression {
  Cue cue;
  std::vector<CueWord> words;
};

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t p; (p = line.find(sep, start)) != std::string::npos; start = p + 1) {
    out.push_back(line.substr(start, p - start));
  }
  out.push_back(line.substr(start));
  return out;
}

bool same(const CueWord& w, const indexer::Token& t) {
  return t.word == w.word || (!w.stem_fr.empty() && t.stem_fr == w.stem_fr && t.lang == "fr") ||
         (!w.stem_nl.empty() && t.stem_nl == w.stem_nl && t.lang == "nl");
}

}  // namespace

struct UrgencyCues::Impl {
  std::vector<Expression> expressions;
};

UrgencyCues::UrgencyCues() : impl_(std::make_unique<Impl>()) {}
UrgencyCues::~UrgencyCues() = default;
UrgencyCues::UrgencyCues(UrgencyCues&&) noexcept = default;
UrgencyCues& UrgencyCues::operator=(UrgencyCues&&) noexcept = default;

Result<UrgencyCues> UrgencyCues::load(const std::filesystem::path& file,
                                      const indexer::Analyzer& analyzer) {
  std::ifstream in(file);
  if (!in) {
    return Status::unavailable(file.string() + ": cannot read file");
  }
  UrgencyCues cues;
  std::string line;
  int number = 0;
  const std::string name = file.filename().string();
  constexpr std::array<const char*, 3> kLangs = {"fr", "nl", "en"};
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto cols = split(line, '\t');
    const auto cue = std::find_if(kCueNames.begin(), kCueNames.end(),
                                  [&](const auto& c) { return cols[0] == c.first; });
    if (cols.size() != 4 || cue == kCueNames.end()) {
      return Status::invalid_argument(name + ":" + std::to_string(number) +
                                      ": expected a cue (danger, now, tomorrow, bed, alone, "
                                      "discharge, lacks) and 3 columns of expressions");
    }
    for (std::size_t lang = 0; lang < kLangs.size(); ++lang) {
      if (cols[lang + 1] == "-") {
        continue;
      }
      for (const auto& expr : split(cols[lang + 1], '|')) {
        Expression e{cue->second, {}};
        for (const auto& t : analyzer.tokenize(expr, kLangs[lang])) {
          e.words.push_back({t.word, t.stem_fr, t.stem_nl});
        }
        if (!e.words.empty()) {
          cues.impl_->expressions.push_back(std::move(e));
        }
      }
    }
  }
  return cues;
}

Urgency UrgencyCues::detect(std::string_view text, const indexer::AnalysedText& a,
                            const std::vector<Need>& needs) const {
  std::array<std::vector<TextSpan>, kCueNames.size()> found;
  const auto& t = a.tokens;
  for (const auto& e : impl_->expressions) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      // Denied only by a denial just before it: "pas en danger", but "kan niet meer alleen".
      const bool denied = i > 0 && kDenials.count(t[i - 1].word) > 0;
      if (denied || !same(e.words[0], t[i])) {
        continue;
      }
      // The next words, with up to kMaxGap other words between them in all.
      std::size_t at = i;
      std::size_t gaps = 0;
      bool match = true;
      for (std::size_t w = 1; w < e.words.size() && match; ++w) {
        match = false;
        for (std::size_t k = at + 1; k < t.size() && k - at - 1 + gaps <= kMaxGap; ++k) {
          if (same(e.words[w], t[k])) {
            gaps += k - at - 1;
            at = k;
            match = true;
            break;
          }
        }
      }
      if (match) {
        const std::size_t begin = t[i].begin;
        const std::size_t end = t[at].end;
        found[static_cast<std::size_t>(e.cue)].push_back(
            {std::string(text.substr(begin, end - begin)), begin, end});
      }
    }
  }
  auto has = [&](Cue c) { return !found[static_cast<std::size_t>(c)].empty(); };
  auto need = [&](std::string_view theme) {
    return std::any_of(needs.begin(), needs.end(), [&](const Need& n) { return n.theme == theme; });
  };
  Urgency u;
  auto take = [&](const char* reason, std::initializer_list<Cue> cues) {
    u.urgent = true;
    u.reason = reason;
    for (const Cue c : cues) {
      const auto& spans = found[static_cast<std::size_t>(c)];
      u.evidence.insert(u.evidence.end(), spans.begin(), spans.end());
    }
    std::sort(u.evidence.begin(), u.evidence.end(),
              [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  };
  const bool soon = has(Cue::kNow) || has(Cue::kTomorrow);
  if (has(Cue::kDanger)) {
    take("danger", {Cue::kDanger});
  } else if (has(Cue::kNow) && (has(Cue::kBed) || need("homelessness"))) {
    take("shelter", {Cue::kNow, Cue::kBed});
  } else if (soon && (has(Cue::kDischarge) || need("hospital_discharge")) && has(Cue::kAlone)) {
    take("discharge", {Cue::kNow, Cue::kTomorrow, Cue::kDischarge, Cue::kAlone});
  } else if (soon && has(Cue::kLacks)) {
    take("care", {Cue::kNow, Cue::kTomorrow, Cue::kLacks});
  }
  return u;
}

}  // namespace orienta::matcher
