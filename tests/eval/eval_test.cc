// The evaluation library: situations files, per-situation counts, figures and intervals, and
// a run of the matcher and the baseline on a real index.
#include "orienta/eval.h"

#include <gtest/gtest.h>

#include "temp_dir.h"

namespace orienta::eval {
namespace {

class EvalTest : public ::testing::Test {
 protected:
  testing::TempDir dir_;
};

Situation labelled(std::vector<std::string> needs, bool urgent = false, std::string bassin = "") {
  Situation s;
  s.id = "s";
  s.needs = std::move(needs);
  s.urgent = urgent;
  s.bassin = std::move(bassin);
  return s;
}

TEST_F(EvalTest, ReadsEveryFieldOfTheLabellingGuide) {
  const auto file = dir_.write(
      "s.jsonl",
      R"({"id": "x-1", "lang": "mixed", "text": "pt 82 ans", "location": {"postcode": "1030"},)"
      R"( "bassin": "nord-est", "needs": ["elderly_autonomy", "caregivers"],)"
      R"( "languages_spoken": ["ar"], "patient": {"age": 82, "sex": "f",)"
      R"( "victim_of_violence": false, "pregnant": false}, "urgent": true, "notes": "n"})"
      "\n");
  auto r = read_situations(file);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->situations.size(), 1u);
  const Situation& s = r->situations[0];
  EXPECT_EQ(s.id, "x-1");
  EXPECT_EQ(s.lang, "mixed");
  EXPECT_EQ(s.where.postcode, "1030");
  EXPECT_EQ(s.bassin, "nord-est");
  EXPECT_EQ(s.needs, (std::vector<std::string>{"elderly_autonomy", "caregivers"}));
  EXPECT_EQ(s.spoken, std::vector<std::string>{"ar"});
  EXPECT_EQ(s.patient.age, 82);
  EXPECT_EQ(s.patient.sex, "f");
  EXPECT_TRUE(s.urgent);
  EXPECT_TRUE(r->problems.empty());
}

TEST_F(EvalTest, SkipsBadLinesAndReportsFileAndLine) {
  const auto file = dir_.write("bad.jsonl",
                               "{\"text\": \"a\", \"needs\": [\"diabetes\"]}\n"
                               "not json\n"
                               "\n"
                               "{\"text\": 3, \"needs\": []}\n"
                               "{\"text\": \"b\", \"needs\": []}\n");
  auto r = read_situations(file);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->situations.size(), 2u);
  EXPECT_EQ(r->problems, (std::vector<std::string>{
                             "bad.jsonl:2: not a JSON object",
                             "bad.jsonl:4: expected a string \"text\" and an array \"needs\""}));
  EXPECT_EQ(r->situations[0].id, "bad.jsonl:1");  // no id: the place in the file
  const auto missing = read_situations(dir_.path() / "none.jsonl");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(EvalTest, CountsNeedsMainNeedUrgencyAndTheTopFive) {
  Proposal p;
  p.needs = {"caregivers", "elderly_autonomy", "diabetes"};
  p.urgent = true;
  p.bassin = "sud";
  // Six referrals: only the first five count.
  p.top_themes = {{"diabetes"}, {"caregivers"}, {"diabetes"},
                  {"housing"},  {"diabetes"},   {"elderly_autonomy"}};
  p.top_areas = {{"sud"}, {"region"}, {"nord"}, {"sud"}, {"sud"}, {"sud"}};
  const Counts c = score(labelled({"elderly_autonomy", "caregivers"}, false, "sud"), p);
  EXPECT_EQ(c.need_tp, 2);
  EXPECT_EQ(c.need_fp, 1);
  EXPECT_EQ(c.need_fn, 0);
  EXPECT_EQ(c.main_right, 0);  // caregivers first, elderly_autonomy expected first
  EXPECT_EQ(c.none_found, 0);
  EXPECT_EQ(c.urgent_said, 1);
  EXPECT_EQ(c.urgent_tp, 0);
  EXPECT_EQ(c.located, 1);
  EXPECT_EQ(c.expected, 2);
  EXPECT_EQ(c.covered, 1);  // elderly_autonomy only at rank 6
  EXPECT_EQ(c.shown, 5);
  EXPECT_EQ(c.relevant, 1);
  EXPECT_EQ(c.local_shown, 5);
  EXPECT_EQ(c.local, 4);
  EXPECT_NEAR(value(c, Metric::kNeedPrecision), 2.0 / 3, 1e-9);
  EXPECT_NEAR(value(c, Metric::kNeedF1), 0.8, 1e-9);
  EXPECT_EQ(value(c, Metric::kUrgencyPrecision), 0.0);
  EXPECT_EQ(value(c, Metric::kCoverage), 0.5);
}

TEST_F(EvalTest, ASystemThatJudgesNoUrgencyIsNotCountedForIt) {
  Proposal p;
  const Counts c = score(labelled({"diabetes"}, true), p);
  EXPECT_EQ(c.urgent_labelled, 0);
  EXPECT_EQ(c.urgent_said, 0);
  EXPECT_EQ(c.none_found, 1);
  EXPECT_EQ(value(c, Metric::kNoNeedFound), 1.0);
}

TEST_F(EvalTest, IntervalsHoldTheValueAndRepeatFromTheSeed) {
  std::vector<Counts> per;
  for (int i = 0; i < 40; ++i) {
    Proposal p;
    p.needs = {i % 4 == 0 ? "housing" : "diabetes"};
    per.push_back(score(labelled({"diabetes"}), p));
  }
  const Figure f = figure(per, Metric::kMainNeed);
  EXPECT_NEAR(f.value, 0.75, 1e-9);
  EXPECT_LE(f.low, f.value);
  EXPECT_GE(f.high, f.value);
  EXPECT_LT(f.low, f.high);
  const Figure again = figure(per, Metric::kMainNeed);
  EXPECT_EQ(again.low, f.low);
  EXPECT_EQ(again.high, f.high);
  const Figure none = difference(per, per, Metric::kMainNeed);
  EXPECT_EQ(none.value, 0.0);
  EXPECT_EQ(none.low, 0.0);
  EXPECT_EQ(none.high, 0.0);
  EXPECT_EQ(figure({}, Metric::kNeedF1).value, 0.0);
}

TEST_F(EvalTest, JudgementsScoreTheTopFiveAndListWhatIsNotJudged) {
  const auto file = dir_.write(
      "j.jsonl",
      R"({"situation": "s", "service": "svc-a", "judgement": "accept"})"
      "\n"
      R"({"situation": "s", "service": "svc-b", "judgement": "reject", "reason": "audience"})"
      "\n"
      R"({"situation": "s", "service": "svc-c", "judgement": "maybe"})"
      "\n");
  auto j = read_judgements(file);
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(j->judgements.size(), 2u);
  ASSERT_EQ(j->problems.size(), 1u);
  EXPECT_EQ(j->problems[0].rfind("j.jsonl:3: ", 0), 0u) << j->problems[0];
  Situation s = labelled({"diabetes"});
  Situation other = labelled({"diabetes"});
  other.id = "unjudged-situation";
  Row row;
  row.situation = &s;
  row.matcher.top_ids = {"svc-a", "svc-b", "svc-c"};
  Row skipped;
  skipped.situation = &other;
  skipped.matcher.top_ids = {"svc-a"};
  const Judged judged = judge({row, skipped}, *j);
  EXPECT_EQ(judged.situations, 1);
  EXPECT_EQ(judged.judged, 2);
  EXPECT_EQ(judged.accepted, 1);
  EXPECT_EQ(judged.rejected.at("audience"), 1);
  EXPECT_EQ(judged.unjudged, (std::vector<std::pair<std::string, std::string>>{{"s", "svc-c"}}));
  EXPECT_EQ(read_judgements(dir_.path() / "none.jsonl").status().code(), StatusCode::kNotFound);
}

TEST_F(EvalTest, APairedDifferenceShowsAGain) {
  std::vector<Counts> better;
  std::vector<Counts> worse;
  for (int i = 0; i < 30; ++i) {
    Proposal good;
    good.top_themes = {{"diabetes"}};
    Proposal bad;
    bad.top_themes = {{i % 3 == 0 ? "diabetes" : "housing"}};
    better.push_back(score(labelled({"diabetes"}), good));
    worse.push_back(score(labelled({"diabetes"}), bad));
  }
  const Figure gain = difference(better, worse, Metric::kCoverage);
  EXPECT_NEAR(gain.value, 1.0 - 10.0 / 30, 1e-9);
  EXPECT_GT(gain.low, 0.0);
}

}  // namespace
}  // namespace orienta::eval

namespace orienta::eval {
namespace {

// evaluate() against a real index of the test corpus and a real Matcher.
TEST(EvalRunTest, RunsTheMatcherAndTheBaselineAndKeepsRefusedSituations) {
  testing::TempDir dir;
  auto ref = corpus::ReferenceData::load(testing::data_dir());
  ASSERT_TRUE(ref.ok());
  auto analyzer = indexer::Analyzer::load(testing::data_dir());
  ASSERT_TRUE(analyzer.ok());
  auto built = indexer::build_index(testing::test_data_dir() / "corpus", dir.path() / "db", *ref,
                                    **analyzer);
  ASSERT_TRUE(built.ok()) << built.status().message();
  auto searcher = search::Searcher::open(dir.path() / "db", **analyzer, *ref);
  ASSERT_TRUE(searcher.ok());
  auto m = matcher::Matcher::create(**searcher, **analyzer, *ref, testing::data_dir());
  ASSERT_TRUE(m.ok()) << m.status().message();
  std::vector<Situation> situations(2);
  situations[0].id = "palliative";
  situations[0].text = "patient en fin de vie à domicile, soins palliatifs";
  situations[0].where.postcode = "1190";
  situations[0].bassin = "sud";
  situations[0].needs = {"palliative"};
  situations[1].id = "blank";
  situations[1].text = "   ";
  situations[1].needs = {"diabetes"};
  const auto rows = evaluate(**m, **searcher, situations, kDefaultAsOf);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].situation, &situations[0]);
  EXPECT_TRUE(rows[0].error.empty());
  EXPECT_EQ(rows[0].matcher.bassin, "sud");
  EXPECT_TRUE(rows[0].matcher.urgent.has_value());
  EXPECT_FALSE(rows[0].baseline.urgent.has_value());
  EXPECT_FALSE(rows[0].baseline.top_themes.empty());
  EXPECT_EQ(rows[0].matcher_counts.with_bassin, 1);
  EXPECT_FALSE(rows[1].error.empty());
  EXPECT_EQ(rows[1].matcher_counts.none_found, 1);
  EXPECT_EQ(rows[1].matcher_counts.need_fn, 1);
}

}  // namespace
}  // namespace orienta::eval
