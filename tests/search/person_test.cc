// Query::person: the services whose eligibility excludes a person are left out in the query.
#include <algorithm>
#include <gtest/gtest.h>

#include "orienta/search.h"

#include "temp_dir.h"

namespace orienta::search {
namespace {

std::string service(const std::string& id, const std::string& area, const std::string& extra) {
  return R"({"id": ")" + id + R"(", "name": {"fr": "Aide sociale )" + id +
         R"("}, "description": {"fr": "Aide sociale et accompagnement."}, "organization": "O", )"
         R"("themes": ["social_aid"], "service_area": )" +
         area +
         R"(, "address": {"street": "Rue 1", "postcode": "1060", "commune": "Saint-Gilles"}, )"
         R"("lat": 50.83, "lon": 4.34, "languages": ["fr"], "contact": {"phone": "+32 2 000 00 01"}, )" +
         extra + R"("updated": "2026-01-01"})";
}

class PersonFilterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();  // NOLINT: suite fixture
    const std::string services =
        service("svc-all", R"(["region"])", "") + "\n" +
        service("svc-authors", R"(["region"])", R"("audiences": ["authors_of_violence"], )") +
        "\n" + service("svc-women", R"(["region"])", R"("audiences": ["women", "pregnant"], )") +
        "\n" + service("svc-men", R"(["region"])", R"("audiences": ["men"], )") + "\n" +
        service("svc-older", R"(["region"])", R"("audiences": ["older_people"], )") + "\n" +
        service("svc-adults", R"(["region"])", R"("age_min": 18, )") + "\n" +
        service("svc-insured", R"(["region"])", R"("requires": ["health_insurance"], )") + "\n" +
        service("svc-papers", R"(["region"])", R"("requires": ["legal_residence"], )") + "\n" +
        service("svc-pros", R"(["region"])", R"("audiences": ["professionals"], )") + "\n" +
        service("svc-cpas-sg", R"(["saint-gilles"])", R"("requires": ["commune_residence"], )") +
        "\n";
    dir_->write("corpus/services.jsonl", services);
    dir_->write("corpus/answers.jsonl", "");
    dir_->write("corpus/dossiers.jsonl", "");
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    ref_ = new corpus::ReferenceData(std::move(ref).value());  // NOLINT: suite fixture
    auto analyzer = indexer::Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = std::move(analyzer).value().release();  // NOLINT: suite fixture
    auto built =
        indexer::build_index(dir_->path() / "corpus", dir_->path() / "db", *ref_, *analyzer_);
    ASSERT_TRUE(built.ok()) << built.status().message();
    for (const auto& p : built->rejected) {  // the empty answers and dossiers files only
      ASSERT_EQ(p.to_string().find("services.jsonl"), std::string::npos) << p.to_string();
    }
    auto s = Searcher::open(dir_->path() / "db", *analyzer_, *ref_);
    ASSERT_TRUE(s.ok());
    searcher_ = std::move(s).value().release();  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete searcher_;  // NOLINT: suite fixture
    delete analyzer_;  // NOLINT: suite fixture
    delete ref_;       // NOLINT: suite fixture
    delete dir_;       // NOLINT: suite fixture
  }
  // The ids of the services that can serve `person`, sorted.
  static std::vector<std::string> serving(const Person& person) {
    Query q;
    q.kinds = {"service"};
    q.size = 50;
    q.person = person;
    auto r = searcher_->search(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<std::string> ids;
    for (const auto& h : r.ok() ? r->hits : std::vector<Hit>{}) {
      ids.push_back(h.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  static bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  static testing::TempDir* dir_;
  static corpus::ReferenceData* ref_;
  static indexer::Analyzer* analyzer_;
  static Searcher* searcher_;
};
testing::TempDir* PersonFilterTest::dir_ = nullptr;
corpus::ReferenceData* PersonFilterTest::ref_ = nullptr;
indexer::Analyzer* PersonFilterTest::analyzer_ = nullptr;
Searcher* PersonFilterTest::searcher_ = nullptr;

TEST_F(PersonFilterTest, UnknownFactsExcludeNothingButACommuneBoundService) {
  const auto ids = serving({});
  EXPECT_EQ(ids.size(), 9u);
  EXPECT_FALSE(has(ids, "svc-cpas-sg"));  // whose commune? not guessed
  EXPECT_TRUE(has(serving({{}, {}, "saint-gilles"}), "svc-cpas-sg"));
  EXPECT_FALSE(has(serving({{}, {}, "forest"}), "svc-cpas-sg"));
}

TEST_F(PersonFilterTest, EachKnownFactExcludesTheServicesNotForThem) {
  const auto victim = serving({{}, {"victim"}, ""});
  EXPECT_FALSE(has(victim, "svc-authors"));
  EXPECT_TRUE(has(victim, "svc-all"));
  EXPECT_FALSE(has(serving({{}, {"sex-m"}, ""}), "svc-women"));
  EXPECT_TRUE(has(serving({{}, {"sex-m"}, ""}), "svc-men"));
  EXPECT_FALSE(has(serving({{}, {"sex-f"}, ""}), "svc-men"));
  EXPECT_FALSE(has(serving({{}, {"no-insurance"}, ""}), "svc-insured"));
  EXPECT_FALSE(has(serving({{}, {"no-residence"}, ""}), "svc-papers"));
  EXPECT_FALSE(has(serving({{}, {"not-professional"}, ""}), "svc-pros"));
}

TEST_F(PersonFilterTest, AgesAreMatchedOnLimitsAndAgeGroups) {
  const auto child = serving({10, {}, ""});
  EXPECT_FALSE(has(child, "svc-adults"));
  EXPECT_FALSE(has(child, "svc-older"));  // older people: 60 and over
  const auto old = serving({82, {}, ""});
  EXPECT_TRUE(has(old, "svc-older"));
  EXPECT_TRUE(has(old, "svc-adults"));
}

TEST_F(PersonFilterTest, AnUnknownFactIsAnError) {
  Query q;
  q.person = Person{{}, {"tall"}, ""};
  const auto r = searcher_->search(q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "unknown fact \"tall\" of a person");
}

}  // namespace
}  // namespace orienta::search
