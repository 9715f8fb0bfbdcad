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

/// A theme the situation needs, with the words that show it.
struct Need {
  std::string theme;
  double confidence = 0.0;            ///< in (0, 1]
  std::vector<std::string> evidence;  ///< words of the text, as written
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

/// A service proposed for one or more needs, with the sentence a responder reads aloud.
struct Referral {
  std::string id;
  std::string name;
  std::vector<std::string> themes;
  std::vector<std::string> bassins;  ///< service area
  std::vector<std::string> languages;
  std::vector<std::string> needs_covered;
  std::string proximity;   ///< same_bassin | regional | adjacent_bassin | other_bassin
  double score = 0.0;      ///< in [0, 1]; comparable within one answer only
  std::string why;         ///< one sentence, in the language of the request
  std::string contact;     ///< the stored contact object (JSON)
  int past_referrals = 0;  ///< how many similar past answers referred to this service
};

struct RelatedDocument {
  std::string id;
  std::string title;
  std::string snippet;
};

struct MatchResult {
  std::vector<Need> needs;  ///< in the order the text names them
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

/// Ranks referrals against an open index. Not thread-safe, like the Searcher it uses; the
/// Searcher, Analyzer and ReferenceData must outlive the Matcher.
class Matcher {
 public:
  /// Reads data/languages.tsv from `data_dir`. Errors: kUnavailable / kInvalidArgument.
  static Result<std::unique_ptr<Matcher>> create(const search::Searcher& searcher,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref,
                                                 const std::filesystem::path& data_dir);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// Finds the needs and the location of `text` (French, Dutch or both) and returns up to
  /// `limit` referrals, covering every need once before a second service for any need.
  /// Errors: kInvalidArgument if `text` is blank, not UTF-8 or over kMaxTextChars characters,
  /// `limit` is not in 1..kMaxLimit, or `where` names an unknown commune or bassin or a
  /// malformed postcode; kUnavailable if the index cannot be read.
  ///
  /// `needs`, when not empty, are the theme codes the responder settled on: they replace the
  /// needs found in the text (a need found there keeps its evidence and confidence; one the
  /// text did not show gets confidence 1 and no evidence), in the order given. Errors:
  /// kInvalidArgument for an unknown theme code.
  Result<MatchResult> match(std::string_view text, const Location& where, int limit,
                            const std::vector<std::string>& needs = {}) const;

 private:
  Matcher();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orienta::matcher
