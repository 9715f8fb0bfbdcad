// The index schema: every term prefix and value slot, shared by the indexer (writer) and
// search (reader) so that they cannot drift apart.
#pragma once

#include <string>
#include <string_view>

namespace orienta::schema {

// ---- Terms --------------------------------------------------------------------------------
// Free text: the folded, unstemmed word, with positions (phrases, spelling, exact boosts).
inline constexpr std::string_view kPrefixWord = "";
// Free text: the stem of the word in the language of its sentence (french or dutch stemmer).
inline constexpr std::string_view kPrefixStem = "Z";
// A concept of the bilingual lexicon found in the text (data/lexicon.tsv), e.g.
// "XCsoins-palliatifs": how a Dutch query meets a French document.
inline constexpr std::string_view kPrefixConcept = "XC";
// Boolean filter terms.
inline constexpr std::string_view kPrefixId = "Q";       // document id, unique
inline constexpr std::string_view kPrefixKind = "XK";    // service | answer | dossier
inline constexpr std::string_view kPrefixTheme = "XT";   // theme code
inline constexpr std::string_view kPrefixBassin = "XB";  // bassin code, or "region"
inline constexpr std::string_view kPrefixArea = "XA";    // area id of the address (commune)
inline constexpr std::string_view kPrefixLang = "XL";    // text language: fr, nl (both for fr+nl)
inline constexpr std::string_view kPrefixSpoken = "XS";  // language spoken at a service
// A service's eligibility (docs/corpus.md "audiences", "requires", "service_area"), as terms a
// search filters on: XE<fact> for each known fact of a person that excludes them (kExcludes),
// XR<area id> for each area of a service bound to communes, and XE"commune-bound" on it.
inline constexpr std::string_view kPrefixExcludes = "XE";
inline constexpr std::string_view kPrefixServesArea = "XR";
inline constexpr std::string_view kCommuneBound = "commune-bound";
// Kind and theme together, "service:palliative": far rarer than either, so a search for the
// services (or dossiers) of a theme walks that short list and not every document of the theme.
inline constexpr std::string_view kPrefixKindTheme = "XY";
inline constexpr char kKindThemeSeparator = ':';
// The pair term of a kind and a theme: "XYservice:palliative".
inline std::string kind_theme_term(std::string_view kind, std::string_view theme) {
  return std::string(kPrefixKindTheme) + std::string(kind) + kKindThemeSeparator +
         std::string(theme);
}

// ---- Values -------------------------------------------------------------------------------
// Facet values are stored so that counting needs no document fetch. A list value joins its
// items with kListSeparator.
inline constexpr char kListSeparator = '\x1f';
inline constexpr unsigned kSlotKind = 0;     // "service" | "answer" | "dossier"
inline constexpr unsigned kSlotThemes = 1;   // list of theme codes
inline constexpr unsigned kSlotBassins = 2;  // list of bassin codes or "region"
inline constexpr unsigned kSlotLang = 3;     // "fr" | "nl" | "fr+nl"
inline constexpr unsigned kSlotDate = 4;     // YYYYMMDD: answer date, or record update
inline constexpr unsigned kSlotCoords = 5;   // Xapian::LatLongCoords::serialise()
inline constexpr unsigned kSlotAgeMin = 6;   // Xapian::sortable_serialise(years)
inline constexpr unsigned kSlotAgeMax = 7;   // Xapian::sortable_serialise(years)
inline constexpr unsigned kSlotSpoken = 8;   // list of language codes
inline constexpr unsigned kSlotHash = 9;     // hash of the source record, for updates
inline constexpr unsigned kSlotArea = 10;    // area id of the address
inline constexpr unsigned kSlotId = 11;      // the document id, readable without the record
// What a search hit shows, in one value so that a hit costs one value read, not twelve: kind,
// lang, themes, bassins, spoken, age_min, age_max (whole years in decimal, or empty), date
// (YYYYMMDD), id, audiences, areas (of a service bound to communes), requires, conditions
// and offers, in this order, joined with kHeadSeparator; lists are comma-separated.
inline constexpr unsigned kSlotHead = 12;
inline constexpr unsigned kSlotAudiences = 13;   // list of audience codes (services)
inline constexpr unsigned kSlotAreas = 14;       // list of area ids of a commune-bound service
inline constexpr unsigned kSlotRequires = 15;    // list of requirement codes (services)
inline constexpr unsigned kSlotConditions = 16;  // list of condition codes (services)
inline constexpr unsigned kSlotOffers = 17;      // list of offer codes (services)
inline constexpr char kHeadSeparator = '\x1e';

// ---- Document data ------------------------------------------------------------------------
// A JSON object: the record as shown to users ("title", "text" for snippets, and the fields of
// docs/corpus.md). For an answer, the question and answer are the scrubbed text only.

// ---- Document ids -------------------------------------------------------------------------
// A build adds its new documents kind by kind (services, answers, dossiers), and within a kind
// in the order of a hash of their ids (FNV-1a and MurmurHash3's finaliser), not in file order.
// Each kind is then one run of docids, so a search restricted to a kind skips the others
// cheaply; and any run of docids within a kind is a fair sample of that kind, whatever the
// theme, bassin or date: search estimates a large result's total and facet counts from its
// first matches of each kind in docid order, and relies on this. (Documents added by later
// incremental builds come after the others: the sample is fair again after a full rebuild.)

// ---- Facts of a person that a service's eligibility can exclude (XE terms) ----------------
// A service excludes a fact when none of its audiences can have it, or it requires what the
// fact denies: "sex-m" (women among its audiences, or only pregnant women: the sex restricts
// whatever the other codes), "sex-f" (men among them),
// "victim" (authors of violence), "not-professional" (only professionals, for their own training
// or care: corpus::booked_for_others is false), "no-insurance" (requires health_insurance),
// "no-residence" (requires legal_residence). Ages are the kSlotAgeMin/kSlotAgeMax values, narrowed
// by audiences that are all age groups (children 0-11, adolescents 12-17, young_adults 18-25,
// older_people 60+, pregnant 12-55).
inline constexpr std::string_view kFactMale = "sex-m";
inline constexpr std::string_view kFactFemale = "sex-f";
inline constexpr std::string_view kFactVictim = "victim";
inline constexpr std::string_view kFactNotProfessional = "not-professional";
inline constexpr std::string_view kFactNoInsurance = "no-insurance";
inline constexpr std::string_view kFactNoResidence = "no-residence";

// ---- Metadata -----------------------------------------------------------------------------
inline constexpr std::string_view kMetaSchemaVersion = "orienta:schema";
inline constexpr std::string_view kSchemaVersion = "9";
inline constexpr std::string_view kMetaBuiltAt = "orienta:built_at";  // ISO 8601, UTC
// Analyzer::fingerprint() of the analysis the documents went through: a build with another
// (an edited lexicon or stop-word list, new analysis rules) rebuilds in full.
inline constexpr std::string_view kMetaAnalysis = "orienta:analysis";
// The need classifier (NeedModel::serialize()), trained by each build on the scrubbed questions
// of the generation's answers and their themes: the model lives and is replaced with the index.
inline constexpr std::string_view kMetaNeedModel = "orienta:need_model";

}  // namespace orienta::schema
