#include "orienta/analytics.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <tuple>

#include "temp_dir.h"

namespace orienta::analytics {
namespace {

namespace fs = std::filesystem;

// An answer to plant in a test corpus.
struct Planted {
  std::string date;
  std::vector<std::string> themes;
  std::string bassin = "sud";
  std::string caller = "gp";
  std::string question = "Patient diabétique à domicile, que proposer pour les soins infirmiers?";
};

// A small corpus written to a TempDir, indexed by the real indexer, opened by Analytics.
class PlantedCorpus {
 public:
  /// Adds an answer and returns its id (ans-p-0001, ans-p-0002, ...).
  std::string add(const Planted& a) {
    char id[32];
    std::snprintf(id, sizeof id, "ans-p-%04zu", ++answers_);
    answers_jsonl_ += R"({"id": ")" + std::string(id) + R"(", "date": ")" + a.date +
                      R"(", "bassin": ")" + a.bassin + R"(", "caller_role": ")" + a.caller +
                      R"(", "lang": "fr", "question": ")" + a.question +
                      R"(", "answer": "Orienté vers un service adapté.", "themes": )" +
                      list(a.themes) + R"(, "referred": []})" + "\n";
    return id;
  }
  void service(const std::string& id, const std::vector<std::string>& themes,
               const std::vector<std::string>& area) {
    services_jsonl_ += R"({"id": ")" + id + R"(", "name": {"fr": "Service )" + id +
                       R"("}, "description": {"fr": "Un service pour les tests des analyses."}, )"
                       R"("organization": "ASBL Test", "themes": )" +
                       list(themes) + R"(, "service_area": )" + list(area) +
                       R"(, "address": {"street": "Avenue Van Volxem 100", "postcode": "1190", )"
                       R"("commune": "Forest"}, "lat": 50.8195, "lon": 4.3230, )"
                       R"("languages": ["fr"], "contact": {"phone": "+32 2 000 41 10"}, )"
                       R"("updated": "2024-01-01"})" +
                       "\n";
  }
  /// Indexes the corpus and opens the index.
  std::unique_ptr<Analytics> open(const testing::TempDir& dir, const indexer::Analyzer& analyzer,
                                  const corpus::ReferenceData& ref) const {
    const fs::path corpus = dir.path() / "corpus";
    fs::create_directories(corpus);
    dir.write("corpus/answers.jsonl", answers_jsonl_);
    dir.write(
        "corpus/services.jsonl",
        services_jsonl_.empty()
            ? R"({"id": "svc-p-default", "name": {"fr": "Service"}, "description": {"fr": "Un service pour les tests."}, "organization": "ASBL Test", "themes": ["social_aid"], "service_area": ["region"], "address": {"street": "Avenue Van Volxem 100", "postcode": "1190", "commune": "Forest"}, "lat": 50.8195, "lon": 4.3230, "languages": ["fr"], "contact": {"phone": "+32 2 000 41 10"}, "updated": "2024-01-01"})"
              "\n"
            : services_jsonl_);
    dir.write(
        "corpus/dossiers.jsonl",
        R"({"id": "dos-p-test", "title": {"fr": "Dossier de test"}, "body": {"fr": "Le texte du dossier."}, "themes": ["social_aid"], "updated": "2024-01-01"})"
        "\n");
    auto built = indexer::build_index(corpus, dir.path() / "db", ref, analyzer);
    EXPECT_TRUE(built.ok()) << built.status().message();
    if (built.ok()) {
      EXPECT_TRUE(built->rejected.empty()) << built->rejected.front().to_string();
    }
    auto opened = Analytics::open(dir.path() / "db", analyzer, ref);
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    return opened.ok() ? std::move(opened).value() : nullptr;
  }

 private:
  static std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (const auto& item : items) {
      out += (out.size() > 1 ? ", \"" : "\"") + item + "\"";
    }
    return out + "]";
  }
  std::size_t answers_ = 0;
  std::string answers_jsonl_;
  std::string services_jsonl_;
};

std::string month_date(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

class AnalyticsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ref = corpus::ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok()) << ref.status().message();
    ref_ = new corpus::ReferenceData(std::move(ref).value());  // NOLINT: suite fixture
    auto analyzer = indexer::Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = std::move(analyzer).value().release();  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete ref_;       // NOLINT: suite fixture
    delete analyzer_;  // NOLINT: suite fixture
  }
  std::unique_ptr<Analytics> open(const PlantedCorpus& c) {
    return c.open(dir_, *analyzer_, *ref_);
  }

  // Two years of answers: social_aid and diabetes flat, homelessness only in winter (the same
  // both years), mental_health at 2 a month in 2022 and `mental_2023` a month in 2023.
  static PlantedCorpus two_years(int mental_2023) {
    PlantedCorpus c;
    for (int year = 2022; year <= 2023; ++year) {
      for (int month = 1; month <= 12; ++month) {
        int day = 1;
        auto plant = [&](const std::string& theme, int n) {
          for (int i = 0; i < n; ++i) {
            c.add({month_date(year, month, day), {theme}});
            day = day % 28 + 1;
          }
        };
        plant("social_aid", 10);
        plant("diabetes", 3);
        plant("mental_health", year == 2022 ? 2 : mental_2023);
        plant("homelessness", month == 12 || month <= 2 ? 4 : 0);
      }
    }
    return c;
  }

  static const TrendRow* find(const TrendsReport& r, const std::string& theme) {
    for (const auto& row : r.rows) {
      if (row.theme == theme) {
        return &row;
      }
    }
    return nullptr;
  }

  static corpus::ReferenceData* ref_;
  static indexer::Analyzer* analyzer_;
  testing::TempDir dir_;
};
corpus::ReferenceData* AnalyticsTest::ref_ = nullptr;
indexer::Analyzer* AnalyticsTest::analyzer_ = nullptr;

// ---- Counts ---------------------------------------------------------------------------------

class AnalyticsCountsTest : public AnalyticsTest {
 protected:
  void SetUp() override {
    PlantedCorpus c;
    ids_.push_back(c.add({"2023-01-10", {"diabetes"}, "sud", "gp"}));
    ids_.push_back(c.add({"2023-01-20", {"diabetes", "home_care"}, "sud", "nurse"}));
    ids_.push_back(c.add({"2023-02-03", {"diabetes"}, "nord", "gp"}));
    ids_.push_back(c.add({"2023-02-14", {"home_care"}, "sud", "gp"}));
    ids_.push_back(c.add({"2023-03-01", {"social_aid", "diabetes"}, "nord", "social_worker"}));
    analytics_ = open(c);
    ASSERT_NE(analytics_, nullptr);
  }
  // (theme, bassin, period, caller role) -> ids
  using Cells = std::map<std::tuple<std::string, std::string, std::string, std::string>,
                         std::vector<std::string>>;
  static Cells cells(const CountsReport& r) {
    Cells out;
    for (const auto& row : r.rows) {
      EXPECT_EQ(row.answers.count, static_cast<int>(row.answers.ids.size()));
      out[{row.theme, row.bassin, row.period, row.caller_role}] = row.answers.ids;
    }
    return out;
  }
  std::vector<std::string> ids_;
  std::unique_ptr<Analytics> analytics_;
};

TEST_F(AnalyticsCountsTest, CountsAnswersPerThemeWithTheirIds) {
  auto r = analytics_->counts({}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->answers.count, 5);
  EXPECT_EQ(r->from, "2023-01");
  EXPECT_EQ(r->to, "2023-03");
  const Cells expected = {
      {{"diabetes", "", "", ""}, {ids_[0], ids_[1], ids_[2], ids_[4]}},
      {{"home_care", "", "", ""}, {ids_[1], ids_[3]}},
      {{"social_aid", "", "", ""}, {ids_[4]}},
  };
  EXPECT_EQ(cells(*r), expected);
}

TEST_F(AnalyticsCountsTest, CountsByBassinAndMonthGiveOnlyTheDimensionsAsked) {
  auto r = analytics_->counts({}, {Dimension::kBassin, Dimension::kMonth});
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Cells expected = {
      {{"diabetes", "nord", "2023-02", ""}, {ids_[2]}},
      {{"diabetes", "nord", "2023-03", ""}, {ids_[4]}},
      {{"diabetes", "sud", "2023-01", ""}, {ids_[0], ids_[1]}},
      {{"home_care", "sud", "2023-01", ""}, {ids_[1]}},
      {{"home_care", "sud", "2023-02", ""}, {ids_[3]}},
      {{"social_aid", "nord", "2023-03", ""}, {ids_[4]}},
  };
  EXPECT_EQ(cells(*r), expected);
}

TEST_F(AnalyticsCountsTest, CountsByCallerRole) {
  auto r = analytics_->counts({}, {Dimension::kCaller});
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Cells expected = {
      {{"diabetes", "", "", "gp"}, {ids_[0], ids_[2]}},
      {{"diabetes", "", "", "nurse"}, {ids_[1]}},
      {{"diabetes", "", "", "social_worker"}, {ids_[4]}},
      {{"home_care", "", "", "gp"}, {ids_[3]}},
      {{"home_care", "", "", "nurse"}, {ids_[1]}},
      {{"social_aid", "", "", "social_worker"}, {ids_[4]}},
  };
  EXPECT_EQ(cells(*r), expected);
}

TEST_F(AnalyticsCountsTest, FromToThemeAndBassinFiltersSelect) {
  Filter f;
  f.from = "2023-02";
  f.to = "2023-02";
  auto r = analytics_->counts(f, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->answers.count, 2);
  EXPECT_EQ(cells(*r),
            (Cells{{{"diabetes", "", "", ""}, {ids_[2]}}, {{"home_care", "", "", ""}, {ids_[3]}}}));
  Filter g;
  g.themes = {"diabetes"};
  g.bassins = {"sud"};
  r = analytics_->counts(g, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(cells(*r), (Cells{{{"diabetes", "", "", ""}, {ids_[0], ids_[1]}}}));
}

TEST_F(AnalyticsCountsTest, CsvHasAHeaderAndOneLinePerRowWithIds) {
  auto r = analytics_->counts({}, {Dimension::kBassin});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(to_csv(*r),
            "theme,bassin,count,answers\n"
            "diabetes,nord,2,ans-p-0003 ans-p-0005\n"
            "diabetes,sud,2,ans-p-0001 ans-p-0002\n"
            "home_care,sud,2,ans-p-0002 ans-p-0004\n"
            "social_aid,nord,1,ans-p-0005\n");
  auto by_month = analytics_->counts({}, {Dimension::kMonth, Dimension::kCaller});
  ASSERT_TRUE(by_month.ok()) << by_month.status().message();
  const std::string csv = to_csv(*by_month);
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "theme,month,caller_role,count,answers");
  EXPECT_NE(csv.find("\ndiabetes,2023-01,nurse,1,ans-p-0002\n"), std::string::npos);
}

TEST_F(AnalyticsCountsTest, SeriesHoldsEveryPeriodWithZeros) {
  Filter f;
  f.from = "2022-12";
  f.to = "2023-04";
  auto s = analytics_->series(f, {Dimension::kMonth});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->periods,
            (std::vector<std::string>{"2022-12", "2023-01", "2023-02", "2023-03", "2023-04"}));
  ASSERT_EQ(s->lines.size(), 3u);
  EXPECT_EQ(s->lines[0].theme, "diabetes");
  EXPECT_EQ(s->lines[0].counts, (std::vector<int>{0, 2, 1, 1, 0}));
  EXPECT_EQ(s->lines[0].total, 4);
}

TEST_F(AnalyticsCountsTest, BadInputGivesClearErrors) {
  auto expect_error = [](const Status& s, const std::string& message) {
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(s.message(), message);
  };
  expect_error(parse_dimensions({"bassin,region"}).status(),
               "unknown dimension \"region\" (use bassin, month, week or caller)");
  expect_error(parse_dimensions({"month", "week"}).status(), "count by month or by week, not both");
  expect_error(analytics_->counts({}, {Dimension::kMonth, Dimension::kWeek}).status(),
               "count by month or by week, not both");
  expect_error(parse_dimensions({"bassin,"}).status(),
               "empty dimension (use bassin, month, week or caller)");
  Filter inverted;
  inverted.from = "2023-06";
  inverted.to = "2023-01";
  expect_error(analytics_->counts(inverted, {}).status(), "from (2023-06) is after to (2023-01)");
  for (const std::string bad : {"2023-13", "2023-1", "23-01", "2023/01", "2023-00", "2023-01-05"}) {
    Filter f;
    f.from = bad;
    expect_error(analytics_->counts(f, {}).status(),
                 "from must be a month written YYYY-MM (e.g. 2025-03), got \"" + bad + "\"");
  }
  Filter bad_to;
  bad_to.to = "mars";
  expect_error(analytics_->trends(bad_to, {}).status(),
               "to must be a month written YYYY-MM (e.g. 2025-03), got \"mars\"");
  Filter theme;
  theme.themes = {"cancer"};
  expect_error(analytics_->gaps(theme).status(), "unknown theme \"cancer\" (see data/themes.tsv)");
  Filter bassin;
  bassin.bassins = {"noord"};
  expect_error(analytics_->emerging(bassin).status(),
               "unknown bassin \"noord\" (use nord, nord-est, sud, sud-est or centre-ouest)");
  expect_error(analytics_->cooccurrence({}, {Dimension::kMonth}).status(),
               "the cooccurrence report cannot be split by month (it takes bassin, caller)");
  expect_error(analytics_->series({}, {Dimension::kCaller}).status(),
               "the chart cannot be split by caller (it takes bassin, month, week)");
}

TEST_F(AnalyticsTest, WeeksAreIso8601Weeks) {
  PlantedCorpus c;
  c.add({"2023-01-01", {"diabetes"}});  // a Sunday: the last week of 2022
  c.add({"2023-01-02", {"diabetes"}});  // Monday of 2023-W01
  c.add({"2024-12-30", {"diabetes"}});  // Monday of 2025-W01
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  auto r = a->counts({}, {Dimension::kWeek});
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::vector<std::string> weeks;
  for (const auto& row : r->rows) {
    weeks.push_back(row.period);
  }
  EXPECT_EQ(weeks, (std::vector<std::string>{"2022-W52", "2023-W01", "2025-W01"}));
}

TEST_F(AnalyticsTest, ReopenPicksUpARebuiltIndex) {
  PlantedCorpus c;
  c.add({"2023-01-10", {"diabetes"}});
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->answer_count(), 1);
  auto same = a->reopen();
  ASSERT_TRUE(same.ok()) << same.status().message();
  EXPECT_FALSE(*same);
  c.add({"2023-01-11", {"diabetes"}});
  auto again = c.open(dir_, *analyzer_, *ref_);  // rewrites the corpus and updates the index
  ASSERT_NE(again, nullptr);
  auto changed = a->reopen();
  ASSERT_TRUE(changed.ok()) << changed.status().message();
  EXPECT_TRUE(*changed);
  EXPECT_EQ(a->answer_count(), 2);
}

TEST_F(AnalyticsTest, OpeningAMissingIndexIsUnavailable) {
  auto a = Analytics::open(dir_.path() / "nothing", *analyzer_, *ref_);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(a.status().message().find("run 'orienta index' first"), std::string::npos);
}

// ---- Trends ---------------------------------------------------------------------------------

TEST_F(AnalyticsTest, TrendTestFindsAPlantedRisingTheme) {
  auto a = open(two_years(6));
  ASSERT_NE(a, nullptr);
  auto r = a->trends({}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->recent_from, "2023-01");
  EXPECT_EQ(r->baseline_to, "2022-12");
  std::vector<std::string> rising;
  for (const auto& row : r->rows) {
    if (row.rising) {
      rising.push_back(row.theme);
    }
  }
  EXPECT_EQ(rising, std::vector<std::string>{"mental_health"});
  const TrendRow* m = find(*r, "mental_health");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->recent.count, 72);
  EXPECT_EQ(m->baseline.count, 24);
  EXPECT_EQ(m->recent_total, 240);  // 12 * (10 + 3 + 6) + 3 winter months * 4
  EXPECT_EQ(m->baseline_total, 192);
  EXPECT_NEAR(m->p_value, 6.374424001068469e-05, 1e-15);  // sum of C(96,i) p^i (1-p)^(96-i)
  ASSERT_TRUE(m->rate_ratio);
  EXPECT_NEAR(*m->rate_ratio, (72.0 / 240) / (24.0 / 192), 1e-9);
}

TEST_F(AnalyticsTest, TrendTestFlagsNothingOnAFlatCorpus) {
  auto a = open(two_years(2));
  ASSERT_NE(a, nullptr);
  for (const auto& by : {std::vector<Dimension>{}, std::vector<Dimension>{Dimension::kWeek}}) {
    auto r = a->trends({}, by);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->rows.size(), 4u);
    for (const auto& row : r->rows) {
      EXPECT_FALSE(row.rising) << row.theme << " p=" << row.p_value;
      EXPECT_GT(row.p_value, 0.3) << row.theme;  // seasonal homelessness included
    }
  }
}

TEST_F(AnalyticsTest, TrendComparesLatestPeriodWithPreviousAndYearBefore) {
  auto a = open(two_years(6));
  ASSERT_NE(a, nullptr);
  auto r = a->trends({}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->period, "2023-12");
  EXPECT_EQ(r->previous_period, "2023-11");
  EXPECT_EQ(r->year_ago_period, "2022-12");
  const TrendRow* m = find(*r, "mental_health");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->latest.count, 6);
  ASSERT_TRUE(m->previous && m->year_ago);
  EXPECT_EQ(m->previous->count, 6);
  EXPECT_EQ(m->year_ago->count, 2);
  EXPECT_DOUBLE_EQ(*m->change_previous, 0.0);
  EXPECT_DOUBLE_EQ(*m->change_year_ago, 2.0);
  const TrendRow* h = find(*r, "homelessness");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->previous->count, 0);
  EXPECT_FALSE(h->change_previous);  // no change against zero

  Filter june;
  june.to = "2023-06";
  auto w = a->trends(june, {Dimension::kWeek});
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_EQ(w->period, "2023-W25");  // the last full week of June 2023: 19 to 25 June
  EXPECT_EQ(w->previous_period, "2023-W24");
  EXPECT_EQ(w->year_ago_period, "2022-W25");
}

TEST_F(AnalyticsTest, TrendNeedsAYearOfBaseline) {
  auto a = open(two_years(6));
  ASSERT_NE(a, nullptr);
  Filter f;
  f.from = "2023-01";
  auto r = a->trends(f, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->baseline_from.empty());
  EXPECT_FALSE(r->previous_period.empty());
  EXPECT_TRUE(r->year_ago_period.empty());
  for (const auto& row : r->rows) {
    EXPECT_FALSE(row.rising);
    EXPECT_FALSE(row.year_ago);
  }
  ASSERT_EQ(r->notices.size(), 1u);
  EXPECT_EQ(r->notices[0],
            "the baseline (0 months before the recent window) is shorter than 12 months: no "
            "theme is flagged; widen the range");
}

TEST_F(AnalyticsTest, TrendsSplitByBassinTestEachBassinOnItsOwn) {
  PlantedCorpus c;
  for (int year = 2022; year <= 2023; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (const std::string bassin : {"nord", "sud"}) {
        for (int i = 0; i < 8; ++i) {
          c.add({month_date(year, month, i + 1), {"social_aid"}, bassin});
        }
        const int mental = bassin == "nord" && year == 2023 ? 5 : 1;
        for (int i = 0; i < mental; ++i) {
          c.add({month_date(year, month, 10 + i), {"mental_health"}, bassin});
        }
      }
    }
  }
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  auto r = a->trends({}, {Dimension::kBassin});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->by, (std::vector<Dimension>{Dimension::kBassin, Dimension::kMonth}));
  std::set<std::pair<std::string, std::string>> rising;
  for (const auto& row : r->rows) {
    if (row.rising) {
      rising.insert({row.theme, row.bassin});
    }
  }
  EXPECT_EQ(rising, (std::set<std::pair<std::string, std::string>>{{"mental_health", "nord"}}));
  const std::string csv = to_csv(*r);
  EXPECT_EQ(csv.substr(0, csv.find(',', csv.find(',', csv.find(',') + 1) + 1)),
            "theme,bassin,month");
}

TEST(BinomialTest, UpperTailMatchesExactValues) {
  EXPECT_DOUBLE_EQ(binomial_upper_tail(0, 10, 0.3), 1.0);
  EXPECT_DOUBLE_EQ(binomial_upper_tail(11, 10, 0.3), 0.0);
  EXPECT_NEAR(binomial_upper_tail(10, 10, 0.5), 1.0 / 1024, 1e-15);
  EXPECT_NEAR(binomial_upper_tail(8, 10, 0.5), 56.0 / 1024, 1e-15);  // C(10,8)+C(10,9)+1
  EXPECT_NEAR(binomial_upper_tail(1, 3, 0.2), 1 - 0.8 * 0.8 * 0.8, 1e-15);
}

// ---- Co-occurrence, emerging subjects, offer gaps -------------------------------------------

TEST_F(AnalyticsTest, CooccurrenceCountsPairsWithLift) {
  PlantedCorpus c;
  std::vector<std::string> together;
  together.reserve(6);
  for (int i = 0; i < 6; ++i) {
    together.push_back(c.add({month_date(2023, 3, i + 1), {"palliative", "caregivers"}}));
  }
  for (int i = 0; i < 4; ++i) {
    c.add({month_date(2023, 3, 10 + i), {"palliative"}});
  }
  for (int i = 0; i < 2; ++i) {
    c.add({month_date(2023, 3, 15 + i), {"caregivers"}});
  }
  for (int i = 0; i < 7; ++i) {
    c.add({month_date(2023, 3, 20 + i), {"diabetes"}});
  }
  const std::string once = c.add({"2023-03-28", {"diabetes", "palliative"}});
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  auto r = a->cooccurrence({}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->rows.size(), 1u);  // diabetes + palliative is seen once: below min_together
  const PairRow& p = r->rows[0];
  EXPECT_EQ(p.theme_a, "caregivers");
  EXPECT_EQ(p.theme_b, "palliative");
  EXPECT_EQ(p.together.ids, together);
  EXPECT_EQ(p.count_a, 8);
  EXPECT_EQ(p.count_b, 11);
  EXPECT_EQ(p.total, 20);
  EXPECT_DOUBLE_EQ(p.expected, 8.0 * 11 / 20);
  EXPECT_DOUBLE_EQ(p.lift, 6 / (8.0 * 11 / 20));

  CooccurrenceOptions all;
  all.min_together = 1;
  Filter diabetes;
  diabetes.themes = {"diabetes"};
  r = a->cooccurrence(diabetes, {}, all);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->rows[0].theme_a, "diabetes");
  EXPECT_EQ(r->rows[0].together.ids, std::vector<std::string>{once});
  EXPECT_DOUBLE_EQ(r->rows[0].lift, 1 / (8.0 * 11 / 20));
  EXPECT_EQ(to_csv(*r),
            "theme_a,theme_b,count,count_a,count_b,total,expected,lift,answers\n"
            "diabetes,palliative,1,8,11,20,4.400,0.227," +
                once + "\n");
}

TEST_F(AnalyticsTest, EmergingFindsAPlantedNewSubjectInScrubbedText) {
  PlantedCorpus c;
  for (int month = 1; month <= 9; ++month) {
    for (int i = 0; i < 2; ++i) {
      c.add(
          {month_date(2023, month, 5 + i),
           {"diabetes"},
           "sud",
           "gp",
           "Mme Martin, patiente diabétique, besoin d'une infirmière à domicile pour les soins."});
    }
  }
  std::vector<std::string> planted;
  for (int month = 10; month <= 12; ++month) {
    c.add({month_date(2023, month, 5),
           {"diabetes"},
           "sud",
           "gp",
           "Mme Martin, patiente diabétique, besoin d'une infirmière à domicile pour les soins."});
  }
  planted.reserve(4);
  for (int i = 0; i < 4; ++i) {
    planted.push_back(c.add({month_date(2023, 10 + i % 3, 10 + i),
                             {"mobility"},
                             "sud",
                             "gp",
                             "Accident de trottinette électrique en 2023: Mme Dupont, "
                             "tél 0470 12 34 56, besoin d'une infirmière à domicile."}));
  }
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  auto r = a->emerging({});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->recent_from, "2023-10");
  EXPECT_EQ(r->baseline_to, "2023-09");
  EXPECT_EQ(r->recent_answers, 7);
  EXPECT_EQ(r->baseline_answers, 18);
  std::map<std::string, const EmergingTerm*> terms;
  for (const auto& t : r->terms) {
    terms[t.term] = &t;
    EXPECT_GE(t.recent.count, 3);
    EXPECT_GE(t.ratio, 5.0);
  }
  ASSERT_TRUE(terms.count("trottinette")) << "terms: " << r->terms.size();
  const EmergingTerm& t = *terms["trottinette"];
  EXPECT_EQ(t.recent.ids, planted);
  EXPECT_EQ(t.baseline.count, 0);
  EXPECT_DOUBLE_EQ(t.ratio, (4.0 / 7) / (1.0 / 18));
  EXPECT_EQ(t.themes, (std::map<std::string, int>{{"mobility", 4}}));
  EXPECT_TRUE(terms.count("electrique"));
  // Not new, a number, a scrubber placeholder, or personal data the index never saw.
  for (const std::string word : {"infirmiere", "domicile", "diabetique", "2023", "0470", "phone",
                                 "name", "dupont", "martin"}) {
    EXPECT_EQ(terms.count(word), 0u) << word;
  }
  EXPECT_EQ(to_csv(*r).substr(0, 57), "term,count,baseline_count,ratio,themes,answers,baseline_a");
}

TEST_F(AnalyticsTest, GapsFlagManyQuestionsAndFewServices) {
  PlantedCorpus c;
  c.service("svc-p-palliatif-region", {"palliative"}, {"region"});
  for (int i = 1; i <= 4; ++i) {
    c.service("svc-p-diabete-sud-" + std::to_string(i), {"diabetes"}, {"sud"});
  }
  c.service("svc-p-diabete-nord", {"diabetes"}, {"nord", "nord-est"});
  c.service("svc-p-social-region", {"social_aid"}, {"region"});
  auto plant = [&](const std::string& theme, const std::string& bassin, int n) {
    for (int i = 0; i < n; ++i) {
      c.add({month_date(2023, 5, i + 1), {theme}, bassin});
    }
  };
  plant("palliative", "sud", 12);  // 12 / (1 + 1) = 6
  plant("diabetes", "sud", 12);    // 12 / (4 + 1) = 2.4
  plant("social_aid", "sud", 4);   // 4 / 2 = 2
  plant("palliative", "nord", 2);  // 1
  plant("diabetes", "nord", 3);    // 1.5
  plant("social_aid", "nord", 4);  // 2; median of the six: 2
  auto a = open(c);
  ASSERT_NE(a, nullptr);
  auto r = a->gaps({});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_DOUBLE_EQ(r->median_pressure, 2.0);
  ASSERT_EQ(r->rows.size(), 6u);
  std::vector<std::pair<std::string, std::string>> gaps;
  for (const auto& g : r->rows) {
    if (g.gap) {
      gaps.emplace_back(g.bassin, g.theme);
    }
  }
  EXPECT_EQ(gaps, (std::vector<std::pair<std::string, std::string>>{{"sud", "palliative"}}));
  const GapRow& top = r->rows[3];  // nord first, then sud by pressure
  EXPECT_EQ(top.bassin, "sud");
  EXPECT_EQ(top.theme, "palliative");
  EXPECT_EQ(top.questions.count, 12);
  EXPECT_EQ(top.services, 1);
  EXPECT_EQ(top.local_services, 0);
  EXPECT_EQ(top.service_ids, std::vector<std::string>{"svc-p-palliatif-region"});
  EXPECT_DOUBLE_EQ(top.pressure, 6.0);
  EXPECT_DOUBLE_EQ(top.relative, 3.0);
  EXPECT_EQ(r->rows[4].theme, "diabetes");
  EXPECT_EQ(r->rows[4].local_services, 4);

  Filter sud;
  sud.bassins = {"sud"};
  auto only = a->gaps(sud);
  ASSERT_TRUE(only.ok()) << only.status().message();
  EXPECT_EQ(only->rows.size(), 3u);
  EXPECT_DOUBLE_EQ(only->median_pressure, 2.0);  // still the region's median
  const std::string csv = to_csv(*only);
  EXPECT_EQ(csv.substr(0, csv.find('\n', csv.find('\n') + 1)),
            "bassin,theme,count,services,local_services,pressure,relative,gap,answers,"
            "service_ids\n"
            "sud,palliative,12,1,0,6.000,3.000,true,ans-p-0001 ans-p-0002 ans-p-0003 "
            "ans-p-0004 ans-p-0005 ans-p-0006 ans-p-0007 ans-p-0008 ans-p-0009 ans-p-0010 "
            "ans-p-0011 ans-p-0012,svc-p-palliatif-region");
}

// ---- Charts ---------------------------------------------------------------------------------

TEST_F(AnalyticsTest, ChartIsLabelledInFrenchOrDutch) {
  auto a = open(two_years(6));
  ASSERT_NE(a, nullptr);
  auto s = a->series({}, {});
  ASSERT_TRUE(s.ok()) << s.status().message();
  ChartOptions fr;
  fr.rising = {"mental_health"};
  auto svg = render_svg(*s, *ref_, fr);
  ASSERT_TRUE(svg.ok()) << svg.status().message();
  EXPECT_EQ(svg->rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg->find("Questions aux helpdesks, par thème, par mois"), std::string::npos);
  EXPECT_NE(svg->find("Santé mentale (96) ▲"), std::string::npos);
  EXPECT_NE(svg->find("Aide sociale et CPAS (240)"), std::string::npos);
  EXPECT_NE(svg->find("janv."), std::string::npos);

  ChartOptions nl;
  nl.lang = "nl";
  auto by_bassin = a->series({}, {Dimension::kBassin, Dimension::kMonth});
  ASSERT_TRUE(by_bassin.ok());
  svg = render_svg(*by_bassin, *ref_, nl);
  ASSERT_TRUE(svg.ok()) << svg.status().message();
  EXPECT_NE(svg->find("Vragen aan de helpdesks, per thema en per zorgzone, per maand"),
            std::string::npos);
  EXPECT_NE(svg->find("Geestelijke gezondheid (96)"), std::string::npos);
  EXPECT_NE(svg->find("Zorgzone Zuid"), std::string::npos);
  EXPECT_EQ(svg->find("Santé mentale"), std::string::npos);

  ChartOptions en;
  en.lang = "en";
  auto bad = render_svg(*s, *ref_, en);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().message(), "chart labels exist in fr or nl, not \"en\"");
}

// ---- The sample corpus ----------------------------------------------------------------------

// The bundled sample corpus, indexed once for the suite.
class SampleCorpusAnalyticsTest : public AnalyticsTest {
 protected:
  static void SetUpTestSuite() {
    AnalyticsTest::SetUpTestSuite();
    const fs::path source = fs::path(ORIENTA_SOURCE_DIR) / "corpus" / "data";
    sample_dir_ = new testing::TempDir();  // NOLINT: suite fixture
    auto built = indexer::build_index(source, sample_dir_->path() / "db", *ref_, *analyzer_);
    ASSERT_TRUE(built.ok()) << built.status().message();
    auto opened = Analytics::open(sample_dir_->path() / "db", *analyzer_, *ref_);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    analytics_ = opened.value().release();  // NOLINT: suite fixture
    auto loaded = corpus::load_corpus(source, *ref_);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    corpus_ = new corpus::Corpus(std::move(loaded).value());  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete analytics_;   // NOLINT: suite fixture
    delete corpus_;      // NOLINT: suite fixture
    delete sample_dir_;  // NOLINT: suite fixture
    AnalyticsTest::TearDownTestSuite();
  }
  static testing::TempDir* sample_dir_;
  static Analytics* analytics_;
  static corpus::Corpus* corpus_;
};
testing::TempDir* SampleCorpusAnalyticsTest::sample_dir_ = nullptr;
Analytics* SampleCorpusAnalyticsTest::analytics_ = nullptr;
corpus::Corpus* SampleCorpusAnalyticsTest::corpus_ = nullptr;

TEST_F(SampleCorpusAnalyticsTest, CountsReconcileExactlyWithTheCorpus) {
  ASSERT_EQ(corpus_->answers.size(), 3284u);
  EXPECT_EQ(analytics_->answer_count(), 3284);
  EXPECT_TRUE(analytics_->notices().empty());
  // Counted here from the raw corpus files, the way the helpdesks' records read.
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, std::vector<std::string>> by_theme;
  std::map<Key, std::vector<std::string>> by_bassin_month;
  std::map<Key, std::vector<std::string>> by_caller;
  for (const auto& a : corpus_->answers) {
    for (const auto& t : a.themes) {
      by_theme[{t, "", "", ""}].push_back(a.id);
      by_bassin_month[{t, a.bassin, a.date.substr(0, 7), ""}].push_back(a.id);
      by_caller[{t, "", "", a.caller_role}].push_back(a.id);
    }
  }
  for (auto* cells : {&by_theme, &by_bassin_month, &by_caller}) {
    for (auto& [key, ids] : *cells) {
      std::sort(ids.begin(), ids.end());
    }
  }
  auto check = [](const Result<CountsReport>& r,
                  const std::map<Key, std::vector<std::string>>& want) {
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->answers.count, 3284);
    std::map<Key, std::vector<std::string>> got;
    for (const auto& row : r->rows) {
      got[{row.theme, row.bassin, row.period, row.caller_role}] = row.answers.ids;
    }
    EXPECT_EQ(got.size(), want.size());
    EXPECT_TRUE(got == want);
  };
  check(analytics_->counts({}, {}), by_theme);
  check(analytics_->counts({}, {Dimension::kBassin, Dimension::kMonth}), by_bassin_month);
  check(analytics_->counts({}, {Dimension::kCaller}), by_caller);
  const Key mental{"mental_health", "", "", ""};
  EXPECT_EQ(by_theme[mental].size(), 406u);
}

TEST_F(SampleCorpusAnalyticsTest, TrendTestFindsTheMentalHealthRiseOf2025) {
  auto r = analytics_->trends({}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->period, "2025-12");
  EXPECT_EQ(r->recent_from, "2025-01");
  EXPECT_EQ(r->baseline_from, "2023-01");
  std::vector<std::string> rising;
  for (const auto& row : r->rows) {
    if (row.rising) {
      rising.push_back(row.theme);
    }
  }
  EXPECT_EQ(rising, std::vector<std::string>{"mental_health"});
  const TrendRow* m = find(*r, "mental_health");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->recent.count, 187);
  EXPECT_EQ(m->baseline.count, 219);
  EXPECT_EQ(m->recent_total + m->baseline_total, 3284);
}

TEST_F(SampleCorpusAnalyticsTest, BassinsShowTheirProfiles) {
  auto r = analytics_->counts({}, {Dimension::kBassin});
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, int> answers_per_bassin;
  for (const auto& a : corpus_->answers) {
    ++answers_per_bassin[a.bassin];
  }
  std::map<std::pair<std::string, std::string>, double> share;
  for (const auto& row : r->rows) {
    share[{row.theme, row.bassin}] =
        static_cast<double>(row.answers.count) / answers_per_bassin[row.bassin];
  }
  auto of = [&](const char* theme, const char* bassin) { return share[{theme, bassin}]; };
  EXPECT_GT(of("palliative", "sud-est"), 2 * of("palliative", "centre-ouest"));
  EXPECT_GT(of("elderly_autonomy", "sud-est"), of("elderly_autonomy", "centre-ouest"));
  EXPECT_GT(of("access_to_care", "centre-ouest"), 2 * of("access_to_care", "sud-est"));
  EXPECT_GT(of("migration", "centre-ouest"), 2 * of("migration", "sud-est"));
}

}  // namespace
}  // namespace orienta::analytics
