// Text analysis (ICU, French and Dutch), the personal-data scrubber and the index builder.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/status.h"

namespace orienta::indexer {

// ---------------------------------------------------------------------------------------------
// Text analysis

/// One word of a text.
struct Token {
  std::string word;       ///< folded (lowercase, no accents); elisions (l', d') removed
  std::string stem_fr;    ///< french stem of `word`
  std::string stem_nl;    ///< dutch stem of `word`
  std::size_t begin = 0;  ///< byte offsets of the word in the analysed text
  std::size_t end = 0;
  std::string lang;    ///< "fr" or "nl": the language of the word's sentence
  bool upper = false;  ///< written in capitals (an acronym such as "MR" or "AS")
  bool stop = false;   ///< a stop word of its language
  /// The stem of the word in its sentence's language.
  const std::string& stem() const { return lang == "nl" ? stem_nl : stem_fr; }
};

/// A concept of the bilingual lexicon (data/lexicon.tsv).
struct Concept {
  std::string id;                   ///< e.g. "soins-palliatifs"
  std::vector<std::string> themes;  ///< themes it is evidence for; may be empty
  std::vector<std::string> fr;      ///< French expressions
  std::vector<std::string> nl;      ///< Dutch expressions
};

/// Where a concept was found: tokens [first, last] of the analysed text.
struct ConceptHit {
  std::size_t concept_index = 0;  ///< index into Analyzer::concepts()
  std::size_t first = 0;
  std::size_t last = 0;
};

/// The text analysis shared by indexing and searching: ICU word breaks, NFKC, case and accent
/// folding, language per sentence, Xapian's french and dutch stemmers, stop words and the
/// bilingual lexicon. Immutable after load; all methods are const and thread-safe.
class Analyzer {
 public:
  /// Reads lexicon.tsv, stopwords-fr.txt and stopwords-nl.txt from `data_dir`.
  /// Errors: kUnavailable if a file cannot be read; kInvalidArgument for a malformed line,
  /// with FILE:LINE.
  static Result<std::unique_ptr<Analyzer>> load(const std::filesystem::path& data_dir);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// The words of `text` (any UTF-8; invalid bytes are skipped), each with its language.
  /// `lang_hint` ("fr", "nl" or "") is used when neither a sentence nor the text has stop
  /// words or spellings of one language; without a hint, the words that begin a lexicon
  /// expression of one language only decide ("gezinszorg" is Dutch), else French.
  std::vector<Token> tokenize(std::string_view text, std::string_view lang_hint = "") const;
  /// "fr", "nl", "fr+nl" (both clearly present) or "" (no clue) for a text.
  std::string detect_language(std::string_view text) const;
  /// The lexicon concepts expressed in `tokens`, matched word for word on stems in either
  /// language; two-letter acronyms ("AS", "VT") match only when written in capitals. An
  /// expression matches only as written (its words, folded) when stems would overmatch: a
  /// single word of a stem under 5 letters ("aidant": "aide" has its stem), or stems that an
  /// expression of another concept has too ("aide familiale" and "aidant familial").
  std::vector<ConceptHit> find_concepts(const std::vector<Token>& tokens) const;
  const std::vector<Concept>& concepts() const;
  /// True if `folded_word` is a stop word in French or Dutch.
  bool is_stop_word(std::string_view folded_word) const;
  /// 16 hex digits that change when the analysis can: with the rules of this code or with
  /// the lines of the lexicon and stop-word files (comments aside).
  const std::string& fingerprint() const;

 private:
  friend class KeyFinder;
  Analyzer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// What a reader looks for in texts, as the words of a text can match it (a query's keys).
struct MatchKeys {
  std::unordered_set<std::string> words;     ///< folded words
  std::unordered_set<std::string> stems;     ///< French or Dutch stems
  std::unordered_set<std::string> concepts;  ///< ids of lexicon concepts
  bool empty() const { return words.empty() && stems.empty() && concepts.empty(); }
};

/// A word of a text: its byte offsets, and whether it matches the keys.
struct WordMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool matched = false;
};

/// Finds one set of keys in many texts (a query's words in its hits, for highlighting). A
/// word matches when its folded form is one of
/// `keys.words`, its French or Dutch stem one of `keys.stems`, or it is part of an expression
/// of one of `keys.concepts` (matched in either language as Analyzer::find_concepts matches
/// them); a stop word of French or Dutch never matches. It keeps no words of its own: each
/// distinct word is analysed once per thread, in the Analyzer's per-thread memo. The Analyzer
/// must outlive it.
class KeyFinder {
 public:
  KeyFinder(const Analyzer& analyzer, MatchKeys keys);
  ~KeyFinder();
  KeyFinder(const KeyFinder&) = delete;
  KeyFinder& operator=(const KeyFinder&) = delete;

  /// The words of `text` (as Analyzer::tokenize splits it), in order, each marked if it
  /// matches.
  std::vector<WordMatch> find(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Personal data

/// Replaces personal data in a helpdesk note with typed placeholders: national register
/// numbers `[nrn]`, phone numbers `[phone]`, e-mail addresses `[email]`, IBANs `[iban]`,
/// street addresses with a number `[address]`, dates of birth `[dob]`, and names after a
/// title or role (Mme, M., Dr, dhr., mevr., "mijn patiënt ...") `[name]`. Short public
/// helplines (107, 1712, 0800 numbers) are kept. Thread-safe.
class Scrubber {
 public:
  Scrubber();
  ~Scrubber();
  Scrubber(const Scrubber&) = delete;
  Scrubber& operator=(const Scrubber&) = delete;

  /// The scrubbed text. Never fails; invalid UTF-8 bytes are replaced.
  std::string scrub(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Building the index

/// What a build did.
struct BuildSummary {
  int added = 0;                          ///< documents new to the index
  int updated = 0;                        ///< documents whose record changed
  int unchanged = 0;                      ///< documents left as they were
  int deleted = 0;                        ///< documents no longer in the corpus
  std::vector<corpus::Problem> rejected;  ///< records left out, with the reason
  std::filesystem::path generation;       ///< the database folder now live
  /// Why no previous index was reused, empty when one was: "asked", "no index yet", "another
  /// index schema", "another analysis (lexicon, stop words or rules)", or "the live index
  /// cannot be read" / "copied".
  std::string why_full;
  bool full_rebuild() const { return !why_full.empty(); }
};

struct BuildOptions {
  /// Called from time to time with (records done, records in all); may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
  /// Rebuild from scratch even if a previous index exists.
  bool force_full = false;
  /// Test hook: fail with kInternal after this many documents (0 = never).
  std::size_t fail_after = 0;
};

/// Builds or updates the index in `db_dir` from the corpus folder `corpus_dir`.
///
/// `db_dir` holds generations (`gen-000001`, ...) and a Xapian stub file `XAPIANDB` naming the
/// live one, so `Xapian::Database(db_dir)` opens the live index. A build writes a new
/// generation beside the live one (starting from a copy of it, then adding, updating and
/// deleting documents by id) and switches the stub only when everything succeeded: a failed
/// or killed build leaves the live index intact and searchable. Older generations are removed
/// after a successful switch. Invalid records are reported in `rejected` and left out; the
/// answers are scrubbed before indexing and their raw text is never stored.
/// Errors: kNotFound for a missing corpus folder, kUnavailable if `db_dir` cannot be written,
/// kInternal for a Xapian failure (the live index is untouched).
Result<BuildSummary> build_index(const std::filesystem::path& corpus_dir,
                                 const std::filesystem::path& db_dir,
                                 const corpus::ReferenceData& ref, const Analyzer& analyzer,
                                 const BuildOptions& options = {});

}  // namespace orienta::indexer
