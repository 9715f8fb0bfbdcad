// Benchmarks of the index build and of search latency, against the plain-Xapian floor.
//
// Corpora of 10,000 and 100,000 documents are generated from the sample corpus (corpus_gen.h)
// into build/bench-data/ ($ORIENTA_BENCH_DATA overrides it), indexed once for the search
// benchmarks, and reused by later runs. See docs/performance.md for the command and results.
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <vector>
#include <xapian.h>

#include "orienta/corpus.h"
#include "orienta/index_schema.h"
#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/search.h"

#include "corpus_gen.h"

namespace orienta::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kSmall = 10'000;
constexpr std::int64_t kLarge = 100'000;
// Passes over the query list per repetition: about 500 timed queries for the percentiles.
constexpr std::int64_t kSearchPasses = 10;
constexpr Xapian::doccount kFloorPageSize = 10;
constexpr const char* kIndexMarker = "BENCH-CORPUS";

enum class Hits { kRequired, kOptional };

/// One query of the latency benchmarks; kRequired queries must find something.
struct BenchQuery {
  search::Query query;
  Hits hits = Hits::kRequired;
};

search::Query text(std::string t) {
  search::Query q;
  q.text = std::move(t);
  return q;
}

search::Query filtered(std::string t, std::vector<std::string> themes,
                       std::vector<std::string> bassins, std::vector<std::string> kinds = {}) {
  search::Query q = text(std::move(t));
  q.themes = std::move(themes);
  q.bassins = std::move(bassins);
  q.kinds = std::move(kinds);
  return q;
}

// What helpdesk responders type: French, Dutch, both mixed, with filters, and typos.
std::vector<BenchQuery> helpdesk_queries() {
  std::vector<BenchQuery> out;
  for (const char* t :
       {// French
        "soins palliatifs à domicile", "aide familiale Schaerbeek", "trajet de soins diabète",
        "CPAS carte médicale", "sortie d'hôpital infirmière", "interprète arabe",
        "administrateur de biens", "aide médicale urgente sans papiers",
        "centre de jour personnes âgées", "repas à domicile", "santé mentale adolescent",
        "violence conjugale hébergement", "logement insalubre", "aidant proche épuisé",
        "kinésithérapie à domicile", "maison médicale au forfait", "revenu d'intégration",
        "alcool assuétudes", "transport adapté fauteuil roulant", "garde-malade de nuit",
        "démence vit seul", "soins de plaies infirmière", "allocation handicap",
        "coordination des soins à domicile", "sans-abri adresse de référence",
        // Dutch
        "palliatieve thuiszorg", "OCMW leefloon", "bewindvoerder", "dakloos referentieadres",
        "gezinszorg Jette", "thuisverpleging wondzorg", "dringende medische hulp",
        "mantelzorger ondersteuning", "geestelijke gezondheidszorg jongeren", "dagcentrum ouderen",
        "zorgtraject diabetes", "tolk Arabisch", "partnergeweld opvang", "woonzorgcentrum aanvraag",
        "huisarts wachtdienst",
        // Mixed
        "équipe de soutien palliatief", "CPAS OCMW Anderlecht", "thuiszorg aide familiale",
        "diabète zorgtraject", "interprète tolk"}) {
    out.push_back({text(t), Hits::kRequired});
  }
  out.push_back({filtered("soins palliatifs", {"palliative"}, {}), Hits::kRequired});
  out.push_back({filtered("aide à domicile", {}, {"sud"}), Hits::kRequired});
  out.push_back({filtered("thuisverpleging", {}, {"nord"}), Hits::kRequired});
  out.push_back({filtered("CPAS", {"social_aid"}, {"centre-ouest"}), Hits::kRequired});
  out.push_back({filtered("dakloos", {"homelessness"}, {}), Hits::kRequired});
  out.push_back({filtered("interprète", {}, {"nord-est"}, {"service"}), Hits::kRequired});
  // Typos: the spelling suggestion path. The corrected query may still find nothing.
  out.push_back({text("aide famillale"), Hits::kOptional});
  out.push_back({text("palliatiev thuisverpleging"), Hits::kOptional});
  return out;
}

// What marks an index of `c` as complete and current: built with this schema and analysis.
std::string index_mark(const GeneratedCorpus& c, const indexer::Analyzer& analyzer) {
  return c.fingerprint + " schema=" + std::string(schema::kSchemaVersion) +
         " analysis=" + analyzer.fingerprint();
}

/// A generated corpus, its index and what searches it, for one size.
struct Prepared {
  GeneratedCorpus corpus;
  fs::path db_dir;
  std::unique_ptr<search::Searcher> searcher;
  Xapian::Database db;
  std::vector<Xapian::Query> floor_queries;  ///< one per helpdesk query
};

/// What every benchmark shares: reference data, the analyzer, the queries and the prepared
/// corpora. Created once in main() and passed to the benchmarks; single-threaded.
class BenchEnv {
 public:
  static Result<std::unique_ptr<BenchEnv>> load(fs::path data_root, fs::path sample_dir) {
    auto ref = corpus::ReferenceData::load(corpus::default_data_dir());
    if (!ref.ok()) {
      return ref.status();
    }
    auto analyzer = indexer::Analyzer::load(corpus::default_data_dir());
    if (!analyzer.ok()) {
      return analyzer.status();
    }
    return std::unique_ptr<BenchEnv>(new BenchEnv(std::move(data_root), std::move(sample_dir),
                                                  std::move(*ref), std::move(*analyzer)));
  }
  BenchEnv(const BenchEnv&) = delete;
  BenchEnv& operator=(const BenchEnv&) = delete;

  const corpus::ReferenceData& ref() const { return ref_; }
  const indexer::Analyzer& analyzer() const { return *analyzer_; }
  const std::vector<BenchQuery>& queries() const { return queries_; }
  const fs::path& data_root() const { return data_root_; }

  /// The generated corpus of `n` documents, generated on first use.
  Result<GeneratedCorpus> generated_corpus(std::size_t n) {
    GeneratorOptions options;
    options.documents = n;
    options.sample_dir = sample_dir_;
    return generate_corpus(options, data_root_, ref_);
  }

  /// The corpus of `n` documents with its index open, built on first use (not timed).
  Result<Prepared*> prepare(std::size_t n) {
    if (auto it = prepared_.find(n); it != prepared_.end()) {
      return it->second.get();
    }
    auto generated = generated_corpus(n);
    if (!generated.ok()) {
      return generated.status();
    }
    auto p = std::make_unique<Prepared>();
    p->corpus = std::move(*generated);
    p->db_dir = index_dir(n);
    if (!index_matches(p->db_dir, p->corpus)) {
      std::error_code ec;
      fs::remove_all(p->db_dir, ec);
      indexer::BuildOptions options;
      options.force_full = true;
      auto built = indexer::build_index(p->corpus.dir, p->db_dir, ref_, *analyzer_, options);
      if (!built.ok()) {
        return built.status();
      }
      mark_index(p->db_dir, p->corpus);
    }
    auto searcher = search::Searcher::open(p->db_dir, *analyzer_, ref_);
    if (!searcher.ok()) {
      return searcher.status();
    }
    p->searcher = std::move(*searcher);
    try {
      p->db = Xapian::Database(p->db_dir.string());
      for (const auto& q : queries_) {
        std::vector<Xapian::Query> words;
        for (const auto& token : analyzer_->tokenize(q.query.text)) {
          if (!token.stop) {
            words.emplace_back(token.word);
          }
        }
        p->floor_queries.emplace_back(Xapian::Query::OP_OR, words.begin(), words.end());
      }
    } catch (const Xapian::Error& e) {
      return Status::unavailable("cannot open " + p->db_dir.string() + ": " + e.get_description());
    }
    return (prepared_[n] = std::move(p)).get();
  }

  /// Where the search benchmarks' index of `n` documents lives.
  fs::path index_dir(std::size_t n) const { return data_root_ / ("db-" + std::to_string(n)); }

  /// True when `db_dir` holds a complete index of `c` in the current schema and analysis
  /// (marked after a successful build). Delete build/bench-data/db-* after changing what the
  /// indexer writes otherwise.
  bool index_matches(const fs::path& db_dir, const GeneratedCorpus& c) const {
    std::ifstream in(db_dir / kIndexMarker);
    std::string line;
    return std::getline(in, line) && line == index_mark(c, *analyzer_);
  }

  void mark_index(const fs::path& db_dir, const GeneratedCorpus& c) const {
    std::ofstream(db_dir / kIndexMarker, std::ios::trunc) << index_mark(c, *analyzer_) << "\n";
  }

 private:
  BenchEnv(fs::path data_root, fs::path sample_dir, corpus::ReferenceData ref,
           std::unique_ptr<indexer::Analyzer> analyzer)
      : data_root_(std::move(data_root)),
        sample_dir_(std::move(sample_dir)),
        ref_(std::move(ref)),
        analyzer_(std::move(analyzer)),
        queries_(helpdesk_queries()) {}

  fs::path data_root_;
  fs::path sample_dir_;
  corpus::ReferenceData ref_;
  std::unique_ptr<indexer::Analyzer> analyzer_;
  std::vector<BenchQuery> queries_;
  std::map<std::size_t, std::unique_ptr<Prepared>> prepared_;
};

double micros_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// The nearest-rank percentile `p` (0..1] of `sorted`, which is not empty.
double nearest_rank(const std::vector<double>& sorted, double p) {
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::max<std::size_t>(rank, 1) - 1];
}

// Nearest-rank percentiles of the query times, as p50_us, p95_us and p99_us.
void set_percentiles(benchmark::State& state, std::vector<double> micros) {
  if (micros.empty()) {
    return;
  }
  std::sort(micros.begin(), micros.end());
  for (const auto& [name, p] :
       {std::pair{"p50_us", 0.50}, std::pair{"p95_us", 0.95}, std::pair{"p99_us", 0.99}}) {
    state.counters[name] = nearest_rank(micros, p);
  }
}

void skip(benchmark::State& state, const Status& status) {
  state.SkipWithError(status.message().c_str());
}

// The prepared corpus of state.range(0) documents; nullptr, with the benchmark skipped, when
// it cannot be prepared.
Prepared* prepared_or_skip(benchmark::State& state, BenchEnv& env) {
  auto prepared = env.prepare(static_cast<std::size_t>(state.range(0)));
  if (!prepared.ok()) {
    skip(state, prepared.status());
    return nullptr;
  }
  return *prepared;
}

// A full build of the corpus of state.range(0) documents into a fresh folder.
// The scrubber alone on every past answer of the corpus (question and answer), as the index
// build runs it: to set beside BM_IndexerBuild of the same size, in the same run.
void scrub_answers(benchmark::State& state, BenchEnv& env) {
  const auto n = static_cast<std::size_t>(state.range(0));
  auto generated = env.generated_corpus(n);
  if (!generated.ok()) {
    skip(state, generated.status());
    return;
  }
  auto corpus = corpus::load_corpus(generated->dir, env.ref());
  if (!corpus.ok()) {
    skip(state, corpus.status());
    return;
  }
  const indexer::Scrubber scrubber(env.ref());
  std::size_t bytes = 0;
  std::size_t placeholders = 0;
  for (auto _ : state) {
    for (const auto& a : corpus->answers) {
      for (const std::string* text : {&a.question, &a.answer}) {
        const std::string out = scrubber.scrub(*text);
        bytes += text->size();
        placeholders += static_cast<std::size_t>(std::count(out.begin(), out.end(), '['));
      }
    }
  }
  benchmark::DoNotOptimize(placeholders);
  state.counters["answers"] = static_cast<double>(corpus->answers.size());
  state.counters["MB_per_s"] =
      benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
}

void indexer_build(benchmark::State& state, BenchEnv& env) {
  const auto n = static_cast<std::size_t>(state.range(0));
  auto generated = env.generated_corpus(n);
  if (!generated.ok()) {
    skip(state, generated.status());
    return;
  }
  const fs::path db_dir = env.data_root() / ("build-" + std::to_string(n));
  std::error_code ec;
  fs::remove_all(db_dir, ec);
  indexer::BuildOptions options;
  options.force_full = true;
  Result<indexer::BuildSummary> built = Status::internal("the build did not run");
  for (auto _ : state) {
    built = indexer::build_index(generated->dir, db_dir, env.ref(), env.analyzer(), options);
  }
  if (!built.ok()) {
    skip(state, built.status());
    return;
  }
  if (static_cast<std::size_t>(built->added) != generated->documents() ||
      !built->rejected.empty()) {
    skip(state, Status::internal("the build indexed " + std::to_string(built->added) + " of " +
                                 std::to_string(generated->documents()) + " documents"));
    return;
  }
  state.counters["docs_per_s"] =
      benchmark::Counter(static_cast<double>(generated->documents()), benchmark::Counter::kIsRate);
  // The first build of a size becomes the search benchmarks' index; later ones are dropped.
  const fs::path search_dir = env.index_dir(n);
  if (!env.index_matches(search_dir, *generated)) {
    fs::remove_all(search_dir, ec);
    fs::rename(db_dir, search_dir, ec);
    if (!ec) {
      env.mark_index(search_dir, *generated);
      return;
    }
  }
  fs::remove_all(db_dir, ec);
}

// How far estimated totals and facet counts are from the counts of every match: relative
// errors of the totals, and of the facet values by their share of the total.
class EstimateErrors {
 public:
  void add(const search::Results& estimated, const search::Results& counted) {
    totals_.push_back(relative(estimated.total, counted.total));
    for (const auto& [facet, values] : counted.facets) {
      for (const auto& [value, n] : values) {
        int e = 0;
        if (const auto f = estimated.facets.find(facet); f != estimated.facets.end()) {
          const auto v = f->second.find(value);
          e = v == f->second.end() ? 0 : v->second;
        }
        const double share = static_cast<double>(n) / std::max(counted.total, 1);
        (share >= 0.2 ? large_ : share >= 0.05 ? medium_ : small_).push_back(relative(e, n));
      }
    }
  }
  void report(benchmark::State& state) {
    state.counters["estimated_queries"] = static_cast<double>(totals_.size());
    if (totals_.empty()) {
      return;
    }
    state.counters["total_err_p50"] = percentile(totals_, 0.5);
    state.counters["total_err_max"] = percentile(totals_, 1.0);
    for (auto [name, errs] :
         {std::pair{"facet20_err_p50", &large_}, std::pair{"facet5_err_p50", &medium_},
          std::pair{"facet_small_err_p50", &small_}}) {
      if (!errs->empty()) {
        state.counters[name] = percentile(*errs, 0.5);
      }
    }
  }

 private:
  static double relative(int estimate, int exact) {
    return std::abs(estimate - exact) / static_cast<double>(std::max(exact, 1));
  }
  static double percentile(std::vector<double>& v, double p) {
    std::sort(v.begin(), v.end());
    return nearest_rank(v, p);
  }
  std::vector<double> totals_, large_, medium_, small_;
};

// Times each of `queries` once per iteration of `state`, and sets the percentile and
// throughput counters.
void time_searches(benchmark::State& state, const search::Searcher& searcher,
                   const std::vector<search::Query>& queries) {
  std::vector<double> micros;
  micros.reserve(queries.size() * static_cast<std::size_t>(kSearchPasses));
  for (auto _ : state) {
    for (const auto& q : queries) {
      const auto start = Clock::now();
      auto results = searcher.search(q);
      micros.push_back(micros_since(start));
      benchmark::DoNotOptimize(results);
    }
  }
  set_percentiles(state, std::move(micros));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(queries.size()));
}

// Searcher::search with the default Query (facets and snippets on, 10 hits) per query.
void search_query(benchmark::State& state, BenchEnv& env) {
  Prepared* prepared = prepared_or_skip(state, env);
  if (prepared == nullptr) {
    return;
  }
  const search::Searcher& searcher = *prepared->searcher;
  const auto& queries = env.queries();
  // Untimed warm-up pass, which also checks that every query finds what it must, and measures
  // the estimated totals and facet counts against a count of every match.
  double matches = 0;
  EstimateErrors errors;
  for (const auto& q : queries) {
    auto results = searcher.search(q.query);
    if (!results.ok()) {
      skip(state, results.status());
      return;
    }
    if (results->total == 0 && q.hits == Hits::kRequired) {
      skip(state, Status::internal("no result for \"" + q.query.text + "\""));
      return;
    }
    matches += results->total;
    if (!results->total_exact) {
      search::Query all = q.query;
      all.count_limit = std::numeric_limits<int>::max();
      auto counted = searcher.search(all);
      if (!counted.ok() || !counted->total_exact) {
        skip(state, Status::internal("cannot count \"" + q.query.text + "\""));
        return;
      }
      errors.add(*results, *counted);
    }
  }
  errors.report(state);
  std::vector<search::Query> timed;
  for (const auto& q : queries) {
    timed.push_back(q.query);
  }
  time_searches(state, searcher, timed);
  state.counters["avg_matches"] = matches / static_cast<double>(queries.size());
}

// The same searches with nothing counted, no snippet and no record read: what Xapian costs for
// this project's queries (stems in both languages, concepts, filters), top 10 only.
void search_top_only(benchmark::State& state, BenchEnv& env) {
  Prepared* prepared = prepared_or_skip(state, env);
  if (prepared == nullptr) {
    return;
  }
  const search::Searcher& searcher = *prepared->searcher;
  std::vector<search::Query> queries;
  for (const auto& q : env.queries()) {
    queries.push_back(q.query);
    queries.back().count_limit = 0;
    queries.back().snippets = false;
    queries.back().records = false;
  }
  time_searches(state, searcher, queries);
}

// The floor: the same queries as a plain OR of their folded words, top 10, nothing else.
void xapian_floor(benchmark::State& state, BenchEnv& env) {
  Prepared* prepared = prepared_or_skip(state, env);
  if (prepared == nullptr) {
    return;
  }
  const Prepared& p = *prepared;
  const auto& queries = env.queries();
  std::vector<double> micros;
  micros.reserve(queries.size() * static_cast<std::size_t>(kSearchPasses));
  try {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      Xapian::Enquire enquire(p.db);
      enquire.set_query(p.floor_queries[i]);
      if (enquire.get_mset(0, kFloorPageSize).empty() && queries[i].hits == Hits::kRequired) {
        skip(state, Status::internal("no result for \"" + queries[i].query.text + "\""));
        return;
      }
    }
    for (auto _ : state) {
      for (const auto& query : p.floor_queries) {
        const auto start = Clock::now();
        Xapian::Enquire enquire(p.db);
        enquire.set_query(query);
        const Xapian::MSet mset = enquire.get_mset(0, kFloorPageSize);
        micros.push_back(micros_since(start));
        benchmark::DoNotOptimize(mset.size());
      }
    }
  } catch (const Xapian::Error& e) {
    state.SkipWithError(e.get_description().c_str());
    return;
  }
  set_percentiles(state, std::move(micros));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(queries.size()));
}

// Situations as responders note them, written for the benchmark (not the eval situations).
struct BenchSituation {
  const char* text;
  matcher::Location where;
};
const BenchSituation kSituations[] = {
    {"pt 84 ans diabétique sous insuline, vit seul, chutes répétées, fils épuisé",
     {"1070", "", ""}},
    {"MG: patiente en fin de vie, cancer du sein, souhaite mourir à domicile, besoin d'une "
     "équipe de soutien palliatif et de garde de nuit",
     {"", "Uccle", ""}},
    {"thuisverpleegkundige: dhr. 79j, dementie, woont alleen, dochter overbelast, zoekt "
     "dagcentrum en respijtzorg",
     {"", "Jette", ""}},
    {"AS hôpital: sortie prévue vendredi, pt 70 ans, prothèse de hanche, besoin kiné et aide "
     "familiale à domicile",
     {"1190", "", ""}},
    {"femme sans papiers enceinte de 4 mois, aucun suivi, pas de mutuelle, ne parle que "
     "l'arabe",
     {"", "", "centre-ouest"}},
    {"jonge man 24j, cannabis en alcohol, schulden, wil hulp maar geen opname", {"1030", "", ""}},
    {"patient sdf, plaie au pied, dort près de la gare, cherche soins gratuits", {}},
    {"mevrouw 67j, hartfalen en COPD, geen vervoer naar het ziekenhuis, woont op 3de verdieping",
     {"", "Sint-Gillis", ""}},
    {"ado 15 ans, crises d'angoisse, parents séparés, cherche psy pas cher", {"1200", "", ""}},
    {"personne handicapée en chaise roulante, cherche transport adapté et carte de "
     "stationnement",
     {"", "Evere", ""}},
    {"vraag info palliatief forfait en palliatief verlof voor de dochter", {}},
    {"violence conjugale, mère de deux enfants, cherche hébergement d'urgence", {"1080", "", ""}},
};

// Matcher::match of each situation (limit 10), on the sample corpus (state.range(0) == 0)
// or on a generated corpus of state.range(0) documents.
void match_situation(benchmark::State& state, BenchEnv& env) {
  const search::Searcher* searcher = nullptr;
  std::unique_ptr<search::Searcher> sample;
  if (state.range(0) == 0) {
    const fs::path db = env.data_root() / "db-sample";
    std::error_code ec;
    fs::remove_all(db, ec);
    auto built = indexer::build_index(ORIENTA_SAMPLE_CORPUS_DIR, db, env.ref(), env.analyzer());
    if (!built.ok()) {
      skip(state, built.status());
      return;
    }
    auto opened = search::Searcher::open(db, env.analyzer(), env.ref());
    if (!opened.ok()) {
      skip(state, opened.status());
      return;
    }
    sample = std::move(*opened);
    searcher = sample.get();
  } else {
    Prepared* prepared = prepared_or_skip(state, env);
    if (prepared == nullptr) {
      return;
    }
    searcher = prepared->searcher.get();
  }
  auto m =
      matcher::Matcher::create(*searcher, env.analyzer(), env.ref(), corpus::default_data_dir());
  if (!m.ok()) {
    skip(state, m.status());
    return;
  }
  for (const auto& s : kSituations) {  // untimed check: every situation gets referrals
    auto r = (*m)->match(s.text, s.where, 10);
    if (!r.ok() || r->referrals.empty()) {
      skip(state, r.ok() ? Status::internal(std::string("no referral for \"") + s.text + "\"")
                         : r.status());
      return;
    }
  }
  std::vector<double> micros;
  for (auto _ : state) {
    for (const auto& s : kSituations) {
      const auto start = Clock::now();
      auto r = (*m)->match(s.text, s.where, 10);
      micros.push_back(micros_since(start));
      benchmark::DoNotOptimize(r);
    }
  }
  set_percentiles(state, std::move(micros));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(std::size(kSituations)));
}

fs::path data_root() {
  if (const char* env = std::getenv("ORIENTA_BENCH_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  return ORIENTA_BENCH_DATA_DIR;
}

}  // namespace
}  // namespace orienta::bench

int main(int argc, char** argv) {
  namespace ob = orienta::bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 2;
  }
  auto env = ob::BenchEnv::load(ob::data_root(), ORIENTA_SAMPLE_CORPUS_DIR);
  if (!env.ok()) {
    std::fprintf(stderr, "search_bench: error: %s\n", env.status().message().c_str());
    return 1;
  }
  ob::BenchEnv& e = **env;
  // A 100,000-document build takes over a minute: it runs once, whatever the repetitions.
  for (const auto& [size, repetitions] : {std::pair{ob::kSmall, 0}, std::pair{ob::kLarge, 1}}) {
    auto* build = benchmark::RegisterBenchmark(
        "BM_IndexerBuild", [&e](benchmark::State& s) { ob::indexer_build(s, e); });
    build->Arg(size)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);
    if (repetitions > 0) {
      build->Repetitions(repetitions);
    }
  }
  benchmark::RegisterBenchmark("BM_ScrubAnswers",
                               [&e](benchmark::State& s) { ob::scrub_answers(s, e); })
      ->Arg(ob::kSmall)
      ->Arg(ob::kLarge)
      ->Iterations(1)
      ->UseRealTime()
      ->Unit(benchmark::kSecond);
  benchmark::RegisterBenchmark("BM_SearchQuery",
                               [&e](benchmark::State& s) { ob::search_query(s, e); })
      ->Arg(ob::kSmall)
      ->Arg(ob::kLarge)
      ->Iterations(ob::kSearchPasses)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_SearchTopOnly",
                               [&e](benchmark::State& s) { ob::search_top_only(s, e); })
      ->Arg(ob::kSmall)
      ->Arg(ob::kLarge)
      ->Iterations(ob::kSearchPasses)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_XapianFloor",
                               [&e](benchmark::State& s) { ob::xapian_floor(s, e); })
      ->Arg(ob::kSmall)
      ->Arg(ob::kLarge)
      ->Iterations(ob::kSearchPasses)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  // Arg 0: the bundled sample corpus.
  benchmark::RegisterBenchmark("BM_MatchSituation",
                               [&e](benchmark::State& s) { ob::match_situation(s, e); })
      ->Arg(0)
      ->Arg(ob::kLarge)
      ->Iterations(ob::kSearchPasses * 4)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
