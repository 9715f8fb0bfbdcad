#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sys/file.h>
#include <unistd.h>
#include <xapian.h>

#include "orienta/index_schema.h"
#include "orienta/indexer.h"
#include "orienta/search.h"

#include "temp_dir.h"

namespace orienta::indexer {
namespace {

namespace fs = std::filesystem;

class IndexBuildTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    ref_ = new corpus::ReferenceData(std::move(ref).value());  // NOLINT: suite fixture
    auto analyzer = Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = std::move(analyzer).value().release();  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete ref_;       // NOLINT: suite fixture
    delete analyzer_;  // NOLINT: suite fixture
  }
  void SetUp() override {
    corpus_ = dir_.path() / "corpus";
    fs::create_directories(corpus_);
    for (const auto& e : fs::directory_iterator(testing::test_data_dir() / "corpus")) {
      fs::copy_file(e.path(), corpus_ / e.path().filename());
    }
    db_ = dir_.path() / "db";
  }
  Result<BuildSummary> build(const BuildOptions& options = {}) {
    return build_index(corpus_, db_, *ref_, *analyzer_, options);
  }
  int search_count(const std::string& text) {
    auto s = search::Searcher::open(db_, *analyzer_, *ref_);
    EXPECT_TRUE(s.ok()) << s.status().message();
    search::Query q;
    q.text = text;
    auto r = (*s)->search(q);
    return r.ok() ? r->total : -1;
  }
  void rewrite(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(corpus_ / file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto pos = text.find(from);
    ASSERT_NE(pos, std::string::npos);
    text.replace(pos, from.size(), to);
    std::ofstream(corpus_ / file, std::ios::trunc) << text;
  }

  static corpus::ReferenceData* ref_;
  static Analyzer* analyzer_;
  testing::TempDir dir_;
  fs::path corpus_;
  fs::path db_;
};
corpus::ReferenceData* IndexBuildTest::ref_ = nullptr;
Analyzer* IndexBuildTest::analyzer_ = nullptr;

TEST_F(IndexBuildTest, FirstBuildAddsEveryValidRecord) {
  auto s = build();
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->full_rebuild());
  EXPECT_EQ(s->why_full, "no index yet");
  EXPECT_EQ(s->added, 13);
  EXPECT_TRUE(s->rejected.empty());
  EXPECT_TRUE(fs::exists(db_ / "XAPIANDB"));
  EXPECT_EQ(search_count(""), 13);
}

TEST_F(IndexBuildTest, DocidsRunKindByKindInAHashedOrderOfIds) {
  // Search relies on it (index_schema.h): a kind is one run of docids, and within it the order
  // of the records in their file is lost.
  ASSERT_TRUE(build().ok());
  Xapian::Database db((db_ / "XAPIANDB").string());
  std::string kinds;
  std::vector<std::string> services;
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    const Xapian::Document doc = db.get_document(id);
    kinds += doc.get_value(schema::kSlotKind).substr(0, 1);
    if (kinds.back() == 's') {
      services.push_back(doc.get_value(schema::kSlotId));
    }
  }
  EXPECT_EQ(kinds, "ssssssssaaadd");
  std::ifstream in(corpus_ / "services.jsonl");
  std::vector<std::string> in_file;
  for (std::string line; std::getline(in, line);) {
    const auto start = line.find('"', line.find("\"id\":") + 5) + 1;
    in_file.push_back(line.substr(start, line.find('"', start) - start));
  }
  ASSERT_EQ(in_file.size(), services.size());
  EXPECT_NE(in_file, services);
  std::sort(in_file.begin(), in_file.end());
  std::sort(services.begin(), services.end());
  EXPECT_EQ(in_file, services);
}

TEST_F(IndexBuildTest, EachThemeIsAlsoIndexedWithTheKindOfItsDocument) {
  ASSERT_TRUE(build().ok());
  Xapian::Database db((db_ / "XAPIANDB").string());
  int pairs = 0;
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    const Xapian::Document doc = db.get_document(id);
    const std::string kind = doc.get_value(schema::kSlotKind);
    std::vector<std::string> themes;
    std::vector<std::string> paired;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string term = *t;
      if (term.rfind(schema::kPrefixTheme, 0) == 0) {
        themes.push_back(term.substr(schema::kPrefixTheme.size()));
      } else if (term.rfind(schema::kPrefixKindTheme, 0) == 0) {
        const std::string pair = term.substr(schema::kPrefixKindTheme.size());
        ASSERT_EQ(pair.substr(0, kind.size() + 1), kind + schema::kKindThemeSeparator) << pair;
        paired.push_back(pair.substr(kind.size() + 1));
      }
    }
    ASSERT_FALSE(themes.empty()) << "docid " << id;
    EXPECT_EQ(paired, themes) << "docid " << id;  // both sorted by the term list
    pairs += static_cast<int>(paired.size());
  }
  EXPECT_GT(pairs, 13);  // some documents have several themes
}

TEST_F(IndexBuildTest, RebuildOfAnUnchangedCorpusChangesNothing) {
  ASSERT_TRUE(build().ok());
  auto s = build();
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(s->full_rebuild());
  EXPECT_EQ(s->unchanged, 13);
  EXPECT_EQ(s->added + s->updated + s->deleted, 0);
}

TEST_F(IndexBuildTest, IncrementalUpdateAddsUpdatesAndDeletesById) {
  ASSERT_TRUE(build().ok());
  rewrite("dossiers.jsonl", "Le trajet de soins diabète est un contrat",
          "Le trajet de soins diabète est une convention tripartite");
  rewrite("services.jsonl", R"({"id": "svc-ssm-nord")", R"({"id": "svc-ssm-nord-2")");
  auto s = build();
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_FALSE(s->full_rebuild());
  EXPECT_EQ(s->updated, 1);
  EXPECT_EQ(s->added, 1);
  EXPECT_EQ(s->deleted, 1);
  EXPECT_EQ(s->unchanged, 11);
  EXPECT_EQ(search_count("tripartite"), 1);
  EXPECT_EQ(search_count("contrat"), 0);
  auto searcher = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(searcher.ok());
  EXPECT_FALSE((*searcher)->document("svc-ssm-nord").ok());
  EXPECT_TRUE((*searcher)->document("svc-ssm-nord-2").ok());
}

TEST_F(IndexBuildTest, EachGenerationIsCompactedAndKeepsItsDocumentIds) {
  auto ids = [&] {
    Xapian::Database db((db_ / "XAPIANDB").string());
    std::map<Xapian::docid, std::string> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      out[*it] = db.get_document(*it).get_value(schema::kSlotId);
    }
    return out;
  };
  ASSERT_TRUE(build().ok());
  auto before = ids();
  // A deleted document leaves a gap that compaction must not close: docids index the facets.
  rewrite("services.jsonl", R"({"id": "svc-ssm-nord")", R"({"id": "svc-ssm-nord-2")");
  ASSERT_TRUE(build().ok());
  const auto after = ids();
  std::erase_if(before, [](const auto& kv) { return kv.second == "svc-ssm-nord"; });
  for (const auto& [docid, id] : before) {
    ASSERT_TRUE(after.count(docid) != 0) << id;
    EXPECT_EQ(after.at(docid), id);
  }
  EXPECT_EQ(after.size(), before.size() + 1);
  for (const auto& entry : fs::directory_iterator(db_)) {
    EXPECT_EQ(entry.path().filename().string().find(".packed"), std::string::npos);
  }
}

TEST_F(IndexBuildTest, AnotherAnalysisRebuildsInFull) {
  ASSERT_TRUE(build().ok());
  auto before = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE((*before)->analysis_current());
  // The project's data with one more lexicon concept: the documents that express it must
  // carry it, though their records did not change.
  testing::TempDir data;
  for (const auto& e : fs::directory_iterator(testing::data_dir())) {
    fs::copy_file(e.path(), data.path() / e.path().filename());
  }
  std::ofstream(data.path() / "lexicon.tsv", std::ios::app)
      << "test-contrat\t-\tcontrat\tcontract\n";
  auto edited = Analyzer::load(data.path());
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  ASSERT_NE((*edited)->fingerprint(), analyzer_->fingerprint());

  auto s = build_index(corpus_, db_, *ref_, **edited);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->full_rebuild());
  EXPECT_EQ(s->why_full, "another analysis (lexicon, stop words or rules)");
  EXPECT_EQ(s->added, 13);
  Xapian::Database db(db_.string());
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaAnalysis)), (*edited)->fingerprint());
  EXPECT_EQ(db.get_termfreq(std::string(schema::kPrefixConcept) + "test-contrat"), 1U);
  // A reader of the old analysis sees that its queries no longer meet the documents'.
  ASSERT_TRUE((*before)->reopen().ok());
  EXPECT_FALSE((*before)->analysis_current());
  auto after = search::Searcher::open(db_, **edited, *ref_);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE((*after)->analysis_current());

  auto again = build_index(corpus_, db_, *ref_, **edited);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->full_rebuild());
  EXPECT_EQ(again->unchanged, 13);
}

TEST_F(IndexBuildTest, FailedBuildLeavesTheLiveIndexSearchable) {
  ASSERT_TRUE(build().ok());
  auto searcher = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(searcher.ok());
  rewrite("dossiers.jsonl", "Le trajet de soins diabète est un contrat", "tripartite");
  BuildOptions fail;
  fail.fail_after = 6;
  auto s = build(fail);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInternal);
  EXPECT_NE(s.status().message().find("the live index is unchanged"), std::string::npos);
  // The reader opened before and a new reader both see the old index, whole.
  EXPECT_EQ((*searcher)->document_count(), 13);
  EXPECT_EQ(search_count(""), 13);
  EXPECT_EQ(search_count("tripartite"), 0);
  EXPECT_EQ(search_count("palliatif"), 3);
  // Only the live generation is left on disk.
  int generations = 0;
  for (const auto& e : fs::directory_iterator(db_)) {
    generations += e.path().filename().string().rfind("gen-", 0) == 0 ? 1 : 0;
  }
  EXPECT_EQ(generations, 1);
  // The next build succeeds.
  ASSERT_TRUE(build().ok());
  EXPECT_EQ(search_count("tripartite"), 1);
}

TEST_F(IndexBuildTest, TheNextBuildRemovesKilledBuildsLeftoversAndBuildsRunOneAtATime) {
  ASSERT_TRUE(build().ok());
  auto gens = [&] {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(db_)) {
      const std::string name = e.path().filename().string();
      if (name.rfind("gen-", 0) == 0) {
        out.insert(name);
      }
    }
    return out;
  };
  const auto first = gens();
  ASSERT_EQ(first.size(), 1U);
  // Two builds killed half-way left their generations.
  for (const char* name : {"gen-000007", "gen-000008"}) {
    fs::create_directories(db_ / name);
    std::ofstream(db_ / name / "postlist.glass") << "half a table";
  }
  auto next = build();
  ASSERT_TRUE(next.ok()) << next.status().message();
  // Left: the new generation and the one it replaced, which readers may still hold.
  const auto after = gens();
  EXPECT_EQ(after.size(), 2U);
  EXPECT_EQ(after.count(*first.begin()), 1U);
  EXPECT_EQ(after.count(next->generation.filename().string()), 1U);
  EXPECT_EQ(after.count("gen-000007") + after.count("gen-000008"), 0U);
  // While another build holds the folder, a build fails at once and changes nothing.
  const int other = ::open((db_ / "build.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(other, 0);
  ASSERT_EQ(::flock(other, LOCK_EX | LOCK_NB), 0);
  auto blocked = build();
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(blocked.status().message().find("another orienta index is building"),
            std::string::npos);
  EXPECT_EQ(gens(), after);
  EXPECT_EQ(search_count("palliatif"), 3);
  ::close(other);  // the other build ends: this one may run
  EXPECT_TRUE(build().ok());
}

TEST_F(IndexBuildTest, ReaderPicksUpANewGenerationOnReopen) {
  ASSERT_TRUE(build().ok());
  auto searcher = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(searcher.ok());
  rewrite("services.jsonl", R"({"id": "svc-ssm-nord")", R"({"id": "svc-ssm-nord-2")");
  ASSERT_TRUE(build().ok());
  auto changed = (*searcher)->reopen();
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(*changed);
  EXPECT_TRUE((*searcher)->document("svc-ssm-nord-2").ok());
  // A hit's fields come from what the reader holds in memory: the new generation's.
  search::Query q;
  q.text = "consultations psychologiques";
  q.records = false;  // the fields of the head only
  auto found = (*searcher)->search(q);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->hits.size(), 1U);
  EXPECT_EQ(found->hits[0].id, "svc-ssm-nord-2");
  EXPECT_EQ(found->hits[0].kind, "service");
}

TEST_F(IndexBuildTest, ReadersAreBroughtToTheGenerationTheyAreGiven) {
  ASSERT_TRUE(build().ok());
  const std::string first = search::Searcher::live_generation(db_);
  EXPECT_EQ(first, "auto gen-000001");
  auto searcher = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(searcher.ok());
  EXPECT_EQ((*searcher)->generation(), first);
  rewrite("services.jsonl", R"({"id": "svc-ssm-nord")", R"({"id": "svc-ssm-nord-2")");
  ASSERT_TRUE(build().ok());
  const std::string second = search::Searcher::live_generation(db_);
  EXPECT_NE(second, first);
  // The one it has: nothing to do.
  auto same = (*searcher)->reopen(first);
  ASSERT_TRUE(same.ok());
  EXPECT_FALSE(*same);
  EXPECT_FALSE((*searcher)->document("svc-ssm-nord-2").ok());
  // A generation that cannot be read: an error, and the open one stays whole.
  auto gone = (*searcher)->reopen("auto gen-999999");
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ((*searcher)->generation(), first);
  EXPECT_TRUE((*searcher)->document("svc-ssm-nord").ok());
  EXPECT_EQ(search_count("palliatif"), 3);
  // The one it is given, even after the stub has moved on past it.
  auto changed = (*searcher)->reopen(second);
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(*changed);
  EXPECT_EQ((*searcher)->generation(), second);
  EXPECT_TRUE((*searcher)->document("svc-ssm-nord-2").ok());
}

// The Searchers of a process that have one generation open hold one copy of its tables (the
// need classifier among them); one that moves on holds the new generation's, and the old
// copy lives as long as a Searcher still serves from it.
TEST_F(IndexBuildTest, SearchersOfOneGenerationShareItsTables) {
  ASSERT_TRUE(build().ok());
  auto a = search::Searcher::open(db_, *analyzer_, *ref_);
  auto b = search::Searcher::open(db_, *analyzer_, *ref_);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(&(*a)->need_model(), &(*b)->need_model());
  rewrite("services.jsonl", R"({"id": "svc-ssm-nord")", R"({"id": "svc-ssm-nord-2")");
  ASSERT_TRUE(build().ok());
  const std::string second = search::Searcher::live_generation(db_);
  ASSERT_TRUE((*a)->reopen(second).ok());
  EXPECT_NE(&(*a)->need_model(), &(*b)->need_model());
  EXPECT_TRUE((*b)->document("svc-ssm-nord").ok());  // b still serves the first generation
  search::Query q;
  q.text = "consultations psychologiques";
  q.records = false;  // the fields of the head, from the tables
  auto old_hits = (*b)->search(q);
  ASSERT_TRUE(old_hits.ok());
  ASSERT_EQ(old_hits->hits.size(), 1U);
  EXPECT_EQ(old_hits->hits[0].id, "svc-ssm-nord");
  ASSERT_TRUE((*b)->reopen(second).ok());
  EXPECT_EQ(&(*a)->need_model(), &(*b)->need_model());
  auto new_hits = (*b)->search(q);
  ASSERT_TRUE(new_hits.ok());
  ASSERT_EQ(new_hits->hits.size(), 1U);
  EXPECT_EQ(new_hits->hits[0].id, "svc-ssm-nord-2");
}

TEST_F(IndexBuildTest, InvalidRecordsAreRejectedWithReasonsAndTheRestIndexed) {
  std::ofstream(corpus_ / "services.jsonl", std::ios::app) << "not json\n";
  auto s = build();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->added, 13);
  ASSERT_EQ(s->rejected.size(), 1U);
  EXPECT_EQ(s->rejected[0].line, 9);
}

TEST_F(IndexBuildTest, MissingCorpusIsNotFound) {
  auto s = build_index(dir_.path() / "nowhere", db_, *ref_, *analyzer_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(db_ / "XAPIANDB"));
}

TEST_F(IndexBuildTest, OpeningAMissingIndexIsUnavailable) {
  auto s = search::Searcher::open(dir_.path() / "none", *analyzer_, *ref_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace orienta::indexer
