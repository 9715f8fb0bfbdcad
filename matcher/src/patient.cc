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
  kFemaleAged,
  kMaleAged,
  kFemalePronoun,
  kMalePronoun,
  kCaredFor,
  kFemaleKin,
  kMaleKin,
  kForSelf,
};
const std::vector<std::string> kFactNames = {
    "female",         "male",         "pregnant",  "victim",      "author",      "no_insurance",
    "no_residence",   "homeless",     "age_baby",  "age_toddler", "age_teen",    "age_60s",
    "age_70s",        "age_80s",      "age_90s",   "person",      "female_aged", "male_aged",
    "female_pronoun", "male_pronoun", "cared_for", "female_kin",  "male_kin",    "for_self"};
// How many words after "s'occupe de" the person cared for is looked for ("s'occupe seule de
// son mari de 66 ans").
constexpr std::size_t kCaredForWords = 6;
// Words between a person and a bare age ("zoon van 22", "dame de 80", "man van rond de 45"),
// and units after a number that make it no age in years ("bébé de 6 semaines" is 0).
const std::vector<std::string> kAgeLinks = {"van",   "de",     "of",    "aged",     "age",
                                            "agee",  "agé",    "rond",  "ongeveer", "environ",
                                            "about", "around", "circa", "d",        "is"};
constexpr std::size_t kMaxAgeLinks = 3;
const std::vector<std::string> kInfantUnits = {"jours",   "semaines", "mois",  "dagen", "weken",
                                               "maanden", "days",     "weeks", "months"};
// What may end a number glued to its unit ("34a", "78j").
const std::vector<std::string> kGluedUnits = {"", "a", "j", "y", "yo", "jr", "ans", "jaar"};
// Words after "il" that make it impersonal ("il faut", "il y a", "il s'agit"): no person.
const std::vector<std::string> kImpersonal = {"y",      "faut",   "s",      "agit",  "manque",
                                              "reste",  "semble", "existe", "pleut", "vaut",
                                              "suffit", "parait", "paraît"};
constexpr int kMaxAge = 119;

bool among(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The first token at or after `end`.
std::size_t token_after(const indexer::AnalysedText& a, std::size_t end) {
  std::size_t i = 0;
  while (i < a.tokens.size() && a.tokens[i].begin < end) {
    ++i;
  }
  return i;
}

// The age of the number just after `span` ("jongen 17", "dame de 80", "F 34a", "man van rond
// de 45"), when no unit of another kind follows it; 0 for an infant ("6 semaines").
std::optional<int> age_after(const indexer::AnalysedText& a, const TextSpan& span) {
  const auto& t = a.tokens;
  std::size_t i = token_after(a, span.end);
  for (std::size_t links = 0; i < t.size() && links < kMaxAgeLinks && among(kAgeLinks, t[i].word);
       ++links) {
    ++i;
  }
  if (i >= t.size()) {
    return std::nullopt;
  }
  const std::string& w = t[i].word;
  const std::size_t digits = w.find_first_not_of("0123456789");
  const std::size_t length = digits == std::string::npos ? w.size() : digits;
  if (length == 0 || length > 3 || !among(kGluedUnits, w.substr(length))) {
    return std::nullopt;
  }
  if (i + 1 < t.size() && among(kInfantUnits, t[i + 1].word)) {
    return 0;
  }
  const int n = std::stoi(w.substr(0, length));
  return n >= 1 && n <= kMaxAge ? std::optional<int>(n) : std::nullopt;
}

// The first span after which an age comes.
const TextSpan* aged(const indexer::AnalysedText& a, const std::vector<TextSpan>& spans) {
  for (const auto& s : spans) {
    if (age_after(a, s)) {
      return &s;
    }
  }
  return nullptr;
}

// The first pronoun that stands for a person ("il dit", not "il faut").
const TextSpan* personal(const indexer::AnalysedText& a, const std::vector<TextSpan>& spans) {
  for (const auto& s : spans) {
    const std::size_t next = token_after(a, s.end);
    if (next >= a.tokens.size() || !among(kImpersonal, a.tokens[next].word)) {
      return &s;
    }
  }
  return nullptr;
}

// The age an age word stands for.
constexpr std::pair<Fact, int> kAgeWords[] = {{kAgeBaby, 0}, {kAgeToddler, 4}, {kAgeTeen, 15},
                                              {kAge60s, 65}, {kAge70s, 75},    {kAge80s, 85},
                                              {kAge90s, 95}};

// Whether the words of `span` begin in a denial's scope ("pas de démence", "geen diabetes")
// or in the caller's presentation ("infirmière en diabétologie").
bool denied(const indexer::AnalysedText& analysed, const TextSpan& span) {
  for (std::size_t i = 0; i < analysed.tokens.size(); ++i) {
    if (analysed.tokens[i].begin == span.begin) {
      return analysed.negated[i] || analysed.caller[i];
    }
  }
  return false;
}

// The first span of `spans` that begins in [from, to), or nullptr.
const TextSpan* first_within(const std::vector<TextSpan>& spans, std::size_t from, std::size_t to) {
  for (const auto& s : spans) {
    if (s.begin >= from && s.begin < to) {
      return &s;
    }
  }
  return nullptr;
}

// The person cared for is the one the help is for: the age and the kin word a few words after
// "s'occupe de" / "zorgt voor" replace the carer's ("Une dame de 62 ans s'occupe de son mari
// de 66 ans").
void cared_for(std::string_view text, const indexer::AnalysedText& a,
               const std::vector<std::vector<TextSpan>>& found, PatientFacts& p) {
  if (!found[kForSelf].empty()) {
    return;  // "appelle pour elle-même": the carer is the one the help is for
  }
  for (const auto& care : found[kCaredFor]) {
    const std::size_t from = token_after(a, care.end);
    if (from >= a.tokens.size()) {
      continue;
    }
    const std::size_t last = std::min(from + kCaredForWords, a.tokens.size()) - 1;
    const std::size_t begin = a.tokens[from].begin;
    const std::size_t end = a.tokens[last].end;
    const TextSpan* she = first_within(found[kFemaleKin], begin, end);
    const TextSpan* he = first_within(found[kMaleKin], begin, end);
    const TextSpan* kin = she && (!he || she->begin < he->begin) ? she : he;
    // "son mari de 74 ans", or a bare number after the kin word ("haar moeder van 87").
    auto age = indexer::stated_age(text.substr(begin, end - begin));
    if (!age && kin != nullptr) {
      age = age_after(a, *kin);
    }
    if (!age && kin == nullptr) {
      continue;
    }
    if (age) {
      p.age = age;
    }
    if (kin != nullptr) {
      p.sex = kin == she ? "f" : "m";
      p.evidence.push_back(*kin);
    }
    p.evidence.push_back(care);
    return;
  }
}

}  // namespace

Result<PatientReader> PatientReader::load(const std::filesystem::path& facts,
                                          const std::filesystem::path& words,
                                          const corpus::ReferenceData& ref,
                                          const indexer::Analyzer& analyzer) {
  auto cues = CueTable::load(facts, kFactNames, analyzer);
  if (!cues.ok()) {
    return cues.status();
  }
  PatientReader reader;
  reader.cues_ = std::move(*cues);
  for (const auto* groups : {&ref.audiences, &ref.conditions}) {
    for (const auto& g : *groups) {
      reader.groups_.push_back(g.code);
    }
  }
  auto named = CueTable::load(words, reader.groups_, analyzer);
  if (!named.ok()) {
    return named.status();
  }
  reader.words_ = std::move(*named);
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
  for (const auto& person : found[kPerson]) {
    if (p.age) {
      break;
    }
    p.age = age_after(analysed, person);
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
  // The sex: the first word of a sex before an age ("F 34a", "fils 30a", "patiënte van 71"),
  // else the first word of a person's sex, else, weaker, the personal pronouns when all are of
  // one sex ("elle", "hij", not "il faut").
  const TextSpan* f = aged(analysed, found[kFemaleAged]);
  const TextSpan* m = aged(analysed, found[kMaleAged]);
  if (!f && !m) {
    f = found[kFemale].empty() ? nullptr : &found[kFemale].front();
    m = found[kMale].empty() ? nullptr : &found[kMale].front();
  }
  if (!f && !m && !p.pregnant) {
    // Pronouns of both sexes may be the patient's and another's ("elle ... il la frappe"):
    // they then say nothing.
    const TextSpan* she = personal(analysed, found[kFemalePronoun]);
    const TextSpan* he = personal(analysed, found[kMalePronoun]);
    if (!she || !he) {
      f = she;
      m = he;
    }
  }
  if (p.pregnant || (f && (!m || f->begin < m->begin))) {
    p.sex = "f";
    if (f) {
      p.evidence.push_back(*f);
    }
  } else if (m) {
    p.sex = "m";
    p.evidence.push_back(*m);
  }
  cared_for(text, analysed, found, p);
  p.victim_of_violence = take(kVictim);
  p.author_of_violence = take(kAuthor);
  p.no_insurance = take(kNoInsurance);
  p.no_legal_residence = take(kNoResidence);
  p.homeless = take(kHomeless);
  const auto named = words_.find(text, analysed);
  for (std::size_t g = 0; g < named.size(); ++g) {
    bool shown = false;
    for (const auto& span : named[g]) {
      if (!denied(analysed, span)) {
        p.evidence.push_back(span);
        shown = true;
      }
    }
    if (shown) {
      p.groups.push_back(groups_[g]);
    }
  }
  std::sort(p.groups.begin(), p.groups.end());
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
