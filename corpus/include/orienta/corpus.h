// The corpus: validated records (services, past answers, dossiers), themes and geography.
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/status.h"

namespace orienta::corpus {

// ---------------------------------------------------------------------------------------------
// Text helpers shared by every module.

/// Folds text for matching names and words: Unicode NFKC, case folding, accents removed
/// ("Saint-Gilles" -> "saint-gilles", "Écoute" -> "ecoute"). Invalid UTF-8 is replaced by
/// U+FFFD. Thread-safe.
std::string fold(std::string_view text);

/// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

/// One line of a tab-separated data file: its 1-based number and its cells (trimmed).
struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

/// Reads a tab-separated data file of the project (data/*.tsv), skipping blank lines and
/// lines starting with '#'. Errors: kUnavailable if the file cannot be read;
/// kInvalidArgument for invalid UTF-8, with FILE:LINE.
Result<std::vector<TsvRow>> read_tsv(const std::filesystem::path& file);

/// Splits `text` on `sep`, trimming spaces around each part and dropping empty parts.
std::vector<std::string> split_list(std::string_view text, char sep);

/// `text` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text);

/// True when `text` is a real calendar date written YYYY-MM-DD (year 1900 or later).
bool is_calendar_date(std::string_view text);

/// Today in UTC, YYYY-MM-DD, from the system clock: for the programs' edges (the CLI and the
/// server) that pass the day to the libraries, which read no clock of their own.
std::string today_utc();

// ---------------------------------------------------------------------------------------------
// Records (format: docs/corpus.md).

/// A text that exists in French, Dutch or both; empty members are absent.
struct LocalText {
  std::string fr;
  std::string nl;

  bool empty() const { return fr.empty() && nl.empty(); }
  /// "fr", "nl" or "fr+nl" ("" when empty).
  std::string lang() const;
  /// The text in `lang` ("fr" or "nl") if present, else in the other language.
  const std::string& in(std::string_view lang) const;
};

struct Address {
  std::string street;
  std::string postcode;
  std::string commune;
};

struct Contact {
  std::string phone;
  std::string email;
  std::string url;
};

/// A directory entry.
struct Service {
  std::string id;
  LocalText name;
  LocalText description;
  std::string organization;
  std::vector<std::string> themes;  ///< 1..3 theme codes, main first
  /// What it offers (offers.tsv: day_centre, night_sitting, food_aid...), 0..3 codes, main
  /// first: how a responder tells apart the services of one theme.
  std::vector<std::string> offers;
  /// bassin codes, or {"region"}, or area ids (geography.tsv) for a service bound to communes
  /// (a CPAS/OCMW, a justice of the peace): service_bassins() gives its bassins.
  std::vector<std::string> service_area;
  Address address;
  double lat = 0.0;
  double lon = 0.0;
  std::vector<std::string> languages;  ///< ISO 639-1, spoken without an interpreter
  Contact contact;
  LocalText hours;
  LocalText audience;
  LocalText eligibility;
  LocalText cost;
  std::optional<int> age_min;
  std::optional<int> age_max;
  /// Audience codes (audiences.tsv) the service is restricted to, any of them; empty: all.
  std::vector<std::string> audiences;
  /// Condition codes (conditions.tsv): the people it serves have one of them, whatever its
  /// audiences (a Parkinson nurse, a memory clinic); empty: any.
  std::vector<std::string> conditions;
  /// What the person must meet (kRequirements; "requires" in the corpus); empty: nothing.
  std::vector<std::string> requirements;
  std::string updated;  ///< YYYY-MM-DD

  bool regional() const { return service_area.size() == 1 && service_area[0] == "region"; }
};

/// A past helpdesk exchange. The question and answer may hold personal data until the
/// indexer's scrubber has run on them.
struct Answer {
  std::string id;
  std::string date;  ///< YYYY-MM-DD
  std::string bassin;
  std::string caller_role;
  std::string lang;  ///< "fr" or "nl"
  std::string question;
  std::string answer;
  std::vector<std::string> themes;
  std::vector<std::string> referred;  ///< service ids
  /// The helpdesk acted within 24 hours (shared/eval/LABELLING.md's rule); absent: false.
  bool urgent = false;
};

/// A thematic dossier, form or template.
struct Dossier {
  std::string id;
  LocalText title;
  LocalText body;
  std::vector<std::string> themes;
  std::string updated;
};

/// One problem in a corpus file; to_string() gives `FILE:LINE: field "x": reason`.
struct Problem {
  std::string file;   ///< file name as given (e.g. "services.jsonl")
  int line = 0;       ///< 1-based line number; 0 for a problem with the whole file
  std::string field;  ///< JSON field name, or "-" for the line itself
  std::string reason;

  std::string to_string() const;
};

// ---------------------------------------------------------------------------------------------
// Reference data: themes and geography, read from data files at start-up.

struct Theme {
  std::string code;  ///< e.g. "palliative"
  std::string label_fr;
  std::string label_nl;
  std::string label_en;
  std::string scope;  ///< what belongs under the theme (English)
};

/// The theme list (themes.tsv). Immutable after load; safe to share between threads.
class Themes {
 public:
  /// Reads a themes.tsv file (code, label_fr, label_nl, label_en, scope; '#' comments).
  /// Errors: kUnavailable if the file cannot be read, kInvalidArgument for a malformed line
  /// or a duplicate code.
  static Result<Themes> load(const std::filesystem::path& file);

  const std::vector<Theme>& all() const { return themes_; }
  /// The theme with `code`, or nullptr.
  const Theme* find(std::string_view code) const;
  bool contains(std::string_view code) const { return find(code) != nullptr; }

 private:
  std::vector<Theme> themes_;
};

/// A commune, or a part of Bruxelles-Ville (geography.tsv).
struct Area {
  std::string id;  ///< e.g. "saint-gilles", "laeken"
  std::string name_fr;
  std::string name_nl;
  std::vector<std::string> aliases;
  std::vector<std::string> postcodes;
  double lat = 0.0;
  double lon = 0.0;
  std::string bassin;
};

/// A bassin d'aide et de soins (bassins.tsv).
struct Bassin {
  std::string code;  ///< e.g. "nord-est"
  std::string label_fr;
  std::string label_nl;
  std::vector<std::string> adjacent;  ///< neighbouring bassin codes
};

/// What a postcode resolves to: its default area and, for an ambiguous postcode (1000,
/// 1040, 1050), the second candidate.
struct PostcodeMatch {
  const Area* area = nullptr;
  const Area* second = nullptr;  ///< nullptr unless the postcode is ambiguous
};

/// The Brussels geography. Immutable after load; safe to share between threads.
class Geography {
 public:
  /// Reads `geography.tsv` and `bassins.tsv` from `dir`.
  /// Errors: kUnavailable if a file cannot be read, kInvalidArgument for a malformed line
  /// or an area whose bassin is unknown.
  static Result<Geography> load(const std::filesystem::path& dir);

  Geography(Geography&&) noexcept;
  Geography& operator=(Geography&&) noexcept;
  ~Geography();

  const std::vector<Area>& areas() const;
  const std::vector<Bassin>& bassins() const;

  /// The areas of a Brussels postcode ("1060"). Errors: kNotFound for a postcode that is
  /// not in the Brussels-Capital Region, kInvalidArgument if it is not 4 digits.
  Result<PostcodeMatch> by_postcode(std::string_view postcode) const;
  /// The area named `name` in French or Dutch, or by an alias: any case, with or without
  /// accents, hyphens or spaces, and `St-`/`Ste-`/`Sint-`/`Saint-` spelled either way.
  /// Errors: kNotFound with the name in the message.
  Result<const Area*> by_name(std::string_view name) const;
  /// The bassin with `code`, or nullptr.
  const Bassin* bassin(std::string_view code) const;
  /// The area with id `id` ("saint-gilles", "laeken"), or nullptr.
  const Area* area(std::string_view id) const;
  bool is_bassin(std::string_view code) const { return bassin(code) != nullptr; }
  /// The bassins next to `code` (empty for an unknown code).
  std::vector<std::string> neighbours(std::string_view code) const;
  /// True when `a` and `b` are different, adjacent bassins.
  bool adjacent(std::string_view a, std::string_view b) const;
  /// The area whose reference point is nearest to (lat, lon).
  const Area& nearest_area(double lat, double lon) const;
  /// True when (lat, lon) lies in the bounding box of the Brussels-Capital Region.
  static bool inside_region(double lat, double lon);
  /// True when `postcode` is a Brussels-Capital postcode.
  bool is_postcode(std::string_view postcode) const;

 private:
  struct Impl;
  Geography();
  std::unique_ptr<Impl> impl_;
};

/// The conditions a service may set for the person (services.jsonl "requires"); followed_here:
/// only for people the organisation already follows (its patients, residents or members).
inline constexpr std::array<std::string_view, 5> kRequirements = {
    "health_insurance", "legal_residence", "medical_referral", "commune_residence",
    "followed_here"};

/// A people a service may be restricted to (audiences.tsv), or a health condition it may be
/// restricted to (conditions.tsv), in the same form.
struct Audience {
  std::string code;  ///< e.g. "victims_of_violence"
  std::string label_fr;
  std::string label_nl;
  /// The themes whose need shows a person of this audience ("carers": caregivers).
  std::vector<std::string> shown_by;
};

/// A name people are called by (data/person_names.tsv: given names and surnames of the
/// Brussels population, of many origins). Multi-word surnames ("Van den Bossche", "El Amrani")
/// are one name.
struct PersonName {
  std::string name;
  bool given = false;    ///< used as a given name
  bool surname = false;  ///< used as a surname
  bool word = false;     ///< also an ordinary word in lower case ("Rose", "Blanc", "Ben")
};

/// Themes, geography, audiences and conditions together, as read from one data folder.
struct ReferenceData {
  Themes themes;
  Geography geography;
  std::vector<Audience> audiences;
  std::vector<Audience> conditions;
  std::vector<Audience> offers;          ///< offers.tsv, with no shown_by
  std::vector<PersonName> person_names;  ///< person_names.tsv, one entry per name

  /// The audience with `code`, or nullptr.
  const Audience* audience(std::string_view code) const;
  /// The condition with `code`, or nullptr.
  const Audience* condition(std::string_view code) const;
  /// The offer with `code`, or nullptr.
  const Audience* offer(std::string_view code) const;

  /// Reads themes.tsv, geography.tsv, bassins.tsv, audiences.tsv, conditions.tsv, offers.tsv
  /// and person_names.tsv from `dir` (a name given as both kinds is one entry). Errors:
  /// kUnavailable for a file that cannot be read; kInvalidArgument with FILE:LINE for a
  /// malformed line, an unknown theme or kind, or a code given twice.
  static Result<ReferenceData> load(const std::filesystem::path& dir);
};

/// The bassins a service works in: its bassin codes, the bassins of its areas, or {"region"}.
std::vector<std::string> service_bassins(const Service& service, const Geography& geography);
/// True when the service works for communes (its service_area names areas), not bassins.
bool commune_bound(const Service& service, const Geography& geography);
/// True when a service for professionals is one they book for the person they help (an
/// interpreter, a case manager): its offers (Service::offers) name none the professional gets
/// for themselves (training, consultation) and at least one. The helpdesk's callers are
/// professionals, so such a service is open to every situation.
bool booked_for_others(const std::vector<std::string>& offers);

/// The default data folder: $ORIENTA_DATA if set, else the folder the build was configured
/// with (the project's `data/`).
std::filesystem::path default_data_dir();

// ---------------------------------------------------------------------------------------------
// Loading and validating a corpus.

/// The valid records of a corpus folder and every problem found in it.
struct Corpus {
  std::vector<Service> services;
  std::vector<Answer> answers;
  std::vector<Dossier> dossiers;
  std::vector<Problem> problems;  ///< in file order; empty for a clean corpus
};

/// The longest line a corpus file may hold.
inline constexpr std::size_t kMaxLineBytes = 1 << 20;

/// Reads and validates `services.jsonl`, `answers.jsonl` and `dossiers.jsonl` in `dir`.
/// Every invalid record is reported as a Problem and left out; the others are loaded.
/// A missing or empty file is a Problem (line 0), not an error.
/// Errors: kNotFound if `dir` is not a folder.
Result<Corpus> load_corpus(const std::filesystem::path& dir, const ReferenceData& ref);

/// Counts of a corpus, for `orienta validate`.
struct CorpusStats {
  std::map<std::string, int> by_kind;    ///< "service", "answer", "dossier"
  std::map<std::string, int> by_lang;    ///< "service:fr", "service:fr+nl", "answer:nl"...
  std::map<std::string, int> by_theme;   ///< records of any kind per theme code
  std::map<std::string, int> by_bassin;  ///< services per service-area code, answers per bassin
  int answers_with_referrals = 0;
  std::string first_answer_date;
  std::string last_answer_date;
};

CorpusStats compute_stats(const Corpus& corpus);

}  // namespace orienta::corpus
