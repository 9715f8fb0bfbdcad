// Text analysis (ICU, French and Dutch), the personal-data scrubber and the index builder.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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
  std::vector<std::string> en;      ///< English expressions (a note is sometimes in English)
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
  /// language (English expressions on the French stems); two-letter acronyms ("AS", "VT") match only when written in capitals. An
  /// expression matches only as written (its words, folded) when stems would overmatch: a
  /// single word of a stem under 5 letters ("aidant": "aide" has its stem), or stems that an
  /// expression of another concept has too ("aide familiale" and "aidant familial").
  std::vector<ConceptHit> find_concepts(const std::vector<Token>& tokens) const;
  /// How find_concepts may also match, for reading needs rather than for search.
  struct LooseMatch {
    /// Words of other text allowed between the words of an expression of two words or more,
    /// in all ("wil er vanavond een einde aan maken" for "wil er een einde aan maken").
    std::size_t max_gap = 0;
    /// A word that ends with a one-word Dutch expression of 5 letters or more, after a first
    /// part of 4 or more: a compound whose head it is ("prostaatkanker": "kanker").
    bool compounds = false;
  };
  /// find_concepts(tokens), plus the looser matches `loose` allows.
  std::vector<ConceptHit> find_concepts(const std::vector<Token>& tokens,
                                        const LooseMatch& loose) const;
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
// Reading needs: the analysed text, its features, and the need classifier

/// The age a text states for its person: a number of 1 to 119 followed by an age unit ("82 ans",
/// "78j", "67 jaar", "83a", "16-jarige", "15-year-old"); the first such number; nullopt when none.
std::optional<int> stated_age(std::string_view text);

/// A text as the need rules and the need classifier read it.
struct AnalysedText {
  std::vector<Token> tokens;
  /// The lexicon concepts of the text; where expressions overlap, the longest is kept
  /// ("soins palliatifs à domicile" rather than "domicile" inside it).
  std::vector<ConceptHit> hits;
  /// Per token: in the scope of a denial of its clause, up to 4 words after "pas", "aucun",
  /// "geen", "niet"... ("pas de diabète", "geen financiële problemen") or up to 3 words
  /// before a closing one ("diabète : non", "problèmes financiers : aucun").
  std::vector<bool> negated;
  /// Per token: in a part that presents the caller ("Je suis infirmière", "Ik werk in een
  /// WZC", a heading "MG à Schaerbeek :" that names a profession): it names no need.
  std::vector<bool> caller;
  std::optional<int> age;  ///< stated_age() of the text
};
/// Analyses `text` (any UTF-8) for reading its needs. Thread-safe.
AnalysedText analyse_for_needs(const Analyzer& analyzer, std::string_view text);

/// The features the need classifier reads in an analysed text, each once: the stems of its
/// words outside the caller's presentation ("w:"), negated ones apart ("n:"); the lexicon's
/// concepts ("c:", negated "nc:", in the caller's presentation "k:") and the themes they are
/// evidence for ("t:" main theme, "u:" other); character 4-grams of long words ("g:", for
/// Dutch compounds such as "prostaatkanker"); and the stated age's band ("a:").
/// Words in `ignored` (folded: the place names of the region, whose link to a theme is the
/// sample's, not the situation's) give no word features.
std::vector<std::string> need_features(const Analyzer& analyzer, const AnalysedText& text,
                                       const std::unordered_set<std::string>& ignored = {});

/// A text labelled with its themes, for training.
struct NeedExample {
  std::string text;
  std::vector<std::string> themes;
  bool urgent = false;  ///< the helpdesk had to act within 24 hours
};

/// One theme's probability for a text, with the words that weigh most for it.
struct ThemeScore {
  std::string theme;
  double probability = 0.0;  ///< in [0, 1]
  bool modelled = false;     ///< false: too few examples of the theme; probability 0
  /// The probability that the theme is the text's main request (the first theme of the
  /// examples), over the themes: they sum to 1 (0 for a theme too rarely first).
  double main_probability = 0.0;
  /// Token indexes of the analysed text that raise the theme most, strongest first (at most 3).
  std::vector<std::size_t> tokens;
};

/// Micro-averaged precision, recall and F1 of a k-fold cross-validation.
struct CrossValidation {
  double precision = 0.0;
  double recall = 0.0;
  double f1 = 0.0;
  int folds = 0;
  int examples = 0;
  /// Of urgency (NeedExample::urgent) at the urgency threshold; 0 without urgent examples.
  double urgency_precision = 0.0;
  double urgency_recall = 0.0;
};
/// A multi-label need classifier: one L2-regularised logistic regression per theme
/// (LIBLINEAR), over need_features(), one multi-class regression (one-vs-rest) for the main
/// theme, and one for urgency when enough examples are urgent. Immutable once built;
/// predict() and urgency() are thread-safe.
class NeedModel {
 public:
  /// Training settings; the defaults are the project's.
  struct Options {
    double c = 16.0;                  ///< LIBLINEAR's C (inverse of the regularisation)
    int min_feature_count = 2;        ///< features seen in fewer training texts are left out
    int min_positives = 5;            ///< a theme with fewer examples gets no model
    std::size_t max_examples = 8000;  ///< at most this many examples, the first ones
    /// Folded words that give no word features (need_features), kept with the model.
    std::unordered_set<std::string> ignored_words;
  };
  NeedModel();
  ~NeedModel();
  NeedModel(NeedModel&&) noexcept;
  NeedModel& operator=(NeedModel&&) noexcept;
  NeedModel(const NeedModel&) = delete;
  NeedModel& operator=(const NeedModel&) = delete;

  /// Trains a model for `themes` on `examples` (themes outside the list are ignored; a theme
  /// with fewer than `min_positives` examples gets no model: probability 0, not modelled).
  /// Deterministic: the same examples in the same order give the same model. Errors:
  /// kInvalidArgument if there are no examples.
  static Result<NeedModel> train(const Analyzer& analyzer, const std::vector<NeedExample>& examples,
                                 const std::vector<std::string>& themes, const Options& options);
  /// Reads a model written by serialize(). Errors: kInvalidArgument for another format version
  /// or a malformed model (a feature out of order or repeated among them), with the line.
  static Result<NeedModel> parse(std::string_view serialized);
  /// The model as text (a version line, the themes, then one line per feature).
  std::string serialize() const;

  /// False for a default-constructed model (an index built before the classifier): predict()
  /// then returns nothing.
  bool trained() const;
  /// The probability of each theme of the model for `text`, in the model's theme order.
  std::vector<ThemeScore> predict(const Analyzer& analyzer, const AnalysedText& text) const;
  /// The probability that `text` calls for action within 24 hours, with the token indexes
  /// that raise it most (at most 3); nullopt when the model has no urgency (fewer than
  /// `min_positives` urgent examples, or a model of before).
  struct UrgencyScore {
    double probability = 0.0;
    std::vector<std::size_t> tokens;
  };
  std::optional<UrgencyScore> urgency(const Analyzer& analyzer, const AnalysedText& text) const;

 private:
  friend Result<CrossValidation> cross_validate(const Analyzer&, const std::vector<NeedExample>&,
                                                const std::vector<std::string>&, const Options&,
                                                int, double, double);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The training settings of the index build: the defaults, and the folded words of the
/// region's place names (communes and their parts, in French and Dutch, and their aliases) as
/// ignored words.
NeedModel::Options need_model_options(const Analyzer& analyzer, const corpus::Geography& geography);

/// Trains on k-1 folds and predicts the k-th, in turn (fold i holds examples i, i+k, ...); a
/// theme is predicted when its probability is at least `threshold`, urgency when its
/// probability is at least `urgency_threshold`. Errors: kInvalidArgument
/// for fewer than 2 folds or fewer examples than folds.
Result<CrossValidation> cross_validate(const Analyzer& analyzer,
                                       const std::vector<NeedExample>& examples,
                                       const std::vector<std::string>& themes,
                                       const NeedModel::Options& options, int folds,
                                       double threshold, double urgency_threshold = 0.5);

// ---------------------------------------------------------------------------------------------
// Personal data

/// Replaces personal data in a helpdesk note with typed placeholders: national register and
/// BIS numbers `[nrn]` (any grouping of the 11 digits; valid control digits, the usual
/// YY.MM.DD-NNN.CC shape or a cue such as "NN", "RRN", "INSZ"), phone numbers `[phone]`
/// (Belgian and foreign forms; public lines such as 107, 1712, 0800 and 090x numbers kept),
/// e-mail addresses `[email]`, IBANs `[iban]`, street addresses with a number `[address]`,
/// dates of birth `[dob]` (after "né(e) le", "geboren op", "°", "DDN", "date de naissance",
/// in figures or in words) and person names `[name]`. A name is recognised (docs/scrubber.md):
/// after a title or role (Mme, Dr, dhr., mevr., "sa fille", "mijn patiënt"); as a name of
/// `names` (data/person_names.tsv), written with a capital or in lower case, unless it is
/// also an ordinary word and nothing else says it is a name; after the words that announce
/// one (a greeting, a call, "au nom de", "op naam van", "je m'appelle", "mijn naam is"); and
/// with the capitalised words that follow it (a surname, particles included). A name inside
/// an institution, place or street ("Clinique Saint-Jean", "Huis Marie-José", "avenue Paul
/// Héger") is kept. Thread-safe.
class Scrubber {
 public:
  /// A scrubber that knows no names: names are recognised by their context alone.
  Scrubber();
  /// A scrubber that knows the names of `ref.person_names`, and the communes of
  /// `ref.geography`, which are never a person's name ("pt Anderlecht", "cliënt Jette").
  explicit Scrubber(const corpus::ReferenceData& ref);
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
/// deleting documents by id), compacts it (its document ids unchanged) and switches the stub
/// only when everything succeeded: a failed or killed build leaves the live index intact and
/// searchable. After a successful switch,
/// every generation but the new one and the one it replaced (readers may still use it) is
/// removed, the leftovers of killed builds included. One build at a time per folder: a build
/// holds a lock on `db_dir/build.lock` (released when the process ends, even killed), and a
/// second one fails at once. Invalid records are reported in `rejected` and left out; the
/// answers are scrubbed before indexing and their raw text is never stored.
/// Errors: kNotFound for a missing corpus folder, kUnavailable if `db_dir` cannot be written
/// or another build holds it, kInternal for a Xapian failure (the live index is untouched).
Result<BuildSummary> build_index(const std::filesystem::path& corpus_dir,
                                 const std::filesystem::path& db_dir,
                                 const corpus::ReferenceData& ref, const Analyzer& analyzer,
                                 const BuildOptions& options = {});

}  // namespace orienta::indexer
