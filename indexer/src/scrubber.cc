// The personal-data scrubber: typed placeholders for what identifies a patient.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "orienta/indexer.h"

namespace orienta::indexer {
namespace {

// One kind of personal data. When the pattern has a group named "x", only that group is
// replaced (the cue word, such as "née le" or "Mme", stays).
struct Rule {
  const char* placeholder;
  const char* pattern;
  uint32_t flags;
  bool (*accept)(const icu::UnicodeString& match);
  bool needs_digit;  // the data always holds a digit: skip the rule on a text without one
};

std::string digits_of(const icu::UnicodeString& s) {
  std::string d;
  for (int32_t i = 0; i < s.length(); ++i) {
    if (s[i] >= u'0' && s[i] <= u'9') {
      d.push_back(static_cast<char>(s[i]));
    }
  }
  return d;
}

// A national register number ends with 97 - (first nine digits mod 97), with a leading 2 for
// people born from 2000.
bool valid_nrn(const icu::UnicodeString& m) {
  const std::string d = digits_of(m);
  if (d.size() != 11) {
    return false;
  }
  const long long base = std::stoll(d.substr(0, 9));
  const int check = std::stoi(d.substr(9));
  return 97 - base % 97 == check || 97 - (2000000000LL + base) % 97 == check ||
         m.indexOf(u'-') >= 0;  // written with the usual separators: trust the shape
}

bool phone_length(const icu::UnicodeString& m) {
  const std::string d = digits_of(m);
  if (d.rfind("0800", 0) == 0 || d.rfind("0900", 0) == 0) {
    return false;  // free and paid public service lines
  }
  return d.size() >= 9 && d.size() <= 15;
}

bool always(const icu::UnicodeString&) { return true; }

#define ORIENTA_NAME_WORD "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?)"
#define ORIENTA_PARTICLE "(?:van|de|den|der|del|della|da|das|dos|du|el|al|ben|ter|ten|le|la|von)"
#define ORIENTA_NAME                                                                       \
  "(?<x>" ORIENTA_NAME_WORD "(?:[ \\t]+(?:" ORIENTA_PARTICLE "[ \\t]+)*" ORIENTA_NAME_WORD \
  "){0,"                                                                                   \
  "3})"

const Rule kRules[] = {
    {"[email]", "[\\p{L}0-9._%+\\-]+@[\\p{L}0-9.\\-]+\\.[A-Za-z]{2,}", 0, always, false},
    {"[iban]", "\\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b", 0, always,
     true},
    {"[nrn]", "\\b[0-9]{2}[. ]?[0-9]{2}[. ]?[0-9]{2}[ .\\-]?[0-9]{3}[ .]?[0-9]{2}\\b", 0, valid_nrn,
     true},
    {"[phone]",
     "(?:(?:\\+|\\b00)[0-9]{2,3}[ ./\\-]?(?:\\(0\\)[ ]?)?[0-9]{1,4}(?:[ ./\\-]?[0-9]{2,4}){2,4}"
     "|\\b0[0-9]{1,3}(?:[ ./\\-]?[0-9]{2,3}){2,4})\\b",
     0, phone_length, true},
    {"[dob]",
     "(?:\\bn[ée]e?s?(?:\\(e\\))?(?:[ \\t]+le)?|\\bgeboren(?:[ \\t]+op)?|\\bgeb\\.?|\\bDDN[ :]*"
     "|\\bdate de naissance[ :]*|\\bgeboortedatum[ :]*|°)[ \\t]*"
     "(?<x>[0-9]{1,2}[./\\-][0-9]{1,2}[./\\-][0-9]{2,4}"
     "|[0-9]{1,2}(?:er)?[ \\t]+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
     "septembre|octobre|novembre|décembre|decembre|januari|februari|maart|april|mei|juni|juli|"
     "augustus|september|oktober|november|december|jan|feb|mrt|apr|aug|sept|okt|nov|dec)\\.?"
     "[ \\t]+[0-9]{4})",
     UREGEX_CASE_INSENSITIVE, always, true},
    {"[address]",
     "(?<x>\\b(?i:rue|avenue|av\\.|chaussée|chaussee|chée|boulevard|bd|bld|place|square|quai|"
     "drève|dreve|clos|allée|allee|impasse|chemin|galerie|parvis|rond-point|cité|venelle)"
     "[ \\t]+(?:(?i:de la|de l'|de l’|du|des|de|d'|d’|au|aux)[ \\t]*)?"
     "[\\p{L}'’.\\-]+(?:[ \\t]+[\\p{L}'’.\\-]+){0,3}[ \\t]+[0-9]{1,4}[a-zA-Z]?\\b"
     "(?:[ \\t]*(?i:bte|boîte|boite|bus|b)\\.?[ \\t]*[0-9]{1,4})?"
     "|\\b\\p{Lu}[\\p{L}\\-]*(?:straat|laan|steenweg|plein|lei|dreef|kaai|weg|wegel|baan|"
     "dijk|markt|gracht|pad|hof|park|square|berg|veld|singel|gang|vest|kouter)[ \\t]+"
     "[0-9]{1,4}[a-zA-Z]?\\b"
     "(?:[ \\t]*(?i:bus|bte|b)\\.?[ \\t]*[0-9]{1,4})?)",
     0, always, true},
    {"[name]",
     "(?:\\b(?i:mme|mmes|madame|mlle|mademoiselle|monsieur|mr|dr|docteur|dokter|dhr|mevr|"
     "mevrouw|meneer|mijnheer|pr|prof|me|maître|maitre)\\.?|\\bM\\.)[ \\t]+" ORIENTA_NAME,
     0, always, false},
    {"[name]",
     "\\b(?i:(?:(?:ma|mon|sa|son|la|le|notre|votre|mijn|zijn|haar|de|onze)[ \\t]+)?"
     "(?:patiente?|belle-fille|beau-fils|belle-m[eè]re|beau-p[eè]re|schoondochter|schoonzoon|"
     "schoonmoeder|man|vrouw|patiënte?|fille|fils|mère|mere|père|pere|épouse|epouse|mari|soeur|"
     "sœur|frère|"
     "frere|petite-fille|petit-fils|nièce|neveu|voisine?|dochter|zoon|moeder|vader|echtgenote?|"
     "zus|broer|kleindochter|kleinzoon|buurman|buurvrouw|cliënte?|bewoner|bewoonster|"
     "résidente?|bénéficiaire))[ \\t]*[,:]?[ \\t]+" ORIENTA_NAME,
     0, always, false},
    // A file named after the patient ("dossier Van Caenegem", "dossier D'Hondt"); not an
    // acronym ("dossier APA", "dossier MàF"): the name's first word is a capital, then
    // lower-case letters only.
    {"[name]",
     "\\b(?i:dossier)[ \\t]*:?[ \\t]+"
     "(?=\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?!\\p{L}))" ORIENTA_NAME,
     0, always, false},
};

#undef ORIENTA_NAME
#undef ORIENTA_PARTICLE
#undef ORIENTA_NAME_WORD

}  // namespace

struct Scrubber::Impl {
  struct Compiled {
    const Rule* rule;
    std::unique_ptr<icu::RegexPattern> pattern;
    int32_t group;  // the group to replace, or 0 for the whole match
  };
  std::vector<Compiled> rules;
};

Scrubber::Scrubber() : impl_(std::make_unique<Impl>()) {
  for (const Rule& rule : kRules) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(rule.pattern), rule.flags, parse_error, status));
    // The patterns are constants of this file: a failure is a bug caught by the tests.
    assert(U_SUCCESS(status));
    if (U_FAILURE(status)) {
      continue;
    }
    UErrorCode group_status = U_ZERO_ERROR;
    const int32_t group = p->groupNumberFromName("x", -1, group_status);
    impl_->rules.push_back({&rule, std::move(p), U_SUCCESS(group_status) ? group : 0});
  }
}

Scrubber::~Scrubber() = default;

std::string Scrubber::scrub(std::string_view text) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const bool has_digit = text.find_first_of("0123456789") != std::string_view::npos;
  for (const auto& c : impl_->rules) {
    if (c.rule->needs_digit && !has_digit) {
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    // RegexPattern is immutable and shareable; each call makes its own matcher.
    std::unique_ptr<icu::RegexMatcher> m(c.pattern->matcher(s, status));
    if (U_FAILURE(status)) {
      continue;
    }
    icu::UnicodeString out;
    int32_t copied = 0;
    while (m->find(status) && U_SUCCESS(status)) {
      const int32_t start = m->start(c.group, status);
      const int32_t end = m->end(c.group, status);
      if (start < 0 || !c.rule->accept(s.tempSubStringBetween(start, end))) {
        continue;
      }
      out.append(s, copied, start - copied);
      out.append(icu::UnicodeString::fromUTF8(c.rule->placeholder));
      copied = end;
    }
    if (copied > 0) {
      out.append(s, copied, s.length() - copied);
      s = out;
    }
  }
  std::string result;
  s.toUTF8String(result);
  return result;
}

}  // namespace orienta::indexer
