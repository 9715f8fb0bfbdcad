// Turns a helpdesk situation into needs, a location and ranked, explained referrals.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/indexer.h"
#include "orienta/search.h"
#include "orienta/status.h"

namespace orienta::matcher {

/// Where the patient is, as the request gives it: at most one of the three is used, in the
/// order postcode, commune, bassin. All empty: the location is looked for in the text.
struct Location {
  std::string postcode;
  std::string commune;
  std::string bassin;
};

/// The longest situation text accepted, in characters.
inline constexpr std::size_t kMaxTextChars = 5000;
inline constexpr int kMaxLimit = 50;

/// Words of the situation, as written, and their byte offsets in it.
struct TextSpan {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A theme the situation needs, with the words that show it.
struct Need {
  std::string theme;
  double confidence = 0.0;            ///< in (0, 1]
  std::vector<std::string> evidence;  ///< words of the text, as written (the spans' texts)
  std::vector<TextSpan> spans;        ///< where they are
};

/// Whether a responder must act within 24 hours (shared/eval/LABELLING.md): no shelter
/// tonight, a danger to life or of violence, suicidal intent, no essential medication or care
/// tomorrow, a discharge today or tomorrow with nobody at home.
struct Urgency {
  bool urgent = false;
  /// danger | shelter | discharge | care (by the cues of data/urgency.tsv), or likely (by the
  /// classifier, like past situations the helpdesk acted on within 24 hours); "" when not
  /// urgent.
  std::string reason;
  std::vector<TextSpan> evidence;  ///< the words that make it urgent
};

/// What the situation says of the person the help is for (shared/eval/LABELLING.md
/// "patient"): unknown stays unknown (nullopt, "" or false).
struct PatientFacts {
  std::optional<int> age;
  std::string sex;  ///< "f", "m" or ""
  bool pregnant = false;
  bool victim_of_violence = false;
  bool author_of_violence = false;
  bool no_insurance = false;  ///< no health insurance, or no longer in order
  bool no_legal_residence = false;
  bool homeless = false;
  /// The audiences (data/audiences.tsv) and health conditions (data/conditions.tsv) the text
  /// names the person by, in code order: "deaf", "roma", "parkinson", "diabetes" (by the
  /// words of data/person_words.tsv, outside denials).
  std::vector<std::string> groups;
  std::vector<TextSpan> evidence;  ///< the words that show them
};

/// The location used for ranking and where it came from.
struct ResolvedLocation {
  std::string bassin;             ///< "" when unknown
  std::string commune;            ///< French name of the area, "" when unknown
  std::string area;               ///< area id (geography.tsv), "" when unknown
  std::string source;             ///< "postcode" | "commune" | "bassin" | "text" | "none"
  std::string second_bassin;      ///< the bassin of an ambiguous postcode's second candidate
  bool outside_brussels = false;  ///< a postcode outside the region was given
};

/// Where a service works relative to the patient.
enum class Proximity { kSameBassin, kRegional, kAdjacentBassin, kOtherBassin };
/// The wire code of a proximity: same_bassin | regional | adjacent_bassin | other_bassin.
std::string_view proximity_code(Proximity p);

/// A service proposed for one or more needs, with the sentence a responder reads aloud.
struct Referral {
  std::string id;
  std::string name;
  std::vector<std::string> themes;
  std::vector<std::string> bassins;  ///< service area
  std::vector<std::string> languages;
  std::vector<std::string> needs_covered;
  Proximity proximity = Proximity::kOtherBassin;
  double score = 0.0;      ///< in [0, 1]; comparable within one answer only
  std::string why;         ///< one sentence, in the language of the request
  std::string contact;     ///< the stored contact object (JSON)
  std::string names;       ///< the stored name in both languages (JSON object)
  std::string address;     ///< the stored address object (JSON), "" if none
  std::string hours;       ///< the stored opening hours in both languages (JSON), "" if none
  int past_referrals = 0;  ///< how many similar past answers referred to this service
  std::vector<std::string> offers;  ///< what it offers (data/offers.tsv), main first
  // Its eligibility (docs/corpus.md):
  std::vector<std::string> audiences;
  std::vector<std::string> conditions;
  std::vector<std::string> areas;  ///< area ids, for a service bound to communes
  std::vector<std::string> requirements;
  std::optional<int> age_min;
  std::optional<int> age_max;
};

struct RelatedDocument {
  std::string id;
  std::string title;
  std::string snippet;
};

struct MatchResult {
  std::vector<Need> needs;  ///< main request first (a danger to life before it)
  Urgency urgency;
  PatientFacts patient;  ///< as read from the text, or as the request gave them
  ResolvedLocation location;
  std::vector<Referral> referrals;
  std::vector<RelatedDocument> related_answers;  ///< scrubbed past answers
  std::vector<RelatedDocument> related_dossiers;
  std::string lang;                 ///< language of the request: fr or nl
  std::vector<std::string> spoken;  ///< languages the patient speaks (ISO codes)
  std::vector<std::string> notices;
};

/// Languages a patient may speak (data/languages.tsv).
struct LanguageName {
  std::string concept_id;
  std::string code;
  std::string speaks_fr;
  std::string speaks_nl;
};

/// How the needs are decided; the defaults are the project's, chosen on its own labelled
/// situations (eval/data/situations.jsonl, docs/relevance.md). With a need classifier, a theme
/// is a need when its probability plus the weighted evidence and vote reaches `threshold`.
/// Which detector reads the needs: the index's classifier with the rules (the rules alone for
/// themes it does not model), or the rules alone (for comparison).
enum class NeedDetector { kClassifierAndRules, kRulesOnly };

struct NeedWeights {
  NeedDetector detector = NeedDetector::kClassifierAndRules;
  double evidence = 0.20;   ///< weight of the lexicon's evidence (a main-theme expression: 1)
  double vote = 0.20;       ///< weight of the similar answers' share for the theme
  double threshold = 0.40;  ///< a theme whose combined score reaches this is a need
  /// With no need above the threshold, the likeliest theme is one when it reaches this.
  double fallback = 0.10;
  /// With no cue of urgency, the situation is urgent ("likely") when the classifier's
  /// probability of urgency reaches this.
  double urgency = 0.5;
  /// Taken off a need's order in proportion to how far in the text its first evidence is.
  double position = 0.5;
  /// Without a classifier (an index built before one), the rules alone: a need on evidence of
  /// at least one main-theme expression, or half of it that similar answers confirm.
  double min_evidence = 1.0;
  double min_confirmed_evidence = 0.5;
  double min_vote = 0.4;
};

/// How candidates are scored: a weighted blend of values in [0, 1], a bonus or a malus for the
/// audience, then a penalty outside the age limits. The defaults are the project's (chosen on
/// the project's judged referrals, docs/relevance.md).
struct RankWeights {
  double needs = 0.35;      ///< share of the needs (by confidence) the service covers
  double proximity = 0.35;  ///< its proximity, valued as below
  double text = 0.20;       ///< how well its text matches the situation's words
  double language = 0.08;   ///< it speaks a language of the patient
  double past = 0.07;       ///< similar past answers referred to it (two or more: all of it)
  double fresh = 0.05;      ///< its record was checked within `fresh_months` of the day
  double same_bassin = 1.0;
  double regional = 0.8;
  double adjacent_bassin = 0.3;
  double other_bassin = 0.1;
  double secondary_theme = 0.8;  ///< a need that is not its main theme counts this much
  int fresh_months = 12;
  double age_penalty = 0.5;  ///< the score is multiplied by this outside its age limits
  double target = 0.10;      ///< added when its audience or commune targets the patient
  /// Taken off when it is restricted to audiences that neither the patient's facts nor the
  /// needs show (a shelter for the homeless, for a patient not shown homeless), and again
  /// when it serves only the people it already follows (requires followed_here).
  double unshown_audience = 0.10;
  /// Taken off when it is restricted to health conditions that neither the text nor the
  /// needs show (a Parkinson nurse, for a patient not said to have Parkinson's).
  double unshown_condition = 0.25;
  /// Added when it offers what the text asks for (data/offer_words.tsv: "un centre de jour",
  /// "colis alimentaires"), and taken off when its main offer is already in place.
  double offer_asked = 0.15;
  double offer_in_place = 0.15;
  /// For an urgent situation, the text weighs this much more: its words and those of acting
  /// now ("24h/24", "nuit", "dag en nacht") bring the services that can act today.
  double urgent_text = 0.30;
  /// In choosing the first referrals (one per need), a service that covers several needs not
  /// yet served is worth this much more per extra need.
  double extra_need = 0.10;
};

/// What a match may be given besides the text.
struct MatchOptions {
  /// The theme codes the responder settled on: they replace the needs found in the text (a
  /// need found there keeps its evidence and confidence; one the text did not show gets
  /// confidence 1 and no evidence), in the order given.
  std::vector<std::string> needs{};
  /// The day the match is for (YYYY-MM-DD, given by the caller: the matcher reads no clock),
  /// for the freshness of the services' records; empty counts no record as fresh.
  std::string as_of{};
  /// The patient's facts as the responder or the chatbot knows them: they replace those read
  /// in the text.
  std::optional<PatientFacts> patient{};
};

/// What a Matcher is created with.
struct MatcherOptions {
  NeedWeights needs;
  RankWeights rank;
};

/// Ranks referrals against an open index. Not thread-safe, like the Searcher it uses; the
/// Searcher, Analyzer and ReferenceData must outlive the Matcher.
class Matcher {
 public:
  /// Reads languages.tsv, urgency.tsv, patient.tsv and case_words.txt from `data_dir`. Errors:
  /// kUnavailable / kInvalidArgument.
  static Result<std::unique_ptr<Matcher>> create(const search::Searcher& searcher,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref,
                                                 const std::filesystem::path& data_dir,
                                                 const MatcherOptions& options = {});
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// Finds the needs, the urgency, the patient's facts and the location of `text` (French,
  /// Dutch or both) and returns up to `limit` referrals, covering every need once before a
  /// second service for any need. A service whose eligibility excludes the patient as known
  /// (an age outside its limits, an audience the patient is not, a commune-bound service of
  /// another commune or of an unknown one, a requirement the patient is known not to meet) is
  /// never proposed; one that targets the patient is preferred.
  /// Errors: kInvalidArgument if `text` is blank, not UTF-8 or over kMaxTextChars characters,
  /// `limit` is not in 1..kMaxLimit, the given patient's age is not in 0..search::kMaxAge or
  /// their sex not "f", "m" or "", `where` names an unknown commune or bassin or a malformed
  /// postcode, a need is an unknown theme code or `as_of` is not a date; kUnavailable if the
  /// index cannot be read.
  Result<MatchResult> match(std::string_view text, const Location& where, int limit,
                            const MatchOptions& options = {}) const;

 private:
  Matcher();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orienta::matcher
