// The bundled sample corpus teaches: varied past answers (no near-copies), every theme well
// represented, long and multi-theme questions as a helpdesk's log has them; a directory with
// the local services a responder expects.
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <unordered_map>

#include "orienta/corpus.h"

#include "temp_dir.h"

namespace orienta::corpus {
namespace {

class SampleCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ref = ReferenceData::load(testing::data_dir());
    ASSERT_TRUE(ref.ok());
    ref_ = new ReferenceData(std::move(ref).value());  // NOLINT: suite fixture
    auto c = load_corpus(std::filesystem::path(ORIENTA_SOURCE_DIR) / "corpus" / "data", *ref_);
    ASSERT_TRUE(c.ok()) << c.status().message();
    corpus_ = new Corpus(std::move(c).value());  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() {
    delete corpus_;  // NOLINT: suite fixture
    delete ref_;     // NOLINT: suite fixture
  }
  static ReferenceData* ref_;
  static Corpus* corpus_;
};
ReferenceData* SampleCorpusTest::ref_ = nullptr;
Corpus* SampleCorpusTest::corpus_ = nullptr;

std::size_t words(const std::string& text) {
  std::size_t n = 0;
  bool in = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    n += !space && !in ? 1 : 0;
    in = !space;
  }
  return n;
}

TEST_F(SampleCorpusTest, HasNoProblemAndEnoughOfEveryTheme) {
  EXPECT_TRUE(corpus_->problems.empty()) << corpus_->problems[0].to_string();
  EXPECT_GE(corpus_->answers.size(), 2500u);
  std::map<std::string, int> per_theme;
  std::size_t long_questions = 0;
  std::size_t three_themes = 0;
  for (const auto& a : corpus_->answers) {
    for (const auto& t : a.themes) {
      ++per_theme[t];
    }
    long_questions += words(a.question) > 40 ? 1 : 0;
    three_themes += a.themes.size() >= 3 ? 1 : 0;
  }
  for (const auto& t : ref_->themes.all()) {
    EXPECT_GE(per_theme[t.code], 80) << t.code;
  }
  const double n = static_cast<double>(corpus_->answers.size());
  EXPECT_GE(static_cast<double>(long_questions) / n, 1.0 / 3.0);
  EXPECT_GE(static_cast<double>(three_themes) / n, 0.20);
}

// Character 4-grams of a question, lowercased (ASCII) and with runs of spaces as one.
std::unordered_map<std::string, double> grams(const std::string& text) {
  std::string t;
  for (const char c : text) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!(l == ' ' && !t.empty() && t.back() == ' ')) {
      t.push_back(l == '\n' || l == '\t' ? ' ' : l);
    }
  }
  std::unordered_map<std::string, double> g;
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
    g[t.substr(i, 4)] += 1.0;
  }
  return g;
}

TEST_F(SampleCorpusTest, NoTwoQuestionsAreNearCopies) {
  // Cosine of character 4-gram counts below 0.8 for every pair: no question is another with
  // an age, a commune or a disease swapped.
  const auto& answers = corpus_->answers;
  std::vector<std::unordered_map<std::string, double>> vec;
  std::vector<double> norm;
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, double>>> postings;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    vec.push_back(grams(answers[i].question));
    double s = 0;
    for (const auto& [g, c] : vec.back()) {
      s += c * c;
      postings[g].emplace_back(i, c);
    }
    norm.push_back(std::sqrt(s));
  }
  std::size_t near = 0;
  std::string example;
  std::vector<double> dot(answers.size());
  for (std::size_t i = 0; i < answers.size(); ++i) {
    std::fill(dot.begin(), dot.end(), 0.0);
    for (const auto& [g, c] : vec[i]) {
      for (const auto& [j, cj] : postings[g]) {
        if (j > i) {
          dot[j] += c * cj;
        }
      }
    }
    for (std::size_t j = i + 1; j < answers.size(); ++j) {
      if (dot[j] >= 0.8 * norm[i] * norm[j]) {
        ++near;
        example = answers[i].id + " ~ " + answers[j].id;
      }
    }
  }
  EXPECT_EQ(near, 0u) << example;
}

TEST_F(SampleCorpusTest, EveryCommuneHasItsCpasAndEveryServiceOfOneIsItsOwn) {
  std::set<std::string> with_cpas;
  for (const auto& s : corpus_->services) {
    const bool social = !s.themes.empty() && s.themes[0] == "social_aid";
    if (social && commune_bound(s, ref_->geography)) {
      with_cpas.insert(s.service_area.begin(), s.service_area.end());
    }
  }
  for (const auto& area : ref_->geography.areas()) {
    EXPECT_EQ(with_cpas.count(area.id), 1u) << area.id;
  }
  EXPECT_GE(corpus_->services.size(), 800u);
}

}  // namespace
}  // namespace orienta::corpus
