// The personal-data scrubber: typed placeholders for what identifies a patient.
#include <algorithm>
#include <cstring>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unordered_map>
#include <unordered_set>

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
  // When set, the rule runs only on a text that holds one of these (ASCII letters in lower
  // case, compared with the text's ASCII letters lowered).
  std::initializer_list<const char*> cues = {};
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
  if (d.rfind("0800", 0) == 0 || d.rfind("090", 0) == 0 || d.rfind("070", 0) == 0 ||
      d.rfind("078", 0) == 0) {
    return false;  // free, paid and shared-cost service lines (0800, 0900-0909, 070, 078)
  }
  return d.size() >= 9 && d.size() <= 15;
}

bool always(const icu::UnicodeString&) { return true; }

#define ORIENTA_MONTH                                                                          \
  "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"      \
  "novembre|décembre|decembre|januari|februari|maart|april|mei|juni|juli|augustus|september|" \
  "oktober|november|december|jan|feb|mrt|apr|aug|sept|okt|nov|dec)"
// A number written in words, French or Dutch ("quarante-six", "negentienzesenveertig").
#define ORIENTA_NUMBER_WORD                                                                      \
  "(?:(?:mille|mil|cents?|vingts?|trente|quarante|cinquante|soixante|septante|octante|huitante|" \
  "nonante|dix|onze|douze|treize|quatorze|quinze|seize|premier|une?|deux|trois|quatre|cinq|"     \
  "six|sept|huit|neuf|et|duizend|honderd|twintig|dertig|veertig|vijftig|zestig|zeventig|"        \
  "tachtig|negentig|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|tien|elf|"    \
  "twaalf|een|eerste|twee|drie|vier|vijf|zes|zeven|acht|negen|ën|en)-?)+(?!\\p{L})"
#define ORIENTA_NAME_WORD "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?)"
#define ORIENTA_PARTICLE "(?:van|de|den|der|del|della|da|das|dos|du|el|al|ben|ter|ten|le|la|von)"
#define ORIENTA_NAME                                                                       \
  "(?<x>" ORIENTA_NAME_WORD "(?:[ \\t]+(?:" ORIENTA_PARTICLE "[ \\t]+)*" ORIENTA_NAME_WORD \
  "){0,"                                                                                   \
  "3})"

const Rule kRules[] = {
    {"[email]", "[\\p{L}0-9._%+\\-]+@[\\p{L}0-9.\\-]+\\.[A-Za-z]{2,}", 0, always, false, {"@"}},
    {"[iban]", "\\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b", 0, always,
     true},
    // A national register or BIS number: its 11 digits in any grouping, after a cue, or with
    // valid control digits or the usual separators.
    {"[nrn]",
     "\\b(?i:NN|RRN|INSZ|NISS|BIS|rijksregisternummer|rijksregister|num[ée]ro national|"
     "n° national|registre national)[ \\t:°.]*(?:(?i:nr|n°)\\.?[ \\t]*)?"
     "(?<x>[0-9](?:[ ./\\-]?[0-9]){10})(?![0-9])",
     0,
     always,
     true,
     {"nn", "rrn", "insz", "niss", "bis", "rijksregister", "national"}},
    {"[nrn]", "(?<![0-9][ ./\\-]?)\\b[0-9](?:[ ./\\-]?[0-9]){10}\\b(?![ ./\\-]?[0-9])", 0,
     valid_nrn, true},
    {"[phone]",
     "(?:(?:\\+|\\b00)[0-9]{2,3}[ ./\\-]?(?:\\(0\\)[ ]?)?[0-9]{1,4}(?:[ ./\\-]?[0-9]{2,4}){2,4}"
     "|\\b0[0-9]{1,3}(?:[ ./\\-]?[0-9]{2,3}){2,4})\\b",
     0, phone_length, true},
    {"[dob]",
     "(?:\\b(?:n[ée]e?s?(?:\\(e\\))?|geboren)(?:[ \\t]+(?:à|a|te|in)[ \\t]+\\p{Lu}[\\p{L}\\-]+)?"
     // a maiden name between: "née Dupont le 7 juillet 1936"
     "(?:(?:[ \\t]+\\p{Lu}[\\p{L}'’\\-]+){1,3}(?=[ \\t]+(?:le|op)\\b))?"
     "(?:[ \\t]+(?:le|op(?:[ \\t]+de)?))?|\\bgeb(?:\\.|oorte)?[ \\t]?datum|\\bgeb\\.?(?:[ \\t]+op)?"
     "|\\bDDN|\\bDN(?=[ \\t]*:)|\\bDOB|\\bdate of birth|\\bdate (?:de )?naiss(?:ance|\\.)?"
     "|\\bgeboortedatum|(?<![nN])°)[ \\t:,]*"
     "(?<x>[0-9]{1,2}[./\\-][0-9]{1,2}[./\\-][0-9]{2,4}|[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}"
     "|(?:19|20)[0-9]{2}[./\\-][0-9]{2}[./\\-][0-9]{2}"
     "|(?:[0-9]{1,2}(?:er|e|ste|de)?|" ORIENTA_NUMBER_WORD ")[ \\t]+" ORIENTA_MONTH "\\.?"
     "[ \\t]+(?:[0-9]{4}|['’]?[0-9]{2}(?![0-9])|" ORIENTA_NUMBER_WORD
     "(?:[ \\t]+(?!(?:en|et)(?!\\p{L}))" ORIENTA_NUMBER_WORD "){0,4}"
     "(?:[ \\t]+et[ \\t]+une?(?!\\p{L}))?))",
     UREGEX_CASE_INSENSITIVE,
     always,
     false,
     {"n\u00e9", "n\u00c9", "ne le", "nee", "nes ", "ne(e)", "ne a ", "ne en", "geb", "ddn", "dob",
      "birth", "naiss", "geboorte", "dn", "\u00b0"}},
    // The year alone, or with its month: "né en 1946", "geboren in maart 1938", "(°1941)",
    // "geboortejaar 1950", "geb. 1977".
    {"[dob]",
     "(?:\\bn[ée]e?s?(?:\\(e\\))?[ \\t]+en|\\bgeboren[ "
     "\\t]+in|\\bgeb\\.?|(?<![nN])°|\\bgeboortejaar"
     "|\\bann[ée]e de naissance|\\bjaar van geboorte)[ \\t:]*"
     "(?<x>(?:" ORIENTA_MONTH "[ \\t]+)?(?:19|20)[0-9]{2})(?![0-9/.\\-])",
     UREGEX_CASE_INSENSITIVE,
     always,
     true,
     {"n\u00e9", "n\u00c9", " en ", "geb", "naissance", "\u00b0"}},
    {"[address]",
     "(?<x>\\b(?i:rue|avenue|av\\.|chaussée|chaussee|chée|boulevard|bd|bld|place|square|quai|"
     "drève|dreve|clos|allée|allee|impasse|chemin|galerie|parvis|rond-point|cité|venelle)"
     // not "vit en rue depuis 2019"; a word of three letters and a full stop ends a sentence
     "[ \\t]+(?!(?i:depuis|pendant|avec|sans|et|ou|pour|par|en|dans|sur|les?|une?|car|mais|"
     "donc|puis|après|avant|vers|chez|jusqu|sinon|quand|si)(?!\\p{L}))"
     "(?:(?i:de la|de l'|de l’|du|des|de|d'|d’|au|aux)[ \\t]*)?"
     "[\\p{L}'’.\\-]+(?:(?<!\\p{L}{3}\\.)[ \\t]+[\\p{L}'’.\\-]+){0,3}(?<!\\p{L}{3}\\.)[ \\t]+"
     "[0-9]{1,4}[a-zA-Z]?(?:/[0-9]{1,3})?\\b(?![/:.,][0-9])"
     "(?:[ \\t]*(?i:bte|boîte|boite|bus|b)\\.?[ \\t]*[0-9]{1,4})?"
     "|\\b\\p{Lu}[\\p{L}\\-]*(?:straat|laan|steenweg|plein|lei|dreef|kaai|weg|wegel|baan|"
     "dijk|markt|gracht|pad|hof|park|square|berg|veld|singel|gang|vest|kouter)[ \\t]+"
     "[0-9]{1,4}[a-zA-Z]?\\b(?![/:.,][0-9])"
     "(?:[ \\t]*(?i:bus|bte|b)\\.?[ \\t]*[0-9]{1,4})?)",
     0,
     always,
     true,
     {"rue",     "av",      "chauss", "ch\u00e9e",  "bd",     "bld",        "boulevard",
      "place",   "square",  "quai",   "dr\u00e8ve", "dreve",  "clos",       "all\u00e9e",
      "allee",   "impasse", "chemin", "galerie",    "parvis", "rond-point", "cit\u00e9",
      "venelle", "straat",  "laan",   "steenweg",   "plein",  "lei",        "dreef",
      "kaai",    "weg",     "baan",   "dijk",       "markt",  "gracht",     "pad",
      "hof",     "park",    "berg",   "veld",       "singel", "gang",       "vest",
      "kouter"}},
    // A file named after the patient ("dossier Van Caenegem", "dossier D'Hondt"); not an
    // acronym ("dossier APA", "dossier MàF"): the name's first word is a capital, then
    // lower-case letters only.
    {"[name]",
     "\\b(?i:dossier)[ \\t]*:?[ \\t]+"
     "(?=\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?!\\p{L}))" ORIENTA_NAME,
     0,
     always,
     false,
     {"dossier"}},
};

#undef ORIENTA_NAME
#undef ORIENTA_NUMBER_WORD
#undef ORIENTA_MONTH
#undef ORIENTA_PARTICLE
#undef ORIENTA_NAME_WORD

// ---------------------------------------------------------------------------------------------
// Names without a title: the words of the text, looked up in the list of names and read with
// the words around them.

// The folded word sequences that announce a name. A strong cue is followed by a name even
// when the list does not know it ("Bonjour Valérie", "op naam van Pieter Van Steenkiste"); a
// weak one makes a listed name that is also a word a name ("appel de Pierre", "met Roos").
// clang-format off
constexpr const char* kStrongCues =
    "bonjour|bonsoir|salut|coucou|cher|chere|au nom de|de la part de|m'appelle|s'appelle|"
    "t'appelles|prenom c'est|prenom est|nom c'est|nom est|je suis|dag|hallo|hoi|beste|"
    "op naam van|ten name van|ter attentie van|naam is|ik ben|heet|namens|t.n.v|tnv";
// clang-format on
// clang-format off
// The weak cues that are a call or a message: a listed name in lower case after them is one.
constexpr const char* kCalls =
    "appel de|appele|rappele|rappeler|rappelle|appeler|j'ai eu|parle avec|belde|gebeld|bel|"
    "bellen|terugbellen|gesproken|gesprek met|spreek met|demande de|retour de|mail de|"
    "message de|nota van|vraag van|bericht van|mail van";
// clang-format on
// clang-format off
constexpr const char* kWeakCues =
    "appel de|appele|rappele|rappeler|rappelle|appeler|j'ai eu|eu|parle avec|parle a|vu|"
    "avec|merci|et|ou|contact|belde|gebeld|bel|bellen|terugbellen|sprak|gesproken|"
    "gesprek met|spreek met|met|heb|bedankt|en|of|voor|pour|demande de|retour de|"
    "mail de|message de|c'est|nota van|vraag van|bericht van|mail van|mail van";
// clang-format on
// Professions, a weak cue before a name (they are often followed by their service's name:
// "infirmière Saint-Luc") and a sign of one after it ("Rafael (inf.)", "Kaat, de AS").
// clang-format off
constexpr const char* kProfessions =
    "infirmiere|infirmier|inf|verpleegster|verpleger|verpleegkundige|verpl|assistante|"
    "assistant|as|mw|collegue|collega|tuteur|tutrice|bewindvoerder|administrateur|"
    "administratrice|kine|ergo|aide|poetshulp|gezinshulp|mg|ha|medecin|arts";
// clang-format on
// The verbs after a name that tell it is one when it is also a word ("Roos belt zelf").
// clang-format off
constexpr const char* kAfterName =
    "belt|belde|rappelle|appelle|signale|vraagt|demande|zegt|dit|confirme|bevestigt|meldt|"
    "passe|passera|komt|vertaalt|traduit|heeft|a|est|is|wil|veut|voudrait|souhaite|refuse|"
    "weigert|pleure|huilt|woont|habite|vit";
// clang-format on
// A word after which a capitalised word names a place, an institution or a street, not a
// person ("Clinique Saint-Jean", "Huis Marie-José", "avenue Louise", "Fondation Roi Baudouin").
// clang-format off
constexpr const char* kPlaceWords =
    "metrohalte|tramhalte|bushalte|halte|arret|nachtopvang|opvang|opvanghuis|abri|asile|"
    "foyer|refuge|asbl|vzw|association|vereniging|projet|project|dagcentrum|creche|"
    "kinderdagverblijf|antenne|permanence|programme|programma|cellule|ploeg|saint|sainte|sint|st|ste|san|santa|notre|dame|clinique|cliniques|kliniek|hopital|"
    "hopitaux|ziekenhuis|chu|chr|az|uz|institut|instituut|residence|home|huis|maison|"
    "centre|center|centrum|rue|avenue|av|boulevard|bd|place|plein|square|chaussee|parc|"
    "park|fondation|stichting|ecole|school|college|lycee|athenee|pavillon|site|campus|"
    "cite|quartier|wijk|station|metro|gare|eglise|kerk|pont|porte|roi|koning|reine|"
    "koningin|prince|prins|princesse|prinses|wzc|mr|mrs|rusthuis|woonzorgcentrum|"
    "dienstencentrum|residentie|salle|zaal|prix|prijs|fonds|allee|dreve|clos|impasse|"
    "galerie|quai|kaai|laan|straat|steenweg|drève|passage|hof|pavillon|tour|toren|lycee|"
    "universite|universiteit|ulb|vub|ucl";
// clang-format on
// Titles and words a greeting is followed by that are not a name ("Bonjour Madame"), diseases
// and scales named after people ("échelle de Katz"), and the languages and nationalities Dutch
// writes with a capital
// ("spreekt Engels").
// clang-format off
constexpr const char* kNotNames =
    "madame|monsieur|mevrouw|meneer|mijnheer|docteur|dokter|mademoiselle|collegue|"
    "collegues|collega|collega's|tous|tout|toutes|allemaal|iedereen|a|la|le|les|de|het|"
    "een|u|vous|toi|jij|je|ik|il|elle|hij|zij|ze|maman|papa|mama|mamy|papy|oma|opa|"
    "famille|familie|service|dienst|equipe|team|ici|hier|"
    "lui|son|sa|ses|leur|mon|ma|ton|ta|ce|cet|cette|dat|die|deze|wat|wie|hun|ons|mijn|"
    "engels|frans|duits|nederlands|"
    "vlaams|turks|pools|roemeens|roemeense|italiaans|spaans|portugees|grieks|arabisch|"
    "berbers|russisch|oekraiens|chinees|albanees|koerdisch|perzisch|dari|pasjtoe|"
    "somalisch|tigrinya|lingala|swahili|belg|belgische|marokkaans|marokkaanse|turkse|"
    "congolees|congolese|france|belgique|belgie|maroc|marokko|turquie|turkije|roumanie|"
    "roemenie|pologne|polen|italie|espagne|spanje|syrie|afghanistan|congo|"
    "guinee";
// clang-format on
// Diseases, syndromes and scales named after people: not names, and a name that leads to
// one through particles is its eponym ("syndrome de Gilles de la Tourette").
// clang-format off
constexpr const char* kEponyms =
    "alzheimer|parkinson|crohn|down|huntington|charcot|korsakov|korsakoff|katz|barthel|"
    "norton|braden|glasgow|folstein|lawton|tinetti|zarit|apgar|karnofsky|tourette|asperger|"
    "wernicke|creutzfeldt|jakob|hodgkin|addison|cushing|basedow|raynaud|sjogren|lyme|"
    "meniere|paget|kahler|duchenne|willebrand|recklinghausen|bechterew|dupuytren";
// clang-format on
// Roles and kin: the capitalised word after them is a name ("sa fille Yasmina", "de
// verpleegster, Katrien", "patiënte: Jan Peeters").
// clang-format off
constexpr const char* kRoles =
    "patient|patiente|pt|pte|client|cliente|resident|residente|beneficiaire|bewoner|"
    "bewoonster|fille|fils|mere|pere|epouse|epoux|mari|soeur|s\u0153ur|frere|gendre|"
    "belle-fille|beau-fils|belle-mere|beau-pere|belle-soeur|beau-frere|petite-fille|"
    "petit-fils|niece|neveu|tante|oncle|cousin|cousine|voisin|voisine|ami|amie|compagnon|"
    "compagne|dochter|zoon|moeder|vader|man|vrouw|echtgenoot|echtgenote|zus|zuster|broer|"
    "schoondochter|schoonzoon|schoonmoeder|schoonvader|kleindochter|kleinzoon|neef|nicht|"
    "oom|buurman|buurvrouw|vriend|vriendin|partner|aidant|aidante|mantelzorger|famille|familie";
// clang-format on
// Titles: the lower-case names of the list after them are names ("mme lecomte", "dhr de vos").
// clang-format off
constexpr const char* kTitles =
    "mme|mmes|madame|mlle|mademoiselle|monsieur|mr|m|dr|docteur|dokter|dhr|mevr|mevrouw|"
    "meneer|mijnheer|prof|pr|me|maitre|mvr|mej|hr";
// clang-format on
// The words of a team or an organisation a person works for, after "de", "du" or "van de"
// ("Lucie de l'équipe", "Ria van de sociale dienst").
// clang-format off
constexpr const char* kOrganisations =
    "equipe|coordination|service|dienst|vereniging|association|asbl|vzw|cpas|ocmw|maison|"
    "centre|centrum|mutuelle|mutualite|mutualiteit|ziekenfonds|hopital|ziekenhuis|thuiszorg|"
    "thuisverpleging|antenne|permanence|cellule|ploeg|team|wijkgezondheidscentrum|reseau|"
    "netwerk|gezinszorg|mm|wgc|ssm|cgg|clinique|kliniek|pharmacie|apotheek|sociale|social";
// clang-format on
// The words of an age after a name in brackets or after a comma: "Milan (12 ans)", "Kaat, 8j".
// clang-format off
constexpr const char* kAgeWords = "ans|an|jaar|j|a|jarige|jr";
// clang-format on
// clang-format off
constexpr const char* kParticles =
    "van|de|den|der|del|della|da|das|dos|du|el|al|ben|ter|ten|von|di|bin|ibn|abu|abou|"
    "ould|vanden|vander";
// clang-format on

// A Dutch street name, written as one word: "Anspachlaan", "Kerkstraat".
bool street_name(std::string_view key) {
  static constexpr std::string_view kEnds[] = {"laan",  "straat", "steenweg", "plein", "lei",
                                               "dreef", "kaai",   "weg",      "park",  "hof",
                                               "markt", "dijk",   "baan",     "plaats"};
  return std::any_of(std::begin(kEnds), std::end(kEnds), [&](std::string_view end) {
    return key.size() > end.size() + 2 && key.substr(key.size() - end.size()) == end;
  });
}

// What a word is, besides a name: bits of Word::kind.
enum : uint16_t {
  kPlace = 1,
  kTitle = 2,
  kRole = 4,
  kNotName = 8,
  kParticle = 16,
  kStrongCue = 32,  // a one-word strong cue, as written (raw)
  kWeakCue = 64,
  kProfession = 128,
  kAfterVerb = 256,
  kOrganisation = 512,
  kAgeWord = 1024,
  kEponym = 2048,
};

// A name of the list: how it is used, and whether it is also an ordinary word.
struct NameEntry {
  bool given = false;
  bool surname = false;
  bool word = false;
};

// ASCII capitals in lower case, in place (the rest of the bytes as they are).
void lower_ascii(std::string& text) {
  for (char& ch : text) {
    ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
}

struct Word {
  int32_t begin = 0;  // UTF-16 offsets in the text; `begin` after an elision (d'Ahmed)
  int32_t end = 0;
  std::string key;                   // folded, elision removed
  std::string raw;                   // folded, as written
  bool capital = false;              // a capital, then at least one lower-case letter
  bool upper = false;                // capitals only
  bool plain_gap = false;            // only spaces between the previous word and this one
  bool dot_gap = false;              // a full stop, then spaces ("mevr. verhoeven")
  bool comma_gap = false;            // one comma or colon, and spaces ("sa fille, Nathalie")
  bool paren_gap = false;            // an opening bracket, and spaces ("Rafael (inf.)")
  bool age_gap = false;              // a bracket or a comma, then a number ("Milan (12 ans)")
  bool placeholder = false;          // inside a placeholder "[name]"
  bool elided = false;               // after an elision: "d'Evere" is of a place, not a name
  uint16_t kind = 0;                 // kPlace, kTitle...
  const NameEntry* entry = nullptr;  // its name in the list, if any
  bool starts_names = false;         // the first word of a multi-word name of the list
  bool is(uint16_t k) const { return (kind & k) != 0; }
};

// The typographic apostrophe as the plain one.
std::string apostrophes(std::string_view text) {
  static constexpr std::string_view kRight = "\u2019";
  std::string out;
  out.reserve(text.size());
  for (std::size_t p = 0; p < text.size();) {
    if (text.compare(p, kRight.size(), kRight) == 0) {
      out.push_back('\'');
      p += kRight.size();
    } else {
      out.push_back(text[p++]);
    }
  }
  return out;
}

bool letter(UChar32 c) { return u_isalpha(c) || u_getCombiningClass(c) > 0; }

std::vector<Word> words_of(const icu::UnicodeString& s) {
  std::vector<Word> out;
  int32_t i = 0;
  int32_t prev_end = 0;
  const int32_t n = s.length();
  while (i < n) {
    UChar32 c = s.char32At(i);
    if (!letter(c)) {
      i = s.moveIndex32(i, 1);
      continue;
    }
    Word w;
    w.begin = i;
    int32_t j = i;
    bool any_lower = false;
    bool any_upper = false;
    while (j < n) {
      const UChar32 d = s.char32At(j);
      if (letter(d)) {
        any_lower = any_lower || u_islower(d);
        any_upper = any_upper || u_isupper(d);
        j = s.moveIndex32(j, 1);
        continue;
      }
      // An apostrophe or a hyphen between two letters stays in the word.
      const bool joiner = d == u'\'' || d == u'’' || d == u'-';
      if (joiner && j + 1 < n && letter(s.char32At(j + 1))) {
        j = s.moveIndex32(j, 1);
        continue;
      }
      break;
    }
    w.end = j;
    bool plain = true;
    for (int32_t k = prev_end; k < i; ++k) {
      plain = plain && (s[k] == u' ' || s[k] == u'\t');
    }
    w.plain_gap = plain && !out.empty();
    w.dot_gap = !out.empty() && prev_end < i && s[prev_end] == u'.';
    for (int32_t k = prev_end + 1; w.dot_gap && k < i; ++k) {
      w.dot_gap = s[k] == u' ' || s[k] == u'\t';
    }
    int marks = 0;
    bool spaced = true;
    for (int32_t k = prev_end; k < i; ++k) {
      marks += s[k] == u',' || s[k] == u':';
      spaced = spaced && (s[k] == u' ' || s[k] == u'\t' || s[k] == u',' || s[k] == u':');
    }
    w.comma_gap = !out.empty() && spaced && marks == 1;
    bool paren = !out.empty() && prev_end < i;
    int opens = 0;
    for (int32_t k = prev_end; paren && k < i; ++k) {
      opens += s[k] == u'(';
      paren = s[k] == u'(' || s[k] == u' ' || s[k] == u'\t';
    }
    w.paren_gap = paren && opens == 1;
    // " (12 ", ", 82 ": spaces, one bracket or comma, spaces, one to three digits, spaces.
    int32_t g = prev_end;
    auto spaces = [&] {
      while (g < i && (s[g] == u' ' || s[g] == u'\t')) {
        ++g;
      }
    };
    spaces();
    const bool mark = g < i && (s[g] == u'(' || s[g] == u',');
    g += mark ? 1 : 0;
    spaces();
    const int32_t digits_from = g;
    while (g < i && s[g] >= u'0' && s[g] <= u'9') {
      ++g;
    }
    const int32_t digits = g - digits_from;
    spaces();
    w.age_gap = !out.empty() && mark && digits >= 1 && digits <= 3 && g == i;
    w.placeholder = i > 0 && s[i - 1] == u'[';
    std::string utf8;
    s.tempSubStringBetween(i, j).toUTF8String(utf8);
    if (std::all_of(utf8.begin(), utf8.end(), [](char ch) { return (ch & 0x80) == 0; })) {
      w.raw = utf8;  // ASCII: folding is lowering
      lower_ascii(w.raw);
    } else {
      w.raw = corpus::fold(apostrophes(utf8));
    }
    w.key = w.raw;
    // Elision: l', d', j', m', n', s', t', c', qu' before the word.
    // ("D'Hondt" is a name: the raw form is looked up too.)
    const std::size_t apos = w.raw.find_first_of("'");
    if (apos != std::string::npos && (apos == 1 || (apos == 2 && w.raw.rfind("qu", 0) == 0)) &&
        apos + 1 < w.raw.size()) {
      w.key = w.raw.substr(apos + 1);
      w.elided = !u_isupper(c);
      int32_t b = i;
      while (b < j && s[b] != u'\'' && s[b] != u'’') {
        ++b;
      }
      w.begin = b + 1;
    }
    const UChar32 first = s.char32At(w.begin);
    w.upper = any_upper && !any_lower;
    w.capital = u_isupper(first) && any_lower;
    out.push_back(std::move(w));
    prev_end = j;
    i = j;
  }
  return out;
}

class NameFinder {
 public:
  NameFinder(const std::vector<corpus::PersonName>& names, const std::vector<std::string>& places);
  // Replaces the names of `s` with [name].
  void scrub(icu::UnicodeString& s) const;

 private:
  using Entry = NameEntry;
  std::unordered_map<std::string, Entry> entries;  // folded name, words joined by spaces
  std::size_t longest = 1;                         // the most words in one name
  std::unordered_set<std::string> strong, weak, places, not_names, particles, titles, roles,
      professions, after_name, calls, organisations, age_words, eponyms;
  // What one word is, in one lookup: its kinds, its name in the list, and whether a name of
  // several words starts with it.
  struct Info {
    uint16_t kind = 0;
    const Entry* entry = nullptr;
    bool first = false;
  };
  std::unordered_map<std::string, Info> info;
  std::size_t longest_cue = 1;

  static std::string join(const std::vector<Word>& w, std::size_t from, std::size_t count,
                          bool raw) {
    std::string key;
    for (std::size_t k = from; k < from + count; ++k) {
      if (k > from) {
        key.push_back(' ');
      }
      key += raw ? w[k].raw : w[k].key;
    }
    return key;
  }

  // The listed name of words[i...] (longest first): its entry and word count, or 0 words.
  std::pair<const Entry*, std::size_t> lookup(const std::vector<Word>& w, std::size_t i) const {
    const bool several = w[i].starts_names;
    for (std::size_t count = several ? std::min(longest, w.size() - i) : 1; count >= 1; --count) {
      if (count == 1 && w[i].entry != nullptr) {
        return {w[i].entry, 1};
      }
      if (count == 1 && w[i].key.find('-') == std::string::npos) {
        break;
      }
      bool plain = true;
      for (std::size_t k = i + 1; k < i + count; ++k) {
        plain = plain && w[k].plain_gap;
      }
      if (!plain) {
        continue;
      }
      if (auto it = entries.find(join(w, i, count, false)); it != entries.end()) {
        return {&it->second, count};
      }
      if (auto it = entries.find(join(w, i, count, true)); it != entries.end()) {
        return {&it->second, count};
      }
      if (count == 1 && w[i].key.find('-') != std::string::npos) {
        // A compound given name the list does not hold ("Anne-Sophie"): every part listed.
        bool all = true;
        std::size_t start = 0;
        const std::string& k = w[i].key;
        while (all && start <= k.size()) {
          const std::size_t dash = std::min(k.find('-', start), k.size());
          auto part = entries.find(k.substr(start, dash - start));
          all = part != entries.end() && part->second.given && !places.count(part->first);
          start = dash + 1;
        }
        static const Entry kCompound{true, false, false};
        if (all && !places.count(k.substr(0, k.find('-')))) {
          return {&kCompound, 1};
        }
      }
    }
    return {nullptr, 0};
  }

  // A place word that starts a place's name; "MR" is a rest home, "Mr" a title.
  bool place_word(const Word& w) const { return w.is(kPlace) && !(w.is(kTitle) && !w.upper); }

  // True when words[i] follows a title, or a title and a particle ("dhr de vos"). "M", "Me"
  // and "Pr" are titles with their capital only.
  bool after_title(const std::vector<Word>& w, std::size_t i) const {
    auto title_at = [&](std::size_t k) {
      const Word& t = w[k];
      const bool capital_only = t.key == "m" || t.key == "me" || t.key == "pr";
      // A full stop ends an abbreviation ("mevr. X"), and a sentence after a word ("dokter.").
      const bool abbreviation = t.key.size() <= 4;
      return t.is(kTitle) && !(t.upper && t.is(kPlace)) &&
             !(capital_only && !(t.capital || t.upper)) && !t.placeholder &&
             (w[k + 1].plain_gap || (w[k + 1].dot_gap && abbreviation));
    };
    return (i >= 1 && title_at(i - 1)) ||
           (i >= 2 && w[i - 1].is(kParticle) && w[i].plain_gap && title_at(i - 2));
  }

  // True when what follows the capitalised words from words[i] on tells they are a name: a
  // verb of a person ("Roos belt zelf"), a role or a profession in apposition ("Blanche
  // (fille)", "Espoir, son fils").
  // The word after words[i] and the capitalised words that follow it ("Modeste Kabasele").
  static std::size_t after_capitals(const std::vector<Word>& w, std::size_t i) {
    std::size_t k = i + 1;
    while (k < w.size() && w[k].plain_gap && w[k].capital) {
      ++k;
    }
    return k;
  }

  bool named_after(const std::vector<Word>& w, std::size_t i) const {
    const std::size_t k = after_capitals(w, i);
    if (k >= w.size()) {
      return false;
    }
    const Word& n = w[k];
    const auto role = [](const Word& x) { return x.is(kRole) || x.is(kProfession); };
    if ((n.plain_gap && n.is(kAfterVerb)) || ((n.paren_gap || n.comma_gap) && role(n))) {
      return true;
    }
    static const std::unordered_set<std::string> kPossessives = {
        "son", "sa", "le", "la", "zijn", "haar", "de", "het", "mon", "ma", "mijn"};
    return n.comma_gap && kPossessives.count(n.key) > 0 && k + 1 < w.size() && w[k + 1].plain_gap &&
           role(w[k + 1]);
  }

  // True when the capitalised words from words[i] on are followed by a profession in
  // brackets: "Rafael (inf.)", "Prosper (inf. de nuit)".
  bool in_apposition(const std::vector<Word>& w, std::size_t i) const {
    const std::size_t k = after_capitals(w, i);
    return k < w.size() && w[k].paren_gap && w[k].is(kProfession);
  }

  // True when the capitalised words from words[i] on are followed by an age in brackets or
  // after a comma: "Milan (12 ans)", "Yasmina, 8 jaar".
  // Not the first word of a sentence ("Ex-gedetineerde, 45j"), nor a role ("Patiente, 86a").
  static bool aged(const std::vector<Word>& w, std::size_t i) {
    if (i == 0 || !w[i].plain_gap || w[i].is(kRole) || w[i].is(kProfession)) {
      return false;
    }
    const std::size_t k = after_capitals(w, i);
    return k < w.size() && w[k].age_gap && w[k].is(kAgeWord);
  }

  // True when particles lead from words[k] on to an eponym: "Gilles de la Tourette".
  static bool to_eponym(const std::vector<Word>& w, std::size_t k) {
    const std::size_t from = k;
    while (k < w.size() && w[k].plain_gap && w[k].is(kParticle | kNotName) && !w[k].is(kEponym)) {
      ++k;
    }
    return k > from && k < w.size() && w[k].plain_gap && w[k].is(kEponym);
  }

  // True when words[k...] say whom a person works for: "de l'équipe", "du CPAS", "van de
  // sociale dienst" ("Lucie de l'équipe de soutien", "ria van de sociale dienst").
  static bool affiliated(const std::vector<Word>& w, std::size_t k) {
    static const std::unordered_set<std::string> kOf = {"de", "du", "des", "van", "vd"};
    if (k >= w.size() || !w[k].plain_gap || kOf.count(w[k].key) == 0) {
      return false;
    }
    for (std::size_t m = k + 1; m < std::min(w.size(), k + 4); ++m) {
      if (!w[m].plain_gap) {
        return false;
      }
      if (w[m].is(kOrganisation)) {
        return true;
      }
    }
    return false;
  }

  // True when words[i] follows a Dutch title and a particle ("mevr de coninck"); French ones
  // are left out for "le dr de garde".
  bool dutch_titled(const std::vector<Word>& w, std::size_t i) const {
    static const std::unordered_set<std::string> kDutch = {"dhr",    "mevr",     "mvr", "mevrouw",
                                                           "meneer", "mijnheer", "mej", "hr"};
    return w[i].plain_gap && w[i - 1].plain_gap && kDutch.count(w[i - 2].key) > 0 &&
           after_title(w, i);
  }

  // True when words[i] follows a role or kin word ("sa fille", "de buurman,").
  bool after_role(const std::vector<Word>& w, std::size_t i) const {
    return i >= 1 && w[i - 1].is(kRole) && !w[i - 1].placeholder &&
           (w[i].plain_gap || w[i].comma_gap);
  }

  // The cue that ends just before words[i]: kStrong, kCall, kWeak or 0.
  static constexpr int kWeak = 1;
  static constexpr int kCall = 2;  // a call or a message: "appel de", "belde", "nota van"
  static constexpr int kStrong = 3;
  int cue_before(const std::vector<Word>& w, std::size_t i) const {
    if (i == 0 || !w[i].plain_gap) {
      return 0;
    }
    int found = 0;
    for (std::size_t count = 1; count <= std::min(longest_cue, i); ++count) {
      const std::size_t from = i - count;
      bool plain = true;
      for (std::size_t k = from + 1; k < i; ++k) {
        plain = plain && w[k].plain_gap;
      }
      if (!plain) {
        break;
      }
      const std::string key = join(w, from, count, true);
      if (strong.count(key)) {
        return kStrong;
      }
      if (calls.count(key)) {
        found = kCall;
      } else if (weak.count(key) && found == 0) {
        found = kWeak;
      }
    }
    return found;
  }
};

NameFinder::NameFinder(const std::vector<corpus::PersonName>& names,
                       const std::vector<std::string>& not_listed) {
  // Each list is one string, its entries separated by '|'.
  auto add_all = [](std::unordered_set<std::string>& set, std::string_view words,
                    std::size_t* most) {
    for (std::size_t start = 0; start <= words.size();) {
      const std::size_t bar = std::min(words.find('|', start), words.size());
      const std::string entry(words.substr(start, bar - start));
      start = bar + 1;
      if (entry.empty()) {
        continue;
      }
      set.insert(entry);
      if (most != nullptr) {
        *most = std::max<std::size_t>(*most, 1 + std::count(entry.begin(), entry.end(), ' '));
      }
    }
  };
  add_all(strong, kStrongCues, &longest_cue);
  add_all(weak, kWeakCues, &longest_cue);
  add_all(places, kPlaceWords, nullptr);
  add_all(not_names, kNotNames, nullptr);
  add_all(not_names, kEponyms, nullptr);
  add_all(eponyms, kEponyms, nullptr);
  for (const auto& place : not_listed) {
    not_names.insert(corpus::fold(apostrophes(place)));
  }
  add_all(particles, kParticles, nullptr);
  add_all(titles, kTitles, nullptr);
  add_all(roles, kRoles, nullptr);
  add_all(professions, kProfessions, nullptr);
  add_all(weak, kProfessions, nullptr);
  add_all(after_name, kAfterName, nullptr);
  add_all(calls, kCalls, &longest_cue);
  add_all(weak, kCalls, nullptr);
  add_all(organisations, kOrganisations, nullptr);
  add_all(age_words, kAgeWords, nullptr);
  for (const auto& [set, bit] :
       {std::pair{&places, kPlace}, std::pair{&titles, kTitle}, std::pair{&roles, kRole},
        std::pair{&not_names, kNotName}, std::pair{&particles, kParticle},
        std::pair{&strong, kStrongCue}, std::pair{&weak, kWeakCue},
        std::pair{&professions, kProfession}, std::pair{&after_name, kAfterVerb},
        std::pair{&organisations, kOrganisation}, std::pair{&age_words, kAgeWord},
        std::pair{&eponyms, kEponym}}) {
    for (const auto& word : *set) {
      info[word].kind |= bit;
    }
  }
  for (const auto& n : names) {
    std::string key;
    for (const auto& part : corpus::split_list(corpus::fold(apostrophes(n.name)), ' ')) {
      if (!key.empty()) {
        key.push_back(' ');
      }
      key += part;
    }
    if (key.empty() || places.count(key) || not_names.count(key)) {
      continue;
    }
    Entry& e = entries[key];
    e.given = e.given || n.given;
    e.surname = e.surname || n.surname;
    e.word = e.word || n.word;
    longest = std::max<std::size_t>(longest, 1 + std::count(key.begin(), key.end(), ' '));
    if (key.find(' ') != std::string::npos) {
      info[key.substr(0, key.find(' '))].first = true;
    }
  }
  for (const auto& [key, entry] : entries) {
    if (key.find(' ') == std::string::npos) {
      info[key].entry = &entry;
    }
  }
}

void NameFinder::scrub(icu::UnicodeString& s) const {
  std::vector<Word> w = words_of(s);
  for (Word& word : w) {
    for (const std::string* form : {&word.key, &word.raw}) {
      if (auto it = info.find(*form); it != info.end()) {
        // Cues are read as written ("m'appelle"), the rest without the elision.
        const Info& in = it->second;
        word.kind |= form == &word.key ? in.kind : (in.kind & (kStrongCue | kWeakCue));
        word.entry = word.entry != nullptr ? word.entry : in.entry;
        word.starts_names = word.starts_names || in.first;
      }
      if (word.raw == word.key) {
        break;
      }
    }
  }
  std::vector<bool> name(w.size(), false);
  std::vector<bool> place(w.size(), false);
  // A capitalised group after a place word is a place: "Institut Jules Bordet".
  for (std::size_t i = 1; i < w.size(); ++i) {
    place[i] =
        w[i].plain_gap && (w[i].capital || w[i].upper) && (place_word(w[i - 1]) || place[i - 1]);
  }
  for (std::size_t i = 0; i < w.size(); ++i) {
    const Word& word = w[i];
    if (word.placeholder || place[i] || name[i] || word.is(kNotName) || place_word(word) ||
        word.is(kTitle)) {
      continue;
    }
    auto [entry, count] = lookup(w, i);
    const bool after_particle = i >= 2 && w[i - 1].is(kParticle);
    if (entry == nullptr && !word.capital && !word.upper &&
        !(after_particle && dutch_titled(w, i))) {
      continue;  // a lower-case word the list does not know is no name
    }
    const int cue = word.elided ? 0 : cue_before(w, i);
    const bool titled = !word.elided && after_title(w, i);
    const bool role = !word.elided && after_role(w, i);
    const bool announced = cue > 0 || titled || role;
    bool is_name = false;
    if (entry != nullptr) {
      if (word.capital || (word.upper && announced)) {
        is_name = !entry->word || announced || named_after(w, i) || aged(w, i) ||
                  (entry->given && affiliated(w, after_capitals(w, i))) ||
                  (i + count < w.size() && w[i + count].plain_gap && w[i + count].capital &&
                   lookup(w, i + count).first != nullptr);
      } else if (!word.upper) {
        // A name in lower case after a call, a title or a role: "appel de bogdan", "mevr.
        // verhoeven" (not after "met" or "en": "met spina bifida"); a listed
        // word needs more: a title and a particle ("dhr de vos").
        const bool particle = i >= 1 && w[i - 1].is(kParticle);
        // A listed given name in lower case, also before whom the person works for ("avec
        // lucie de l'équipe").
        is_name =
            (!entry->word && word.key.size() >= 3 &&
             (cue >= kCall || titled || role || (entry->given && affiliated(w, i + count)))) ||
            (particle && titled);
      }
    } else if (!word.capital && !word.upper && after_particle && dutch_titled(w, i)) {
      // "mevr de coninck", "dhr van dam": a Dutch title, a particle, a word in lower case.
      is_name = !word.is(kNotName) && word.key.size() >= 2;
      count = 1;
    } else if ((word.capital &&
                (cue == kStrong || titled || role || in_apposition(w, i) || aged(w, i))) ||
               (word.upper && titled)) {
      is_name = true;
      count = 1;
    }
    if (!is_name || to_eponym(w, i + count)) {
      continue;
    }
    // The name goes on with the capitalised words (and particles) that follow it, and
    // with listed lower-case names after a lower-case one ("fatoumata camara").
    std::size_t end = i + count;
    auto initial = [&](std::size_t k) { return w[k].upper && w[k].key.size() == 1; };
    while (end < w.size() && end < i + 5 &&
           (w[end].plain_gap || (w[end].dot_gap && initial(end - 1))) && !place[end] &&
           !w[end].placeholder && !w[end].is(kNotName) && !place_word(w[end])) {
      if (w[end].capital || (w[end].upper && (w[end].key.size() > 1 || titled))) {
        ++end;
      } else if (w[end].is(kParticle) && end + 1 < w.size() && w[end + 1].plain_gap &&
                 w[end + 1].capital) {
        end += 2;
      } else if (!word.capital) {
        auto next = lookup(w, end);
        if (next.first == nullptr || next.first->word) {
          break;
        }
        end += next.second;
      } else {
        break;
      }
    }
    // A first name that starts a street's name is the street's: "Paul Hégerlaan".
    if (std::any_of(w.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                    w.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const Word& x) { return street_name(x.key); })) {
      i = end - 1;
      continue;
    }
    // And starts with a capitalised word just before it that is not a cue ("Grzegorz
    // Kowalski"), unless that word starts the sentence.
    std::size_t begin = i;
    if (begin > 0 && w[begin].plain_gap && w[begin - 1].capital && !name[begin - 1] &&
        !place[begin - 1] && !place_word(w[begin - 1]) && !w[begin - 1].is(kTitle) &&
        !w[begin - 1].is(kRole) && !w[begin - 1].is(kNotName) && !w[begin - 1].is(kStrongCue) &&
        !w[begin - 1].is(kWeakCue) && (begin - 1 > 0 && w[begin - 1].plain_gap)) {
      --begin;
    }
    if (begin >= 2 && w[begin - 1].is(kParticle) && after_title(w, begin)) {
      --begin;  // "dhr de vos"
    }
    for (std::size_t k = begin; k < end; ++k) {
      name[k] = true;
    }
    i = end - 1;
  }
  // Replace from the end so that earlier offsets stay right; one placeholder per run.
  for (std::size_t i = w.size(); i-- > 0;) {
    if (!name[i]) {
      continue;
    }
    std::size_t first = i;
    while (first > 0 && name[first - 1] && w[first].plain_gap) {
      --first;
    }
    s.replace(w[first].begin, w[i].end - w[first].begin, icu::UnicodeString(u"[name]"));
    i = first;
  }
}

}  // namespace

struct Scrubber::Impl {
  Impl(const std::vector<corpus::PersonName>& list, const std::vector<std::string>& places)
      : names(list, places) {
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
      rules.push_back({&rule, std::move(p), U_SUCCESS(group_status) ? group : 0});
    }
  }
  struct Compiled {
    const Rule* rule;
    std::unique_ptr<icu::RegexPattern> pattern;
    int32_t group;  // the group to replace, or 0 for the whole match
  };
  std::vector<Compiled> rules;
  NameFinder names;
};

Scrubber::Scrubber()
    : impl_(std::make_unique<Impl>(std::vector<corpus::PersonName>{}, std::vector<std::string>{})) {
}

Scrubber::Scrubber(const corpus::ReferenceData& ref) {
  std::vector<std::string> places;
  for (const auto& area : ref.geography.areas()) {
    places.push_back(area.name_fr);
    places.push_back(area.name_nl);
    places.insert(places.end(), area.aliases.begin(), area.aliases.end());
  }
  impl_ = std::make_unique<Impl>(ref.person_names, places);
}

Scrubber::~Scrubber() = default;

std::string Scrubber::scrub(std::string_view text) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const bool has_digit = text.find_first_of("0123456789") != std::string_view::npos;
  std::string lowered(text);
  lower_ascii(lowered);
  for (const auto& c : impl_->rules) {
    if (c.rule->needs_digit && !has_digit) {
      continue;
    }
    if (c.rule->cues.size() > 0 &&
        std::none_of(c.rule->cues.begin(), c.rule->cues.end(),
                     [&](const char* cue) { return lowered.find(cue) != std::string::npos; })) {
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
  impl_->names.scrub(s);
  std::string result;
  s.toUTF8String(result);
  return result;
}

}  // namespace orienta::indexer
