// Search over the index: bilingual free text, filters, facet counts, snippets, spelling.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/status.h"

namespace orienta::search {

/// How results are ordered.
enum class SortOrder {
  kRelevance,  ///< best text match first
  kDistance,   ///< nearest to Query::near first; documents without coordinates last
};

/// A point, in WGS84 degrees.
struct Point {
  double lat = 0.0;
  double lon = 0.0;
};

/// The limits of a query.
inline constexpr int kMaxPageSize = 100;
/// The last page a query may ask for (10,000 pages of 100: every document of a large index).
inline constexpr int kMaxPage = 10000;
inline constexpr int kMaxQueryWords = 1000;
inline constexpr int kMaxWildcardExpansion = 50;
/// The oldest age a Person may be given.
inline constexpr int kMaxAge = 119;
/// Matches counted one by one before `total` and the facets are estimated (Query::count_limit).
inline constexpr int kCountLimit = 500;

/// A person the results must be able to serve: a service whose eligibility (index_schema.h)
/// excludes them is left out, in the query itself. Unknown facts exclude nothing.
struct Person {
  std::optional<int> age;  ///< 0..kMaxAge
  /// Known facts, index_schema.h kFact*: "sex-m", "sex-f", "victim", "not-professional",
  /// "no-insurance", "no-residence".
  std::vector<std::string> facts{};
  /// The area id (geography.tsv) where the person lives; "" when unknown. A service bound to
  /// communes is kept only when it serves this area (so never when it is unknown).
  std::string area{};
};

/// A search request. Each filter list is an OR within the facet and an AND across facets.
struct Query {
  /// Free text in French, Dutch or both. Words, "quoted phrases", -excluded words and
  /// prefix* wildcards; anything else (AND, OR, parentheses...) is searched as plain words.
  /// Empty text lists everything that passes the filters (newest first by relevance ties).
  std::string text{};
  std::vector<std::string> kinds{};     ///< service | answer | dossier
  std::vector<std::string> themes{};    ///< theme codes
  std::vector<std::string> bassins{};   ///< bassin codes; a region-wide service matches each
  std::vector<std::string> communes{};  ///< commune names (French or Dutch) or area ids
  std::vector<std::string> langs{};     ///< text language: fr | nl ("fr" matches "fr+nl")
  std::vector<std::string> spoken{};    ///< languages spoken at a service (ISO 639-1)
  /// Only what can serve this person (the matcher's candidates); a restriction like the next.
  std::optional<Person> person{};
  /// A hard restriction on kinds (a caller's rights, not a user's selection): documents of other
  /// kinds are neither returned nor counted in any facet, and their words are neither suggested
  /// as spellings nor known to the notices. Empty: no restriction.
  std::vector<std::string> allowed_kinds{};
  int page = 1;   ///< from 1
  int size = 10;  ///< 1..kMaxPageSize
  SortOrder sort = SortOrder::kRelevance;
  std::optional<Point> near{};  ///< required by SortOrder::kDistance
  bool facets = true;           ///< compute facet counts
  bool snippets = true;         ///< compute highlighted snippets
  /// Use the bilingual lexicon (concept terms); false gives a plain full-text query on words
  /// and stems only: the baseline the matcher is measured against.
  bool lexicon = true;
  /// How many matches are counted one by one for `total` and the facets. A query with more
  /// matches estimates both, kind by kind, from a sample: its first matches in docid order, a
  /// fair sample within each kind (index_schema.h), and a count of up to `count_limit` matches
  /// of each kind the first ones did not reach; Results::total_exact is then false. 0: nothing
  /// is counted, `total` is Xapian's estimate and there are no facets (for callers that want
  /// the best hits only).
  int count_limit = kCountLimit;
  /// Read each hit's stored record (data, title, snippet). false leaves them empty and reads
  /// only the value slots: for callers that rank many candidates and show few.
  bool records = true;
  /// With 0 < elite_terms, only this many of the query's terms count, the most telling ones
  /// (Xapian's elite set, chosen among the stems and concepts of all the words), and any of
  /// them may match however few the words: finding documents like a text, fast, in one pass.
  /// 0: every word counts, and a query of a few words first requires them all.
  int elite_terms = 0;
  /// Snippets for the first this many hits only (with `snippets`).
  int max_snippets = kMaxPageSize;
  /// Documents of one of these themes rank higher: `theme_boost` is added to their text
  /// weight (BM25 units: a word of the query weighs about 1 to 5). A boost, never a filter:
  /// every hit still matches the text.
  std::vector<std::string> boost_themes = {};
  double theme_boost = 0.0;
};

/// One result.
struct Hit {
  std::string id;
  std::string kind;
  std::string title;    ///< in the language of the query when the document has it
  std::string snippet;  ///< HTML-escaped text with <mark>highlights</mark>
  std::string lang;     ///< fr | nl | fr+nl
  std::vector<std::string> themes{};
  std::vector<std::string> bassins{};
  double score = 0.0;                 ///< in [0, 1], relative to the best hit of the query
  std::optional<double> distance_km;  ///< with SortOrder::kDistance
  std::string data;                   ///< the stored record (JSON object, scrubbed)
  // From the value slots, whether or not the record was read:
  std::vector<std::string> spoken{};  ///< languages spoken (services)
  std::optional<int> age_min;         ///< age limits of the audience (services)
  std::optional<int> age_max;
  std::string date;                         ///< YYYY-MM-DD: answer date, or last update
  std::vector<std::string> audiences{};     ///< audience codes a service is restricted to
  std::vector<std::string> areas{};         ///< area ids of a service bound to communes
  std::vector<std::string> requirements{};  ///< what a service requires of the person
  std::vector<std::string> conditions{};    ///< condition codes a service is restricted to
  std::vector<std::string> offers{};        ///< what a service offers, main first
};

/// Facet name ("kind", "theme", "bassin", "lang") -> value -> number of results.
using Facets = std::map<std::string, std::map<std::string, int>>;

struct Results {
  std::string query;  ///< the text as searched
  int total = 0;      ///< number of matching documents
  /// false when the query had more matches than Query::count_limit: `total` and the facet
  /// counts are then estimates (a few percent off for the large counts, more for small ones).
  bool total_exact = true;
  int page = 1;
  int size = 10;
  std::optional<std::string> corrected_query;  ///< "did you mean", when a correction applies
  std::vector<Hit> hits;
  /// Counts over the filtered results; for a facet with a selection, the counts are those of
  /// the query without that facet's filter (so the other values show what they would give).
  Facets facets;
  /// What a user should know, in the language of the query (Dutch for a Dutch query, French
  /// otherwise): the query was cut to its first kMaxQueryWords words; it found nothing as
  /// typed, so the results are those of `corrected_query` (then `query` is that text).
  std::vector<std::string> notices;
};

/// Searches one index. Opening (and reopening a changed index) reads every document's facet
/// values and hit fields into memory: about 8 MB and 30 ms at 100,000 documents, held once per
/// generation: the Searchers of a process that have the same generation open share that copy
/// (and its need classifier). A Searcher is NOT safe to share between threads: open one per
/// thread. The Analyzer and ReferenceData must outlive the Searcher.
class Searcher {
 public:
  /// Opens the index in `db_dir` (written by indexer::build_index).
  /// Errors: kUnavailable if there is no readable index there.
  static Result<std::unique_ptr<Searcher>> open(const std::filesystem::path& db_dir,
                                                const indexer::Analyzer& analyzer,
                                                const corpus::ReferenceData& ref);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Runs `query`. Errors: kInvalidArgument for invalid UTF-8, a page outside 1..kMaxPage, a size
  /// outside 1..kMaxPageSize, a person's age outside 0..kMaxAge, an unknown kind, theme, bassin,
  /// commune or lang, or kDistance without a point; kUnavailable if the index cannot be read.
  Result<Results> search(const Query& query) const;

  /// The stored record of document `id` (JSON object). Errors: kNotFound.
  Result<std::string> document(std::string_view id) const;

  /// Number of documents in the index.
  int document_count() const;

  /// When the open index was built (ISO 8601, UTC), or "" if unknown.
  std::string built_at() const;

  /// True if the open index went through the same analysis as this Searcher's queries (the
  /// Analyzer's fingerprint: the same lexicon and stop words). False after an edit of those
  /// files until the index is built again and the program restarted with them: until then
  /// queries and documents may not meet on the edited words.
  bool analysis_current() const;

  /// The need classifier trained with the open generation (indexer::NeedModel); untrained
  /// for an index built without one or whose model cannot be read. Replaced by reopen().
  const indexer::NeedModel& need_model() const;

  /// Switches to the index's live generation if it changed. Returns true if it did.
  Result<bool> reopen();

  /// The live generation of the index in `db_dir` as its stub file names it ("auto gen-000007"),
  /// or "" when there is none. A program with several Searchers on one index reads it once and
  /// brings each of them to it with reopen(generation), so that all serve the same one.
  static std::string live_generation(const std::filesystem::path& db_dir);
  /// Switches to `generation` (from live_generation) if it is not the open one. Returns true
  /// if it did. Errors: kUnavailable if it cannot be read (the open one stays).
  Result<bool> reopen(const std::string& generation);
  /// The generation this Searcher has open (as live_generation names it).
  const std::string& generation() const;

 private:
  Searcher();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orienta::search
