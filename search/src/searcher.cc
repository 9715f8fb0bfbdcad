// Searcher: runs queries with filters, facets, snippets and spelling over one index.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <rapidjson/reader.h>
#include <set>
#include <xapian.h>

#include "orienta/index_schema.h"
#include "orienta/search.h"

#include "facets.h"
#include "heads.h"
#include "query_builder.h"
#include "snippet.h"

namespace orienta::search {
namespace {

// Few words are all required (precise results); more words rank by how many they match.
constexpr std::size_t kMaxRequiredGroups = 4;
constexpr std::size_t kMinSpellingWord = 4;
constexpr unsigned kMaxEditDistance = 2;
constexpr double kNoDistance = 1e9;

const std::set<std::string, std::less<>> kKinds = {"service", "answer", "dossier"};

constexpr const char* kFacetNames[] = {"kind", "theme", "bassin", "lang"};

std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (!value.empty()) {
    const std::size_t sep = value.find(schema::kListSeparator, start);
    out.push_back(value.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) {
      break;
    }
    start = sep + 1;
  }
  return out;
}

Xapian::Query any_of(const std::vector<std::string>& terms) {
  std::vector<Xapian::Query> qs(terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

// The head of a stored record: its id, title and text. The indexer writes them first, so a SAX
// reader can stop there instead of parsing the whole record for every hit.
struct HitHead {
  std::string id;
  corpus::LocalText title;
  corpus::LocalText text;
};

class HeadReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, HeadReader> {
 public:
  explicit HeadReader(HitHead& head) : head_(head) {}
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    const std::string_view key(s, n);
    if (depth_ == 1) {
      if (field_ == Field::kText && key != "text") {
        return false;  // past the head: stop parsing
      }
      field_ = key == "id"      ? Field::kId
               : key == "title" ? Field::kTitle
               : key == "text"  ? Field::kText
                                : Field::kOther;
    } else if (depth_ == 2) {
      lang_ = key == "nl" ? 'n' : 'f';
    }
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    std::string value(s, n);
    if (depth_ == 1 && field_ == Field::kId) {
      head_.id = std::move(value);
    } else if (depth_ == 2 && (field_ == Field::kTitle || field_ == Field::kText)) {
      corpus::LocalText& t = field_ == Field::kTitle ? head_.title : head_.text;
      (lang_ == 'n' ? t.nl : t.fr) = std::move(value);
    }
    return true;
  }
  bool StartObject() {
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Default() { return true; }

 private:
  enum class Field { kNone, kId, kTitle, kText, kOther };
  HitHead& head_;
  int depth_ = 0;
  Field field_ = Field::kNone;
  char lang_ = 'f';
};

// A hit's fields from its kSlotHead value (index_schema.h).
Hit read_hit_head(std::string_view head) {
  std::string_view fields[14];
  std::size_t start = 0;
  for (std::size_t i = 0; i < std::size(fields); ++i) {
    const std::size_t sep = head.find(schema::kHeadSeparator, start);
    const std::size_t end = sep == std::string::npos ? head.size() : sep;
    fields[i] = head.substr(start, end - start);
    if (sep == std::string::npos) {
      break;
    }
    start = sep + 1;
  }
  Hit hit;
  hit.kind = fields[0];
  hit.lang = fields[1];
  hit.themes = split_list(std::string(fields[2]));
  hit.bassins = split_list(std::string(fields[3]));
  hit.spoken = split_list(std::string(fields[4]));
  for (auto [field, age] :
       {std::pair{fields[5], &hit.age_min}, std::pair{fields[6], &hit.age_max}}) {
    if (!field.empty()) {
      *age = std::stoi(std::string(field));
    }
  }
  if (const std::string_view d = fields[7]; d.size() == 8) {
    hit.date = std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
               std::string(d.substr(6, 2));
  }
  hit.id = fields[8];
  hit.audiences = split_list(std::string(fields[9]));
  hit.areas = split_list(std::string(fields[10]));
  hit.requirements = split_list(std::string(fields[11]));
  hit.conditions = split_list(std::string(fields[12]));
  hit.offers = split_list(std::string(fields[13]));
  return hit;
}

// `main` restricted by `filter`, if any.
Xapian::Query with_filter(const Xapian::Query& main, const Xapian::Query& filter) {
  return filter.empty() ? main : Xapian::Query(Xapian::Query::OP_FILTER, main, filter);
}

// Whether a spy saw every match: it counted fewer than its limit, or as many as Xapian found.
bool all_seen(const FacetSpy& spy, const Xapian::MSet& mset, Xapian::doccount limit) {
  return spy.counted() < limit ||
         (mset.get_matches_lower_bound() == mset.get_matches_upper_bound() &&
          mset.get_matches_lower_bound() == spy.counted());
}

// A total and facet counts, exact or estimated.
struct Counted {
  Xapian::doccount total = 0;
  bool exact = true;
  Facets facets;
};

HitHead read_head(const std::string& data) {
  HitHead head;
  HeadReader handler(head);
  rapidjson::Reader reader;
  rapidjson::StringStream in(data.c_str());
  reader.Parse(in, handler);  // stops with a handler "error" once past the text: expected
  return head;
}

std::string read_stub(const std::filesystem::path& db_dir) {
  std::ifstream in(db_dir / "XAPIANDB");
  std::string line;
  std::getline(in, line);
  return line;
}

// The database a stub line names: its generation's folder for "auto gen-NNNNNN" (so that what
// is opened is what was read, even if the stub changes meanwhile), else the folder itself.
Xapian::Database open_generation(const std::filesystem::path& db_dir, const std::string& stub) {
  constexpr std::string_view kAuto = "auto ";
  if (stub.rfind(kAuto, 0) == 0) {
    const std::string name = stub.substr(kAuto.size());
    if (!name.empty() && name.find('/') == std::string::npos && name != "." && name != "..") {
      return Xapian::Database((db_dir / name).string());
    }
  }
  return Xapian::Database(db_dir.string());
}

// What a searcher keeps in memory of one generation: facet values, hit heads and the need
// classifier (left untrained when the generation has none or it cannot be read: the matcher
// then reads needs by its rules alone). Immutable once loaded.
struct Tables {
  FacetTable facets;
  HeadTable heads;
  indexer::NeedModel need_model;
};

// The tables of `db`, shared by every Searcher of the process that has the same generation (at
// the same revision, with the same reference data) open: a server's engines keep one copy,
// loaded by the first of them to switch. Throws Xapian::Error.
std::shared_ptr<const Tables> tables_of(const Xapian::Database& db,
                                        const std::filesystem::path& dir,
                                        const std::string& generation,
                                        const corpus::ReferenceData& ref) {
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const Tables>> cache;
  const std::string key = std::filesystem::absolute(dir).lexically_normal().string() + '\n' +
                          generation + '\n' + std::to_string(db.get_revision()) + '\n' +
                          std::to_string(reinterpret_cast<std::uintptr_t>(&ref));
  std::lock_guard<std::mutex> lock(mu);
  std::erase_if(cache, [](const auto& entry) { return entry.second.expired(); });
  if (auto it = cache.find(key); it != cache.end()) {
    if (auto tables = it->second.lock()) {
      return tables;
    }
  }
  auto tables = std::make_shared<Tables>();
  tables->facets.load(db, ref);
  tables->heads.load(db);
  auto model = indexer::NeedModel::parse(db.get_metadata(std::string(schema::kMetaNeedModel)));
  tables->need_model = model.ok() ? std::move(*model) : indexer::NeedModel();
  cache[key] = tables;
  return tables;
}

}  // namespace

struct Searcher::Impl {
  std::filesystem::path db_dir;
  std::string stub;
  Xapian::Database db;
  const indexer::Analyzer* analyzer = nullptr;
  const corpus::ReferenceData* ref = nullptr;
  std::shared_ptr<const Tables> tables;
  const FacetTable& facets() const { return tables->facets; }
  const HeadTable& heads() const { return tables->heads; }
  void load_tables() { tables = tables_of(db, db_dir, stub, *ref); }

  // The filters of a query: all of them together, each facet's (lifted in turn for
  // disjunctive counts), and the caller's kind restriction (never lifted).
  struct Filters {
    Xapian::Query all;
    std::map<std::string, Xapian::Query> by_facet;
    Xapian::Query restriction;
    Xapian::Query kinds;  // the caller's kind restriction alone: what its words may come from
  };
  Status validate(const Query& q, Filters& filters) const;
  Results run(const Query& q, const Filters& filters) const;
  Counted count(const Xapian::Query& query, const FacetSpy& spy, const Xapian::MSet& mset,
                std::uint64_t mask, Xapian::doccount limit) const;
  Xapian::MSet count_pass(const Xapian::Query& query, FacetSpy& spy, Xapian::doccount limit) const;
  bool known(const std::string& term, const Xapian::Query& kinds) const;
  std::optional<std::string> correct(const ParsedQuery& parsed, const Xapian::Query& kinds) const;
  std::string partial_notice(const ParsedQuery& parsed, const std::string& lang,
                             const Xapian::Query& kinds) const;
  void count_selected_facets(const Xapian::Query& main, const Filters& filters,
                             Xapian::doccount limit, Results& results) const;
  void add_hits(const Query& q, const Xapian::MSet& mset, const MatchKeys& keys,
                const std::string& query_lang, const Xapian::LatLongCoord* centre,
                Results& results) const;
};

Searcher::Searcher() : impl_(std::make_unique<Impl>()) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::open(const std::filesystem::path& db_dir,
                                                 const indexer::Analyzer& analyzer,
                                                 const corpus::ReferenceData& ref) {
  std::unique_ptr<Searcher> s(new Searcher());
  s->impl_->db_dir = db_dir;
  s->impl_->analyzer = &analyzer;
  s->impl_->ref = &ref;
  try {
    s->impl_->stub = read_stub(db_dir);
    s->impl_->db = open_generation(db_dir, s->impl_->stub);
    const std::string version = s->impl_->db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (version != schema::kSchemaVersion) {
      return Status::unavailable("the index at " + db_dir.string() + " has schema \"" + version +
                                 "\" but this program reads schema \"" +
                                 std::string(schema::kSchemaVersion) +
                                 "\": run 'orienta index' on it again");
    }
    s->impl_->load_tables();
  } catch (const Xapian::Error& e) {
    return Status::unavailable("no index at " + db_dir.string() +
                               " (run 'orienta index' first): " + e.get_description());
  }
  return s;
}

int Searcher::document_count() const { return static_cast<int>(impl_->db.get_doccount()); }

bool Searcher::analysis_current() const {
  try {
    return impl_->db.get_metadata(std::string(schema::kMetaAnalysis)) ==
           impl_->analyzer->fingerprint();
  } catch (const Xapian::Error&) {
    return false;
  }
}

std::string Searcher::built_at() const {
  try {
    return impl_->db.get_metadata(std::string(schema::kMetaBuiltAt));
  } catch (const Xapian::Error&) {
    return "";
  }
}

const indexer::NeedModel& Searcher::need_model() const { return impl_->tables->need_model; }

std::string Searcher::live_generation(const std::filesystem::path& db_dir) {
  return read_stub(db_dir);
}

const std::string& Searcher::generation() const { return impl_->stub; }

Result<bool> Searcher::reopen(const std::string& generation) {
  if (generation == impl_->stub) {
    return false;
  }
  try {
    // Read whole before anything is replaced: a failure leaves the open generation as it was.
    Xapian::Database db = open_generation(impl_->db_dir, generation);
    auto tables = tables_of(db, impl_->db_dir, generation, *impl_->ref);
    impl_->db = std::move(db);
    impl_->tables = std::move(tables);
    impl_->stub = generation;
    return true;
  } catch (const Xapian::Error& e) {
    return Status::unavailable("cannot open the index generation \"" + generation +
                               "\": " + e.get_description());
  }
}

Result<bool> Searcher::reopen() {
  try {
    const std::string stub = read_stub(impl_->db_dir);
    if (stub != impl_->stub) {
      return reopen(stub);
    }
    if (impl_->db.reopen()) {
      impl_->load_tables();
      return true;
    }
    return false;
  } catch (const Xapian::Error& e) {
    return Status::unavailable("cannot reopen the index: " + e.get_description());
  }
}

Result<std::string> Searcher::document(std::string_view id) const {
  try {
    const std::string term = std::string(schema::kPrefixId) + std::string(id);
    auto p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) {
      return Status::not_found("no document with id \"" + std::string(id) + "\"");
    }
    return impl_->db.get_document(*p).get_data();
  } catch (const Xapian::Error& e) {
    return Status::unavailable("cannot read the index: " + e.get_description());
  }
}

Status Searcher::Impl::validate(const Query& q, Filters& filters) const {
  auto& facet_filters = filters.by_facet;
  if (!corpus::is_valid_utf8(q.text)) {
    return Status::invalid_argument("the query is not valid UTF-8");
  }
  if (q.page < 1 || q.page > kMaxPage) {
    return Status::invalid_argument("page must be from 1 to " + std::to_string(kMaxPage) +
                                    ", got " + std::to_string(q.page));
  }
  if (q.size < 1 || q.size > kMaxPageSize) {
    return Status::invalid_argument("size must be from 1 to " + std::to_string(kMaxPageSize) +
                                    ", got " + std::to_string(q.size));
  }
  if (q.person && q.person->age && (*q.person->age < 0 || *q.person->age > kMaxAge)) {
    return Status::invalid_argument("a person's age must be from 0 to " + std::to_string(kMaxAge) +
                                    ", got " + std::to_string(*q.person->age));
  }
  if (q.sort == SortOrder::kDistance && !q.near) {
    return Status::invalid_argument("sorting by distance needs a point");
  }
  std::vector<Xapian::Query> all;
  auto add = [&](const char* facet, const std::vector<std::string>& terms) {
    if (!terms.empty()) {
      facet_filters[facet] = any_of(terms);
    }
  };
  // Kinds and themes are named in two fields each (kinds, allowed_kinds; themes, boost_themes).
  auto check_kinds = [](const std::vector<std::string>& kinds) {
    for (const auto& k : kinds) {
      if (kKinds.count(k) == 0) {
        return Status::invalid_argument("unknown kind \"" + k + "\" (service, answer or dossier)");
      }
    }
    return Status::ok();
  };
  auto check_themes = [this](const std::vector<std::string>& themes) {
    for (const auto& t : themes) {
      if (!ref->themes.contains(t)) {
        return Status::invalid_argument("unknown theme \"" + t + "\"");
      }
    }
    return Status::ok();
  };
  if (Status s = check_kinds(q.kinds); !s.is_ok()) {
    return s;
  }
  std::vector<std::string> terms;
  for (const auto& k : q.kinds) {
    terms.push_back(std::string(schema::kPrefixKind) + k);
  }
  add("kind", terms);
  terms.clear();
  if (Status s = check_themes(q.themes); !s.is_ok()) {
    return s;
  }
  for (const auto& t : q.themes) {
    terms.push_back(std::string(schema::kPrefixTheme) + t);
  }
  add("theme", terms);
  terms.clear();
  for (const auto& b : q.bassins) {
    if (!ref->geography.is_bassin(b)) {
      return Status::invalid_argument("unknown bassin \"" + b +
                                      "\" (nord, nord-est, sud, sud-est or centre-ouest)");
    }
    terms.push_back(std::string(schema::kPrefixBassin) + b);
  }
  if (!terms.empty()) {
    terms.push_back(std::string(schema::kPrefixBassin) + "region");
  }
  add("bassin", terms);
  terms.clear();
  for (const auto& l : q.langs) {
    if (l != "fr" && l != "nl") {
      return Status::invalid_argument("unknown lang \"" + l + "\" (fr or nl)");
    }
    terms.push_back(std::string(schema::kPrefixLang) + l);
  }
  add("lang", terms);
  terms.clear();
  for (const auto& c : q.communes) {
    auto area = ref->geography.by_name(c);
    if (!area.ok()) {
      return Status::invalid_argument(area.status().message());
    }
    terms.push_back(std::string(schema::kPrefixArea) + (*area)->id);
  }
  add("commune", terms);
  terms.clear();
  for (const auto& l : q.spoken) {
    const bool code = (l.size() == 2 || l.size() == 3) &&
                      std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!code) {
      return Status::invalid_argument("\"" + l + "\" is not a language code such as \"ar\"");
    }
    terms.push_back(std::string(schema::kPrefixSpoken) + l);
  }
  add("spoken", terms);
  // Kinds and themes both selected: one filter on their pairs instead (the same documents)
  // lets Xapian walk the short list of, say, the services of a theme.
  const bool pairs = !q.kinds.empty() && !q.themes.empty();
  for (const auto& [facet, filter] : facet_filters) {
    if (!pairs || (facet != "kind" && facet != "theme")) {
      all.push_back(filter);
    }
  }
  if (pairs) {
    terms.clear();
    for (const auto& k : q.kinds) {
      for (const auto& t : q.themes) {
        terms.push_back(schema::kind_theme_term(k, t));
      }
    }
    all.push_back(any_of(terms));
  }
  if (Status s = check_themes(q.boost_themes); !s.is_ok()) {
    return s;
  }
  if (!(q.theme_boost >= 0)) {
    return Status::invalid_argument("theme_boost must be 0 or more");
  }
  if (Status s = check_kinds(q.allowed_kinds); !s.is_ok()) {
    return s;
  }
  if (!q.allowed_kinds.empty()) {
    std::vector<std::string> allowed;
    for (const auto& k : q.allowed_kinds) {
      allowed.push_back(std::string(schema::kPrefixKind) + k);
    }
    filters.restriction = any_of(allowed);
    filters.kinds = filters.restriction;
    all.push_back(filters.restriction);
  }
  if (q.person) {
    // What excludes the person: the facts of theirs a service excludes, a service bound to
    // other communes (or to any, when theirs is unknown), age limits that leave them out.
    std::vector<Xapian::Query> excluding;
    static constexpr std::string_view kFacts[] = {
        schema::kFactMale,        schema::kFactFemale,
        schema::kFactVictim,      schema::kFactNotProfessional,
        schema::kFactNoInsurance, schema::kFactNoResidence};
    for (const auto& fact : q.person->facts) {
      if (std::find(std::begin(kFacts), std::end(kFacts), fact) == std::end(kFacts)) {
        return Status::invalid_argument("unknown fact \"" + fact + "\" of a person");
      }
      excluding.emplace_back(std::string(schema::kPrefixExcludes) + fact);
    }
    const Xapian::Query bound(std::string(schema::kPrefixExcludes) +
                              std::string(schema::kCommuneBound));
    excluding.push_back(q.person->area.empty()
                            ? bound
                            : Xapian::Query(Xapian::Query::OP_AND_NOT, bound,
                                            Xapian::Query(std::string(schema::kPrefixServesArea) +
                                                          q.person->area)));
    if (q.person->age) {
      const int age = *q.person->age;
      excluding.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kSlotAgeMin,
                             Xapian::sortable_serialise(age + 1));
      excluding.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kSlotAgeMax,
                             Xapian::sortable_serialise(age - 1));
    }
    const Xapian::Query keep(
        Xapian::Query::OP_AND_NOT, match_all(),
        Xapian::Query(Xapian::Query::OP_OR, excluding.begin(), excluding.end()));
    filters.restriction = filters.restriction.empty()
                              ? keep
                              : Xapian::Query(Xapian::Query::OP_AND, filters.restriction, keep);
    all.push_back(keep);
  }
  filters.all =
      all.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
  return Status::ok();
}

// A pass over `query` that only counts: `spy` sees its first `limit` matches.
Xapian::MSet Searcher::Impl::count_pass(const Xapian::Query& query, FacetSpy& spy,
                                        Xapian::doccount limit) const {
  Xapian::Enquire e(db);
  e.set_query(query);
  e.set_weighting_scheme(Xapian::BoolWeight());  // no ranking
  e.add_matchspy(&spy);
  return e.get_mset(0, 0, limit);
}

// The total and the facet counts (those of `mask`) of `query`, which holds every filter, from
// the spy of its match set; a kind that the counted matches reach too little of is counted on
// its own, in its run of docids.
Counted Searcher::Impl::count(const Xapian::Query& query, const FacetSpy& spy,
                              const Xapian::MSet& mset, std::uint64_t mask,
                              Xapian::doccount limit) const {
  const bool seen = all_seen(spy, mset, limit);
  std::array<Stratum, kKindNames.size()> strata;
  Counted c;
  double total = 0;
  for (std::size_t k = 0; k < kKindNames.size(); ++k) {
    const int kind = static_cast<int>(k);
    std::optional<Stratum> s = spy.stratum(kind, seen);
    if (!s) {
      FacetSpy alone(facets(), mask, limit);
      const Xapian::MSet m =
          count_pass(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                   Xapian::Query(std::string(schema::kPrefixKind) + kKindNames[k])),
                     alone, limit);
      s = alone.stratum(kind, all_seen(alone, m, limit), true);
    }
    if (s) {
      total += s->total;
      c.exact = c.exact && s->exact;
      strata[k] = *s;
    }
  }
  c.total = static_cast<Xapian::doccount>(std::lround(total));
  c.facets = facet_counts(facets(), mask, strata);
  return c;
}

Result<Results> Searcher::search(const Query& q) const {
  Impl::Filters filters;
  if (Status s = impl_->validate(q, filters); !s.is_ok()) {
    return s;
  }
  try {
    return impl_->run(q, filters);
  } catch (const Xapian::Error& e) {
    return Status::unavailable("search failed: " + e.get_description());
  }
}

// Whether a document of the kinds the caller may read (any, when `kinds` is empty) has `term`:
// a caller learns nothing of the words of documents it may not read.
bool Searcher::Impl::known(const std::string& term, const Xapian::Query& kinds) const {
  if (!db.term_exists(term)) {
    return false;
  }
  if (kinds.empty()) {
    return true;
  }
  Xapian::Enquire e(db);
  e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), kinds));
  e.set_weighting_scheme(Xapian::BoolWeight());
  return !e.get_mset(0, 1).empty();
}

// "Did you mean": the text with each word the caller's documents do not know (as a word, a
// stem or part of a concept) replaced by its nearest known spelling, if theirs too; nullopt
// when there is none.
std::optional<std::string> Searcher::Impl::correct(const ParsedQuery& parsed,
                                                   const Xapian::Query& kinds) const {
  std::string corrected = parsed.text;
  bool changed = false;
  for (auto it = parsed.words.rbegin(); it != parsed.words.rend(); ++it) {
    const bool has_digit = it->word.find_first_of("0123456789") != std::string::npos;
    if (it->word.size() < kMinSpellingWord || has_digit || it->in_concept ||
        known(it->word, kinds) || known(std::string(schema::kPrefixStem) + it->stem_fr, kinds) ||
        known(std::string(schema::kPrefixStem) + it->stem_nl, kinds)) {
      continue;
    }
    // The spelling table is the whole index's: a suggestion only the caller's documents have.
    const std::string suggestion = db.get_spelling_suggestion(it->word, kMaxEditDistance);
    if (!suggestion.empty() && known(suggestion, kinds)) {
      corrected.replace(it->begin, it->end - it->begin, suggestion);
      changed = true;
    }
  }
  return changed ? std::optional<std::string>(corrected) : std::nullopt;
}

// What a responder reads when no result has every word of `parsed` (within the filters), in
// `lang`: the words that no document has (none of their stems or concepts is a term), else
// that the results have some of the words.
std::string Searcher::Impl::partial_notice(const ParsedQuery& parsed, const std::string& lang,
                                           const Xapian::Query& kinds) const {
  std::vector<std::string> absent;
  for (std::size_t i = 0; i < parsed.groups.size() && i < parsed.words.size(); ++i) {
    bool found = false;
    for (auto t = parsed.groups[i].get_unique_terms_begin();
         !found && t != parsed.groups[i].get_unique_terms_end(); ++t) {
      found = known(*t, kinds);
    }
    if (!found) {
      const ParsedQuery::Word& w = parsed.words[i];
      absent.push_back(parsed.text.substr(w.begin, w.end - w.begin));
    }
  }
  const bool nl = lang == "nl";
  if (absent.empty()) {
    return nl ? "geen enkel resultaat heeft alle woorden: dit zijn die met een deel ervan"
              : "aucun résultat n'a tous les mots : voici ceux qui en ont une partie";
  }
  std::string list;
  for (const auto& word : absent) {
    list += (list.empty() ? "" : ", ") + (nl ? "„" + word + "”" : "« " + word + " »");
  }
  if (absent.size() == 1) {
    return nl ? list + " staat in geen enkel document: resultaten zonder dat woord"
              : list + " ne se trouve dans aucun document : résultats sans ce mot";
  }
  return nl ? list + " staan in geen enkel document: resultaten zonder die woorden"
            : list + " ne se trouvent dans aucun document : résultats sans ces mots";
}

// The counts of each facet under selection, on the query without that facet's own filter
// (disjunctive counts); every facet is then present in `results`, if empty.
void Searcher::Impl::count_selected_facets(const Xapian::Query& main, const Filters& filters,
                                           Xapian::doccount limit, Results& results) const {
  for (const char* f : kFacetNames) {
    if (filters.by_facet.count(f) == 0) {
      continue;
    }
    std::vector<Xapian::Query> others;
    if (!filters.restriction.empty()) {
      others.push_back(filters.restriction);
    }
    for (const auto& [name, fq] : filters.by_facet) {
      if (name != f) {
        others.push_back(fq);
      }
    }
    const Xapian::Query other_filter =
        others.empty() ? Xapian::Query()
                       : Xapian::Query(Xapian::Query::OP_AND, others.begin(), others.end());
    const Xapian::Query lifted = with_filter(main, other_filter);
    FacetSpy spy(facets(), facets().mask(f), limit);
    const Xapian::MSet m = count_pass(lifted, spy, limit);
    Counted c = count(lifted, spy, m, facets().mask(f), limit);
    results.facets[f] = std::move(c.facets[f]);
    results.total_exact = results.total_exact && c.exact;
  }
  for (const char* f : kFacetNames) {
    results.facets[f];
  }
}

// The hits of `mset`: their fields, and with Query::records their title and snippet in the
// language of the query (`query_lang`); their distance from `centre` when sorting by distance.
void Searcher::Impl::add_hits(const Query& q, const Xapian::MSet& mset, const MatchKeys& keys,
                              const std::string& query_lang, const Xapian::LatLongCoord* centre,
                              Results& results) const {
  std::optional<indexer::KeyFinder> finder;  // one per search: each word analysed once
  if (q.records && q.snippets) {
    finder.emplace(*analyzer, keys);
  }
  const double max_weight = mset.get_max_attained();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit = read_hit_head(heads().head(*it));
    // The document itself only for its record or its coordinates.
    const Xapian::Document doc =
        q.records || centre != nullptr ? it.get_document() : Xapian::Document();
    hit.score = max_weight > 0 ? it.get_weight() / max_weight : 0.0;
    if (q.records) {
      hit.data = doc.get_data();
      const HitHead head = read_head(hit.data);
      if (hit.id.empty()) {
        hit.id = head.id;
      }
      const std::string lang = query_lang == "nl"   ? "nl"
                               : query_lang == "fr" ? "fr"
                                                    : hit.lang.substr(0, 2);
      hit.title = head.title.in(lang);
      if (q.snippets && static_cast<int>(results.hits.size()) < q.max_snippets) {
        hit.snippet = make_snippet(head.text.in(lang), *finder);
      }
    }
    if (centre != nullptr) {
      const std::string coords = doc.get_value(schema::kSlotCoords);
      if (!coords.empty()) {
        Xapian::LatLongCoords c;
        c.unserialise(coords);
        hit.distance_km =
            std::round(Xapian::GreatCircleMetric()(Xapian::LatLongCoords(*centre), c) / 10.0) /
            100.0;
      }
    }
    results.hits.push_back(std::move(hit));
  }
}

Results Searcher::Impl::run(const Query& q, const Filters& filters) const {
  const Xapian::Query& filter = filters.all;
  const auto& facet_filters = filters.by_facet;

  Results results;
  results.page = q.page;
  results.size = q.size;
  ParsedQuery parsed = parse_query(q.text, *analyzer, q.lexicon);
  results.query = parsed.text;
  // The query's language: of the notices, and of the hits' titles and snippets.
  std::string query_lang = analyzer->detect_language(parsed.text);
  if (parsed.cut) {
    const std::string n = std::to_string(kMaxQueryWords);
    results.notices.push_back(query_lang == "nl"
                                  ? "de zoekopdracht is ingekort tot de eerste " + n + " woorden"
                                  : "la recherche a été coupée après ses " + n + " premiers mots");
  }

  const std::optional<std::string> correction = correct(parsed, filters.kinds);
  results.corrected_query = correction;

  // How many matches to count one by one; beyond, the total and facets are estimated. With
  // no counting, Xapian looks at as few matches as it needs to know the page.
  const auto limit = static_cast<Xapian::doccount>(std::max(q.count_limit, 0));
  std::unique_ptr<Xapian::LatLongDistanceKeyMaker> keymaker;
  Xapian::LatLongCoord centre;
  if (q.sort == SortOrder::kDistance) {
    centre = Xapian::LatLongCoord(q.near->lat, q.near->lon);
    keymaker = std::make_unique<Xapian::LatLongDistanceKeyMaker>(
        schema::kSlotCoords, Xapian::LatLongCoords(centre), Xapian::GreatCircleMetric(),
        kNoDistance);
  }
  // Facets without a selection are counted on the main query; a facet with a selection is
  // counted on the query without its own filter (disjunctive counts).
  std::uint64_t main_mask = 0;
  if (q.facets && limit > 0) {
    for (const char* f : kFacetNames) {
      if (facet_filters.count(f) == 0) {
        main_mask |= facets().mask(f);
      }
    }
  }
  // One pass for the page, the total and the facet counts (more when a kind needs counting
  // on its own).
  auto execute = [&](const Xapian::Query& main, Counted& counted) {
    Xapian::Enquire enquire(db);
    const Xapian::Query query = with_filter(main, filter);
    enquire.set_query(query);
    if (keymaker) {
      enquire.set_sort_by_key_then_relevance(keymaker.get(), false);
    }
    FacetSpy spy(facets(), main_mask, limit);
    if (limit > 0) {
      enquire.add_matchspy(&spy);
    }
    const auto first = static_cast<Xapian::doccount>((q.page - 1) * q.size);
    Xapian::MSet mset = enquire.get_mset(first, static_cast<Xapian::doccount>(q.size), limit);
    if (limit > 0) {
      counted = count(query, spy, mset, main_mask, limit);
    } else {
      counted = {mset.get_matches_estimated(),
                 mset.get_matches_lower_bound() == mset.get_matches_upper_bound(),
                 {}};
    }
    return mset;
  };

  // The documents of the boosted themes get q.theme_boost on top of their text weight.
  Xapian::Query theme_bonus;
  if (const std::uint64_t mask = facets().mask("theme", q.boost_themes);
      mask != 0 && q.theme_boost > 0) {
    theme_bonus = Xapian::Query((new FacetBoost(facets(), mask, q.theme_boost))->release());
  }
  auto boosted = [&](const Xapian::Query& text) {
    return theme_bonus.empty() || text.empty()
               ? text
               : Xapian::Query(Xapian::Query::OP_AND_MAYBE, text, theme_bonus);
  };
  // Precise first: every word required when there are few; if nothing matches, any word
  // (`partial` then).
  auto search_words = [&](const ParsedQuery& p, Xapian::Query& main, Counted& counted,
                          bool& partial) {
    const bool require_all = p.groups.size() <= kMaxRequiredGroups && q.elite_terms == 0;
    main = boosted(to_xapian(p, require_all, q.elite_terms));
    Xapian::MSet mset = execute(main, counted);
    partial = false;
    if (mset.get_matches_estimated() == 0 && require_all && p.groups.size() > 1) {
      main = boosted(to_xapian(p, false, q.elite_terms));
      mset = execute(main, counted);
      partial = mset.get_matches_estimated() > 0;
    }
    return mset;
  };
  Xapian::Query main;
  Counted counted;
  bool partial = false;
  Xapian::MSet mset = search_words(parsed, main, counted, partial);
  // A query that finds nothing as typed is run as corrected.
  if (mset.get_matches_estimated() == 0 && correction) {
    ParsedQuery fixed = parse_query(*correction, *analyzer, q.lexicon);
    Xapian::Query fixed_main;
    Counted fixed_counted;
    bool fixed_partial = false;
    Xapian::MSet fixed_mset = search_words(fixed, fixed_main, fixed_counted, fixed_partial);
    if (fixed_mset.get_matches_estimated() > 0) {
      // A typo hides a word's language; the correction shows it.
      query_lang = analyzer->detect_language(*correction);
      results.notices.push_back(query_lang == "nl"
                                    ? "geen resultaten voor „" + results.query + "”, wel voor „" +
                                          *correction + "”"
                                    : "aucun résultat pour « " + results.query +
                                          " », voici ceux de « " + *correction + " »");
      results.query = *correction;
      parsed = std::move(fixed);
      main = fixed_main;
      mset = fixed_mset;
      counted = std::move(fixed_counted);
      partial = fixed_partial;
    }
  }
  if (partial) {
    results.notices.push_back(partial_notice(parsed, query_lang, filters.kinds));
  }
  results.total = static_cast<int>(counted.total);
  results.total_exact = counted.exact;
  results.facets = std::move(counted.facets);
  if (q.facets && limit > 0) {
    count_selected_facets(main, filters, limit, results);
  }

  add_hits(q, mset, parsed.keys, query_lang, keymaker ? &centre : nullptr, results);
  return results;
}

}  // namespace orienta::search
