// Patient facts from cues, and the search person they make.
#include "patient.h"

#include <algorithm>
#include <optional>
#include <string>

#include "orienta/index_schema.h"

namespace orienta::matcher {
namespace {

enum Fact : std::size_t {
  kFemale,
  kMale,
  kPregnant,
  kVictim,
  kAuthor,
  kNoInsurance,
  kNoResidence,
  kHomeless,
  kAgeBaby,
  kAgeToddler,
  kAgeTeen,
  kAge60s,
  kAge70s,
  kAge80s,
  kAge90s,
  kPerson,
};
const std::vector<std::string> kFactNames = {"female",   "male",         "pregnant",     "victim",
                                             "author",   "no_insurance", "no_residence", "homeless",
                                             "age_baby", "age_toddler",  "age_teen",     "age_60s",
                                             "age_70s",  "age_80s",      "age_90s",      "person"};
// Words between a person and a bare age ("zoon van 22", "dame de 80"), and units after a
// number that make it no age in years ("bébé de 6 semaines" is 0).
const std::vector<std::string> kAgeLinks = {"van", "de", "of", "aged", "age", "agee", "agé"};
const std::vector<std::string> kInfantUnits = {"jours",   "semaines", "mois",  "dagen", "weken",
                                               "maanden", "days",     "weeks", "months"};
constexpr int kMaxAge = 119;

// The age of "<person> [van|de] NN", when no unit of another kind follows the number.
std::optional<int> bare_age(const indexer::AnalysedText& a, const std::vector<TextSpan>& persons) {
  const auto& t = a.tokens;
  for (const auto& person : persons) {
    std::size_t i = 0;
    while (i < t.size() && t[i].end <= person.begin) {
      ++i;
    }
    while (i < t.size() && t[i].begin < person.end) {
      ++i;  // past the person's words
    }
    if (i < t.size() &&
        std::find(kAgeLinks.begin(), kAgeLinks.end(), t[i].word) != kAgeLinks.end()) {
      ++i;
    }
    if (i >= t.size() || t[i].word.empty() || t[i].word.size() > 3 ||
        t[i].word.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    const int n = std::stoi(t[i].word);
    const bool infant = i + 1 < t.size() && std::find(kInfantUnits.begin(), kInfantUnits.end(),
                                                      t[i + 1].word) != kInfantUnits.end();
    if (infant) {
      return 0;
    }
    if (n >= 1 && n <= kMaxAge) {
      return n;
    }
  }
  return std::nullopt;
}
// The age an age word stands for.
constexpr std::pair<Fact, int> kAgeWords[] = {{kAgeBaby, 0}, {kAgeToddler, 4}, {kAgeTeen, 15},
                                              {kAge60s, 65}, {kAge70s, 75},    {kAge80s, 85},
                                              {kAge90s, 95}};

}  // namespace

Result<PatientReader> PatientReader::load(const std::filesystem::path& file,
                                          const indexer::Analyzer& analyzer) {
  auto cues = CueTable::load(file, kFactNames, analyzer);
  if (!cues.ok()) {
    return cues.status();
  }
  PatientReader reader;
  reader.cues_ = std::move(*cues);
  return reader;
}

PatientFacts PatientReader::read(std::string_view text,
                                 const indexer::AnalysedText& analysed) const {
  const auto found = cues_.find(text, analysed);
  PatientFacts p;
  auto take = [&](Fact f) {
    const auto& spans = found[f];
    p.evidence.insert(p.evidence.end(), spans.begin(), spans.end());
    return !spans.empty();
  };
  p.age = analysed.age;
  if (!p.age) {
    p.age = bare_age(analysed, found[kPerson]);
  }
  if (!p.age) {
    for (const auto& [fact, age] : kAgeWords) {
      if (!found[fact].empty()) {
        take(fact);
        p.age = age;
        break;
      }
    }
  }
  p.pregnant = take(kPregnant);
  const auto& f = found[kFemale];
  const auto& m = found[kMale];
  if (p.pregnant || (!f.empty() && (m.empty() || f.front().begin < m.front().begin))) {
    p.sex = "f";
    if (!f.empty()) {
      p.evidence.push_back(f.front());
    }
  } else if (!m.empty()) {
    p.sex = "m";
    p.evidence.push_back(m.front());
  }
  p.victim_of_violence = take(kVictim);
  p.author_of_violence = take(kAuthor);
  p.no_insurance = take(kNoInsurance);
  p.no_legal_residence = take(kNoResidence);
  p.homeless = take(kHomeless);
  std::sort(p.evidence.begin(), p.evidence.end(), [](const TextSpan& x, const TextSpan& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
  });
  // Two facts (or two expressions of one) may rest on the same words.
  p.evidence.erase(std::unique(p.evidence.begin(), p.evidence.end(),
                               [](const TextSpan& x, const TextSpan& y) {
                                 return x.begin == y.begin && x.end == y.end;
                               }),
                   p.evidence.end());
  return p;
}

search::Person person_of(const PatientFacts& p, const std::string& area,
                         const std::vector<Need>& needs) {
  search::Person person;
  person.age = p.age;
  person.area = area;
  auto fact = [&](std::string_view f) { person.facts.emplace_back(f); };
  if (p.sex == "f") {
    fact(schema::kFactFemale);
  } else if (p.sex == "m") {
    fact(schema::kFactMale);
  }
  // Programmes for authors of violence are for a patient the text shows as an author: a
  // victim, or the person a violence need is about, is not one.
  const bool violence = std::any_of(needs.begin(), needs.end(),
                                    [](const Need& n) { return n.theme == "family_violence"; });
  if ((p.victim_of_violence || violence) && !p.author_of_violence) {
    fact(schema::kFactVictim);
  }
  if (p.no_insurance) {
    fact(schema::kFactNoInsurance);
  }
  if (p.no_legal_residence) {
    fact(schema::kFactNoResidence);
  }
  const bool for_professional = std::any_of(
      needs.begin(), needs.end(), [](const Need& n) { return n.theme == "professional_support"; });
  if (!for_professional) {
    fact(schema::kFactNotProfessional);
  }
  return person;
}

}  // namespace orienta::matcher
