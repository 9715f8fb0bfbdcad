#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

#include "orienta/corpus.h"

#include "temp_dir.h"

namespace orienta::corpus {
namespace {

using testing::TempDir;

class CorpusReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    ref_ = new ReferenceData(std::move(loaded).value());  // NOLINT: suite-lifetime fixture
  }
  static void TearDownTestSuite() {
    delete ref_;  // NOLINT: suite-lifetime fixture
    ref_ = nullptr;
  }

  // A copy of the small valid test corpus in a temp folder, with one file replaced.
  void SetUp() override {
    for (const auto& entry :
         std::filesystem::directory_iterator(testing::test_data_dir() / "corpus")) {
      std::filesystem::copy_file(entry.path(), dir_.path() / entry.path().filename());
    }
  }
  Corpus load() {
    auto corpus = load_corpus(dir_.path(), *ref_);
    EXPECT_TRUE(corpus.ok()) << corpus.status().message();
    return corpus.ok() ? std::move(corpus).value() : Corpus{};
  }
  std::string file(const std::string& name) const { return (dir_.path() / name).string(); }
  // The single problem of a services.jsonl made of the valid first line, then `line`.
  std::string problem_of_service_line(const std::string& line) {
    dir_.write("services.jsonl", kValidService + "\n" + line + "\n");
    auto corpus = load();
    EXPECT_EQ(corpus.services.size(), 1U) << line;
    // The answers of the fixture refer to services of the full file: ignore those problems.
    std::vector<std::string> lines;
    for (const auto& p : corpus.problems) {
      if (p.file == file("services.jsonl")) {
        lines.push_back(p.to_string());
      }
    }
    return lines.size() == 1 ? lines[0] : "<" + std::to_string(lines.size()) + " problems>";
  }

  static inline const std::string kValidService =
      R"({"id": "svc-a", "name": {"fr": "A"}, "description": {"fr": "Aide."}, "organization": "O", "themes": ["social_aid"], "service_area": ["region"], "address": {"street": "Rue 1", "postcode": "1000", "commune": "Bruxelles"}, "lat": 50.85, "lon": 4.35, "languages": ["fr"], "contact": {"phone": "+32 2 000 00 00"}, "updated": "2025-01-01"})";

  static std::string service_with(const std::string& from, const std::string& to) {
    std::string s = kValidService;
    const auto pos = s.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    return s.replace(pos, from.size(), to);
  }

  static ReferenceData* ref_;
  TempDir dir_;
};
ReferenceData* CorpusReaderTest::ref_ = nullptr;

TEST_F(CorpusReaderTest, LoadsTheValidFixture) {
  const Corpus corpus = load();
  EXPECT_TRUE(corpus.problems.empty()) << corpus.problems.front().to_string();
  EXPECT_EQ(corpus.services.size(), 8U);
  EXPECT_EQ(corpus.answers.size(), 3U);
  EXPECT_EQ(corpus.dossiers.size(), 2U);
  const Service& s = corpus.services[2];
  EXPECT_EQ(s.id, "svc-ocmw-schaarbeek");
  EXPECT_EQ(s.description.lang(), "fr+nl");
  EXPECT_EQ(s.address.postcode, "1030");
  EXPECT_EQ(s.languages, (std::vector<std::string>{"fr", "nl", "ar"}));
  EXPECT_EQ(corpus.services[1].age_min, 60);
  EXPECT_EQ(corpus.answers[0].referred, (std::vector<std::string>{"svc-palliasud"}));
}

TEST_F(CorpusReaderTest, ReadsEligibilityAndAServiceBoundToCommunes) {
  // A CPAS of Saint-Gilles: its area, audiences and requirements.
  std::string cpas = service_with(R"("id": "svc-a", )", R"("id": "svc-b", )");
  auto swap = [&cpas](const std::string& from, const std::string& to) {
    cpas.replace(cpas.find(from), from.size(), to);
  };
  swap(R"(["region"])", R"(["saint-gilles"])");
  swap(R"("updated")",
       R"("audiences": ["victims_of_violence", "women"], "conditions": ["dementia"], )"
       R"("offers": ["social_assistance", "rights_advice"], )"
       R"("requires": ["commune_residence"], )"
       R"("updated")");
  dir_.write("services.jsonl", kValidService + "\n" + cpas + "\n");
  const Corpus c = load();
  ASSERT_EQ(c.services.size(), 2U);
  const Service& s = c.services[1];
  EXPECT_EQ(s.audiences, (std::vector<std::string>{"victims_of_violence", "women"}));
  EXPECT_EQ(s.conditions, std::vector<std::string>{"dementia"});
  EXPECT_EQ(s.offers, (std::vector<std::string>{"social_assistance", "rights_advice"}));
  ASSERT_NE(ref_->offer("night_sitting"), nullptr);
  EXPECT_EQ(ref_->offer("night_sitting")->label_nl, "nachtoppas en aanwezigheid thuis");
  EXPECT_TRUE(c.services[0].conditions.empty());
  EXPECT_EQ(s.requirements, std::vector<std::string>{"commune_residence"});
  EXPECT_TRUE(commune_bound(s, ref_->geography));
  EXPECT_EQ(service_bassins(s, ref_->geography), std::vector<std::string>{"sud"});
  EXPECT_FALSE(commune_bound(c.services[0], ref_->geography));
  EXPECT_EQ(service_bassins(c.services[0], ref_->geography), std::vector<std::string>{"region"});
  ASSERT_NE(ref_->audience("carers"), nullptr);
  EXPECT_EQ(ref_->audience("carers")->label_nl, "mantelzorgers");
  EXPECT_EQ(ref_->audience("carers")->shown_by, std::vector<std::string>{"caregivers"});
  EXPECT_TRUE(ref_->audience("women")->shown_by.empty());  // "-": by the facts alone
  ASSERT_NE(ref_->condition("diabetes"), nullptr);
  EXPECT_EQ(ref_->condition("diabetes")->shown_by, std::vector<std::string>{"diabetes"});
  EXPECT_EQ(ref_->condition("carers"), nullptr);  // an audience, not a condition
}

TEST_F(CorpusReaderTest, ReportsEachServiceProblemWithFileLineAndField) {
  const std::string f = file("services.jsonl") + ":2: ";
  EXPECT_EQ(problem_of_service_line(service_with(R"("id": "svc-a")", R"("id": "svc-a")")),
            f + R"(field "id": duplicate id "svc-a")");
  EXPECT_EQ(problem_of_service_line(service_with(R"("id": "svc-a", )", "")),
            f + R"(field "id": missing)");
  EXPECT_EQ(
      problem_of_service_line(service_with(R"("svc-a")", R"("Service A")")),
      f + R"(field "id": "Service A" must be "svc-" followed by lowercase letters, digits or hyphens)");
  EXPECT_EQ(problem_of_service_line(service_with(R"("social_aid")", R"("social")")),
            f + R"(field "themes": unknown theme "social")");
  EXPECT_EQ(problem_of_service_line(service_with(R"(["social_aid"])", R"([])")),
            f + R"(field "themes": expected 1 to 3 theme codes, got 0)");
  EXPECT_EQ(problem_of_service_line(service_with(R"(["region"])", R"(["noord"])")),
            f + R"(field "service_area": unknown bassin or area "noord")");
  EXPECT_EQ(problem_of_service_line(service_with(R"(["region"])", R"(["region", "sud"])")),
            f + R"(field "service_area": "region" cannot be combined with bassins or areas)");
  EXPECT_EQ(problem_of_service_line(
                service_with(R"("updated")", R"("audiences": ["ghosts"], "updated")")),
            f + R"(field "audiences": unknown audience "ghosts" (see data/audiences.tsv))");
  EXPECT_EQ(
      problem_of_service_line(service_with(R"("updated")", R"("conditions": ["gout"], "updated")")),
      f + R"(field "conditions": unknown condition "gout" (see data/conditions.tsv))");
  EXPECT_EQ(
      problem_of_service_line(service_with(R"("updated")", R"("requires": ["a car"], "updated")")),
      f + R"(field "requires": unknown requirement "a car" (health_insurance, legal_residence, )"
          R"(medical_referral, commune_residence, followed_here))");
  EXPECT_EQ(problem_of_service_line(service_with(R"("1000")", R"("9000")")),
            f + R"(field "address.postcode": "9000" is not a Brussels-Capital postcode)");
  EXPECT_EQ(problem_of_service_line(service_with(R"("Bruxelles")", R"("Gent")")),
            f + R"(field "address.commune": unknown commune "Gent")");
  EXPECT_EQ(problem_of_service_line(service_with(R"(["fr"])", R"(["French"])")),
            f + R"(field "languages": "French" is not a language code such as "fr" or "nl")");
  EXPECT_EQ(problem_of_service_line(service_with(R"("2025-01-01")", R"("2025-02-30")")),
            f + R"(field "updated": no such date "2025-02-30")");
  EXPECT_EQ(problem_of_service_line(service_with(R"("2025-01-01")", R"("01/02/2025")")),
            f + R"(field "updated": expected a date YYYY-MM-DD, got "01/02/2025")");
  EXPECT_EQ(problem_of_service_line(service_with(R"("2025-01-01")", R"("2999-01-01")")),
            f + R"(field "updated": date "2999-01-01" is in the future)");
  EXPECT_EQ(
      problem_of_service_line(service_with(R"("lat": 50.85)", R"("lat": 51.05)")),
      f + R"(field "lat": coordinates (51.050000, 4.350000) are outside the Brussels-Capital Region)");
  EXPECT_EQ(problem_of_service_line(service_with(R"("lat": 50.85)", R"("lat": "50.85")")),
            f + R"(field "lat": expected a number)");
  EXPECT_EQ(problem_of_service_line(service_with(R"({"fr": "A"})", R"("A")")),
            f + R"(field "name": expected an object {"fr": ..., "nl": ...}, got a string)");
  EXPECT_EQ(problem_of_service_line(service_with(R"({"fr": "Aide."})", R"({"fr": " "})")),
            f + R"(field "description": needs a non-empty "fr" or "nl" text)");
  EXPECT_EQ(problem_of_service_line(service_with(R"({"fr": "Aide."})", R"({"de": "Hilfe"})")),
            "<2 problems>");  // unknown language, and then no text at all
  EXPECT_EQ(problem_of_service_line(service_with(R"({"phone": "+32 2 000 00 00"})", R"({})")),
            f + R"(field "contact": needs a phone, an email or a url)");
  EXPECT_EQ(problem_of_service_line(
                service_with(R"({"phone": "+32 2 000 00 00"})", R"({"email": "nobody"})")),
            f + R"(field "contact.email": "nobody" is not an e-mail address)");
  EXPECT_EQ(problem_of_service_line(service_with(R"("updated")", R"("age_min": 200, "updated")")),
            f + R"(field "age_min": expected an age in years, 0 to 120)");
}

TEST_F(CorpusReaderTest, IgnoresUnknownExtraFields) {
  dir_.write("services.jsonl",
             service_with(R"("id": "svc-a", )", R"("id": "svc-a", "x": [1], )") + "\n");
  const Corpus corpus = load();
  ASSERT_EQ(corpus.services.size(), 1U);
  EXPECT_EQ(corpus.services[0].id, "svc-a");
}

TEST_F(CorpusReaderTest, ReportsAnswerProblemsIncludingUnknownReferredService) {
  dir_.write(
      "answers.jsonl",
      R"({"id": "ans-1", "date": "2024-01-01", "bassin": "sud", "caller_role": "gp", "lang": "fr", "question": "q", "answer": "a", "themes": ["palliative"], "referred": ["svc-palliasud"]})"
      "\n"
      R"({"id": "ans-2", "date": "2024-01-01", "bassin": "zuid", "caller_role": "gp", "lang": "fr", "question": "q", "answer": "a", "themes": ["palliative"], "referred": []})"
      "\n"
      R"({"id": "ans-3", "date": "2024-01-01", "bassin": "sud", "caller_role": "gp", "lang": "fr", "question": "q", "answer": "a", "themes": ["palliative"], "referred": ["svc-nowhere"]})"
      "\n"
      R"({"id": "ans-4", "date": "2024-01-01", "bassin": "sud", "caller_role": "plumber", "lang": "de", "question": "q", "answer": "a", "themes": ["palliative"], "referred": []})"
      "\n"
      R"({"id": "ans-5", "date": "2024-01-01", "bassin": "sud", "caller_role": "gp", "lang": "fr", "question": "q", "answer": "a", "themes": ["palliative"], "referred": [], "urgent": "yes"})"
      "\n"
      R"({"id": "ans-6", "date": "2024-01-01", "bassin": "sud", "caller_role": "gp", "lang": "fr", "question": "q", "answer": "a", "themes": ["palliative"], "referred": [], "urgent": true})"
      "\n");
  const Corpus corpus = load();
  ASSERT_EQ(corpus.answers.size(), 2U);
  EXPECT_FALSE(corpus.answers[0].urgent);  // absent: false
  EXPECT_TRUE(corpus.answers[1].urgent);
  std::vector<std::string> got;
  for (const auto& p : corpus.problems) {
    got.push_back(p.to_string());
  }
  const std::string f = file("answers.jsonl");
  EXPECT_EQ(got, (std::vector<std::string>{
                     f + R"(:2: field "bassin": unknown bassin "zuid")",
                     f + R"(:3: field "referred": unknown service "svc-nowhere")",
                     f + R"(:4: field "caller_role": unknown role "plumber" (see docs/corpus.md))",
                     f + R"(:4: field "lang": expected "fr" or "nl", got "de")",
                     f + R"(:5: field "urgent": expected true or false)",
                 }));
}

TEST_F(CorpusReaderTest, ADeeplyNestedLineIsAProblemNotACrash) {
  // A million "[" (within the line limit) overflow a recursive parser's stack.
  dir_.write("services.jsonl", std::string(1000000, '[') + "\n" + kValidService + "\n");
  const Corpus corpus = load();
  ASSERT_EQ(corpus.services.size(), 1U);
  const auto line1 = std::find_if(corpus.problems.begin(), corpus.problems.end(), [&](auto& p) {
    return p.line == 1 && p.file == file("services.jsonl");
  });
  ASSERT_NE(line1, corpus.problems.end());
  EXPECT_NE(line1->to_string().find("not valid JSON"), std::string::npos) << line1->to_string();
}

TEST_F(CorpusReaderTest, LoadsTheRestAfterBadLines) {
  std::string big(3 * 1024 * 1024, 'x');
  dir_.write("services.jsonl", kValidService + "\n" + "this is not json\n" + "\n" + "[1, 2]\n" +
                                   std::string("{\"id\": \"svc-\xff\"}\n") + "{\"id\": \"" + big +
                                   "\"}\n" + service_with(R"("svc-a")", R"("svc-z")") + "\n");
  const Corpus corpus = load();
  ASSERT_EQ(corpus.services.size(), 2U);
  EXPECT_EQ(corpus.services[1].id, "svc-z");
  std::vector<std::string> got;
  for (const auto& p : corpus.problems) {
    if (p.file == file("services.jsonl")) {
      got.push_back(p.to_string());
    }
  }
  const std::string f = file("services.jsonl");
  ASSERT_EQ(got.size(), 4U);
  EXPECT_EQ(got[0], f + ":2: not valid JSON: Invalid value. (at byte 2)");
  EXPECT_EQ(got[1], f + ":4: expected a JSON object");
  EXPECT_EQ(got[2], f + ":5: line is not valid UTF-8");
  EXPECT_EQ(got[3], f + ":6: line is 3145738 bytes long, over the limit of 1048576 bytes");
}

TEST_F(CorpusReaderTest, MissingAndEmptyFilesAreProblemsNotCrashes) {
  std::filesystem::remove(dir_.path() / "dossiers.jsonl");
  dir_.write("answers.jsonl", "\n  \n");
  const Corpus corpus = load();
  EXPECT_EQ(corpus.services.size(), 8U);
  std::vector<std::string> got;
  for (const auto& p : corpus.problems) {
    got.push_back(p.to_string());
  }
  EXPECT_EQ(got, (std::vector<std::string>{file("answers.jsonl") + ": file is empty",
                                           file("dossiers.jsonl") + ": file not found"}));
}

TEST_F(CorpusReaderTest, MissingFolderIsNotFound) {
  auto corpus = load_corpus(dir_.path() / "nowhere", *ref_);
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), StatusCode::kNotFound);
  EXPECT_NE(corpus.status().message().find("does not exist"), std::string::npos);
}

TEST_F(CorpusReaderTest, StatsCountKindsLanguagesThemesAndBassins) {
  const auto stats = compute_stats(load());
  EXPECT_EQ(stats.by_kind.at("service"), 8);
  EXPECT_EQ(stats.by_lang.at("service:fr+nl"), 2);
  EXPECT_EQ(stats.by_lang.at("answer:nl"), 1);
  EXPECT_EQ(stats.by_theme.at("palliative"), 3);  // one service, one answer, one dossier
  EXPECT_EQ(stats.by_bassin.at("service:region"), 2);
  EXPECT_EQ(stats.answers_with_referrals, 3);
  EXPECT_EQ(stats.first_answer_date, "2024-03-04");
  EXPECT_EQ(stats.last_answer_date, "2025-01-20");
}

}  // namespace
}  // namespace orienta::corpus
