// Reasons in French or Dutch.
#include "explain.h"

#include <algorithm>
#include <cctype>

namespace orienta::matcher {
namespace {

// An age limit from this age on is said ("dès 65 ans"); below it, the upper one ("jusqu'à 18").
constexpr int kAdult = 18;

// Whether `word` is a word of `text` (both folded): "aide" is not in "aidants proches".
bool has_word(const std::string& text, const std::string& word) {
  const auto letter = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
  for (std::size_t at = text.find(word); !word.empty() && at != std::string::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !letter(text[at - 1])) && (end == text.size() || !letter(text[end]))) {
      return true;
    }
  }
  return false;
}

// Whether the theme labels `said` (folded) already say `label`: each of its words of four
// letters or more is a word of them ("interprétariat et médiation" after "Interprétariat et
// médiation interculturelle"; not "aide alimentaire" after "Aide sociale et CPAS").
bool said_by(const std::string& said, const std::string& label) {
  const std::string folded = corpus::fold(label);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    end = end == std::string::npos ? folded.size() : end;
    const std::string word = folded.substr(start, end - start);
    if (word.size() >= 4 && !has_word(said, word)) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

}  // namespace

std::string explain(const Candidate& c, const ResolvedLocation& loc, const std::string& lang,
                    const std::vector<std::string>& spoken, const corpus::ReferenceData& ref,
                    const std::vector<LanguageName>& languages) {
  const bool nl = lang == "nl";
  std::string out;
  for (const auto& theme : c.covers) {
    const corpus::Theme* t = ref.themes.find(theme);
    out += (out.empty() ? "" : " / ") + (t ? (nl ? t->label_nl : t->label_fr) : theme);
  }
  if (const corpus::Audience* o = c.offer.empty() ? nullptr : ref.offer(c.offer); o != nullptr) {
    // What the situation asks for, unless the theme said it.
    const std::string& label = nl ? o->label_nl : o->label_fr;
    if (!said_by(corpus::fold(out), label)) {
      out += ", " + label;
    }
  }
  const corpus::Bassin* b = loc.bassin.empty() ? nullptr : ref.geography.bassin(loc.bassin);
  const std::string bassin_label = b ? (nl ? b->label_nl : b->label_fr) : "";
  const corpus::Area* area = loc.area.empty() ? nullptr : ref.geography.area(loc.area);
  if (c.targets == "commune" && area != nullptr) {
    out += nl ? ", van uw gemeente (" + area->name_nl + ")"
              : ", de votre commune (" + area->name_fr + ")";
  } else if (const corpus::Audience* a = ref.audience(c.targets) != nullptr
                                             ? ref.audience(c.targets)
                                             : ref.condition(c.targets);
             a != nullptr) {
    out += nl ? ", voor " + a->label_nl : ", pour " + a->label_fr;
  }
  if (c.age_min && *c.age_min >= kAdult) {
    out += nl ? ", vanaf " + std::to_string(*c.age_min) + " jaar"
              : ", dès " + std::to_string(*c.age_min) + " ans";
  } else if (c.age_max) {
    out += nl ? ", tot " + std::to_string(*c.age_max) + " jaar"
              : ", jusqu'à " + std::to_string(*c.age_max) + " ans";
  }
  switch (c.proximity) {
    case Proximity::kSameBassin:
      if (c.targets != "commune") {  // "de votre commune" says it already
        out += nl ? ", zelfde zorgzone (" + bassin_label + ")"
                  : ", même bassin (" + bassin_label + ")";
      }
      break;
    case Proximity::kRegional:
      out += nl ? ", voor heel Brussel" : ", pour toute la Région bruxelloise";
      break;
    case Proximity::kAdjacentBassin:
      out += nl ? ", naburige zorgzone" : ", bassin voisin";
      break;
    case Proximity::kOtherBassin:
      out += nl ? ", andere zorgzone" : ", autre bassin";
      break;
  }
  for (const auto& code : spoken) {
    if (std::find(c.languages.begin(), c.languages.end(), code) == c.languages.end()) {
      continue;
    }
    const auto l = std::find_if(languages.begin(), languages.end(),
                                [&](const LanguageName& x) { return x.code == code; });
    if (l != languages.end()) {
      out += ", " + (nl ? l->speaks_nl : l->speaks_fr);
    }
  }
  if (c.past > 0) {
    const std::string n = std::to_string(c.past);
    out +=
        nl ? ", voorgesteld in " + n +
                 (c.past == 1 ? " gelijkaardig antwoord" : " gelijkaardige antwoorden")
           : ", proposé dans " + n + (c.past == 1 ? " réponse semblable" : " réponses semblables");
  }
  return out + ".";
}

}  // namespace orienta::matcher
