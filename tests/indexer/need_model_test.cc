// The need reading of the indexer: stated ages, denials, the caller's presentation, loose
// lexicon matches, the classifier's features, and the classifier itself.
#include <algorithm>
#include <gtest/gtest.h>

#include "orienta/indexer.h"

#include "temp_dir.h"

namespace orienta::indexer {
namespace {

class NeedReadingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = Analyzer::load(testing::data_dir());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = std::move(analyzer).value().release();  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() { delete analyzer_; }  // NOLINT: suite fixture

  static std::vector<std::string> features(std::string_view text) {
    return need_features(*analyzer_, analyse_for_needs(*analyzer_, text));
  }
  static bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  // The words of `text` in the scope of a denial, or presenting the caller.
  static std::vector<std::string> flagged(std::string_view text, bool caller) {
    const auto a = analyse_for_needs(*analyzer_, text);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (caller ? a.caller[i] : a.negated[i]) {
        out.push_back(a.tokens[i].word);
      }
    }
    return out;
  }
  static std::vector<std::string> concept_ids(std::string_view text, Analyzer::LooseMatch loose) {
    std::vector<std::string> out;
    for (const auto& h : analyzer_->find_concepts(analyzer_->tokenize(text), loose)) {
      out.push_back(analyzer_->concepts()[h.concept_index].id);
    }
    return out;
  }
  static Analyzer* analyzer_;
};
Analyzer* NeedReadingTest::analyzer_ = nullptr;

TEST_F(NeedReadingTest, StatedAgeReadsTheUnitsHelpdesksWrite) {
  EXPECT_EQ(stated_age("Mme 82 ans, diabétique"), 82);
  EXPECT_EQ(stated_age("pt 78j ontslag ZH"), 78);
  EXPECT_EQ(stated_age("dame 87a"), 87);
  EXPECT_EQ(stated_age("mevrouw van 67 jaar"), 67);
  EXPECT_EQ(stated_age("een 16-jarige jongen"), 16);
  EXPECT_EQ(stated_age("a 34 yo man"), 34);
  EXPECT_EQ(stated_age("a 15-year-old girl"), 15);
  EXPECT_EQ(stated_age("he is 70 years old"), 70);
  // A time is no age: the age after it is the one.
  EXPECT_EQ(stated_age("chez nous depuis 2 ans, il a 89 ans"), 89);
  EXPECT_EQ(stated_age("il y a 3 ans, une chute"), std::nullopt);
  EXPECT_EQ(stated_age("ongeval 2 jaar geleden, zoon van 31 jaar"), 31);
  EXPECT_EQ(stated_age("sinds 5 jaar dakloos"), std::nullopt);
  EXPECT_EQ(stated_age("rappel le 12 mars, 02 000 12 34"), std::nullopt);
  EXPECT_EQ(stated_age("1030 Schaerbeek, 250 ans d'histoire"), std::nullopt);  // over 119
}

TEST_F(NeedReadingTest, ADenialReachesTheWordsAfterItInItsClause) {
  EXPECT_EQ(flagged("pas de souci financier, mais il tombe", false),
            (std::vector<std::string>{"de", "souci", "financier"}));
  EXPECT_EQ(flagged("geen schulden; wel eenzaam", false), (std::vector<std::string>{"schulden"}));
}

TEST_F(NeedReadingTest, AClosingDenialReachesTheWordsBeforeIt) {
  const auto n = flagged("Diabète : non. Chutes : oui", false);
  EXPECT_TRUE(has(n, "diabete"));
  EXPECT_FALSE(has(n, "chutes"));
  EXPECT_TRUE(has(flagged("mutuelle en ordre, cherche un kiné", false), "mutuelle"));
  // Not a denial when the sentence goes on after it.
  EXPECT_FALSE(has(flagged("diabète non équilibré", false), "diabete"));
}

TEST_F(NeedReadingTest, TheCallersPresentationIsMarked) {
  EXPECT_EQ(flagged("Je suis infirmière à domicile. Mme a 90 ans", true),
            (std::vector<std::string>{"je", "suis", "infirmiere", "a", "domicile"}));
  const auto heading = flagged("MG à Schaerbeek : pt 82 ans, chutes", true);
  EXPECT_EQ(heading, (std::vector<std::string>{"mg", "a", "schaerbeek"}));
  // A heading that names no profession is the subject, not the caller.
  EXPECT_TRUE(flagged("Diabète type 2 : éducation ?", true).empty());
  // A call names its caller until a comma or a word that turns to the person.
  EXPECT_EQ(flagged("Appel de l'AS du CPAS, Mme 80 ans vit seule", true),
            (std::vector<std::string>{"appel", "de", "as", "du", "cpas"}));
  EXPECT_EQ(flagged("Appel de Mme Peeters pour son mari, sa fille est épuisée", true),
            (std::vector<std::string>{"appel", "de", "mme", "peeters"}));
  EXPECT_EQ(flagged("Oproep van de thuisverpleging over meneer, hij valt", true),
            (std::vector<std::string>{"oproep", "van", "de", "thuisverpleging"}));
}

TEST_F(NeedReadingTest, LooseMatchesAllowWordsBetweenAndDutchCompounds) {
  const Analyzer::LooseMatch exact{};
  const Analyzer::LooseMatch loose{2, true};
  EXPECT_TRUE(has(concept_ids("en fin de vie", exact), "fin-de-vie"));
  EXPECT_FALSE(has(concept_ids("en fin de sa vie", exact), "fin-de-vie"));
  EXPECT_TRUE(has(concept_ids("en fin de sa vie", loose), "fin-de-vie"));
  EXPECT_FALSE(has(concept_ids("la fin de toute sa belle vie", loose), "fin-de-vie"));
  EXPECT_FALSE(has(concept_ids("hij heeft prostaatkanker", exact), "cancer"));
  EXPECT_TRUE(has(concept_ids("hij heeft prostaatkanker", loose), "cancer"));
}

TEST_F(NeedReadingTest, FeaturesNameWordsConceptsDenialsCallerAndAge) {
  const auto f = features("Je suis assistante sociale. Mme 84 ans, pas de diabète, chutes");
  EXPECT_TRUE(has(f, "c:chute"));
  EXPECT_TRUE(has(f, "t:elderly_autonomy"));
  EXPECT_TRUE(has(f, "nc:diabete"));
  EXPECT_FALSE(has(f, "c:diabete"));
  EXPECT_FALSE(has(f, "t:diabetes"));
  EXPECT_TRUE(has(f, "k:assistant-social"));
  EXPECT_TRUE(has(f, "a:80+"));
  EXPECT_TRUE(std::is_sorted(f.begin(), f.end()));
  EXPECT_TRUE(std::adjacent_find(f.begin(), f.end()) == f.end());
  EXPECT_TRUE(has(features("mantelzorgondersteuning"), "g:zorg"));
}

// A small labelled set: falls and dementia are elderly_autonomy, debts social_aid.
std::vector<NeedExample> examples() {
  std::vector<NeedExample> out;
  const char* elderly[] = {
      "dame 85 ans tombe souvent chez elle", "chutes à répétition, vit seule",
      "démence débutante, oublie le gaz",    "mevrouw valt vaak thuis",
      "beginnende dementie, woont alleen",   "perte d'autonomie et chutes",
      "personne âgée confuse qui tombe",     "oudere man, valpartijen en verwarring"};
  const char* social[] = {
      "dettes et factures impayées, huissier",   "schulden en onbetaalde facturen",
      "demande de RIS au CPAS, plus de revenus", "huissier à la porte, dettes",
      "leefloon aanvragen bij het OCMW",         "factures d'énergie impayées",
      "ne sait plus payer son loyer, dettes",    "budgetbegeleiding voor schulden"};
  for (const char* t : elderly) {
    out.push_back({t, {"elderly_autonomy"}});
  }
  for (const char* t : social) {
    out.push_back({t, {"social_aid"}});
  }
  return out;
}

const std::vector<std::string> kThemes = {"elderly_autonomy", "social_aid", "palliative"};

double probability(const NeedModel& m, const Analyzer& analyzer, std::string_view text,
                   const std::string& theme) {
  for (const auto& s : m.predict(analyzer, analyse_for_needs(analyzer, text))) {
    if (s.theme == theme) {
      return s.probability;
    }
  }
  return -1.0;
}

TEST_F(NeedReadingTest, ClassifierLearnsThemesFromLabelledTexts) {
  NeedModel::Options options;
  options.min_feature_count = 1;
  auto m = NeedModel::train(*analyzer_, examples(), kThemes, options);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_TRUE(m->trained());
  const std::string falls = "monsieur de 90 ans qui tombe, vit seul";
  EXPECT_GT(probability(*m, *analyzer_, falls, "elderly_autonomy"), 0.5);
  EXPECT_LT(probability(*m, *analyzer_, falls, "social_aid"), 0.5);
  EXPECT_GT(probability(*m, *analyzer_, "des dettes, un huissier", "social_aid"), 0.5);
  // A theme without any example has no model: probability 0.
  EXPECT_EQ(probability(*m, *analyzer_, falls, "palliative"), 0.0);
  // The words that weigh most for a theme point at the text's own tokens.
  const auto a = analyse_for_needs(*analyzer_, falls);
  for (const auto& s : m->predict(*analyzer_, a)) {
    for (const std::size_t k : s.tokens) {
      EXPECT_LT(k, a.tokens.size());
    }
  }
}

TEST_F(NeedReadingTest, ClassifierSerialisesToTheSameModelAndTrainsDeterministically) {
  NeedModel::Options options;
  options.min_feature_count = 1;
  auto m = NeedModel::train(*analyzer_, examples(), kThemes, options);
  auto again = NeedModel::train(*analyzer_, examples(), kThemes, options);
  ASSERT_TRUE(m.ok() && again.ok());
  EXPECT_EQ(m->serialize(), again->serialize());
  auto parsed = NeedModel::parse(m->serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->serialize(), m->serialize());
  const std::string text = "mevrouw valt en heeft schulden";
  for (const auto& theme : kThemes) {
    EXPECT_NEAR(probability(*parsed, *analyzer_, text, theme),
                probability(*m, *analyzer_, text, theme), 1e-3);
  }
}

TEST_F(NeedReadingTest, ClassifierLearnsUrgencyWhenEnoughExamplesAreUrgent) {
  NeedModel::Options options;
  options.min_feature_count = 1;
  auto labelled = examples();
  const char* tonight[] = {
      "nulle part où dormir ce soir, à la rue",  "vannacht geen slaapplaats, staat op straat",
      "ce soir à la rue avec deux enfants",      "expulsé aujourd'hui, dort dehors ce soir",
      "geen bed voor vannacht, op straat gezet", "à la rue ce soir, plus de place au 115"};
  for (const char* t : tonight) {
    labelled.push_back({t, {"social_aid"}, true});
  }
  auto m = NeedModel::train(*analyzer_, labelled, kThemes, options);
  ASSERT_TRUE(m.ok()) << m.status().message();
  const auto urgent = analyse_for_needs(*analyzer_, "il dort dehors ce soir, à la rue");
  const auto u = m->urgency(*analyzer_, urgent);
  ASSERT_TRUE(u.has_value());
  EXPECT_GT(u->probability, 0.5);
  ASSERT_FALSE(u->tokens.empty());
  EXPECT_LT(u->tokens.front(), urgent.tokens.size());
  EXPECT_LT(m->urgency(*analyzer_, analyse_for_needs(*analyzer_, "mevrouw valt vaak"))->probability,
            0.5);
  // Urgency is no theme: predict() gives the themes alone.
  EXPECT_EQ(m->predict(*analyzer_, urgent).size(), kThemes.size());
  auto parsed = NeedModel::parse(m->serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_NEAR(parsed->urgency(*analyzer_, urgent)->probability, u->probability, 1e-3);
  // Without urgent examples (or fewer than min_positives), no urgency.
  auto calm = NeedModel::train(*analyzer_, examples(), kThemes, options);
  ASSERT_TRUE(calm.ok());
  EXPECT_FALSE(calm->urgency(*analyzer_, urgent).has_value());
  EXPECT_FALSE(NeedModel().urgency(*analyzer_, urgent).has_value());
}

TEST_F(NeedReadingTest, ClassifierRejectsAMalformedModelWithItsLine) {
  const auto other = NeedModel::parse("orienta-need-model 0\nthemes\tx\nbias\t0\n");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(other.status().message().find("line 1"), std::string::npos);
  const auto bad =
      NeedModel::parse("orienta-need-model 1\nthemes\tx\nbias\t0\t0\nignore\nw:chut\t7:1.0\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 5"), std::string::npos);
  EXPECT_TRUE(
      NeedModel::parse("orienta-need-model 1\nthemes\tx\nbias\t0\t0\nignore\nw:chut\t1:1.0\n")
          .ok());
  // Features come in ascending order, each once, as serialize() writes them.
  const auto unordered = NeedModel::parse(
      "orienta-need-model 1\nthemes\tx\nbias\t0\t0\nignore\nw:chut\t0:1.0\nw:aide\t0:1.0\n");
  ASSERT_FALSE(unordered.ok());
  EXPECT_NE(unordered.status().message().find("line 6"), std::string::npos);
  EXPECT_FALSE(
      NeedModel::parse(
          "orienta-need-model 1\nthemes\tx\nbias\t0\t0\nignore\nw:aide\t0:1.0\nw:aide\t0:2.0\n")
          .ok());
  EXPECT_FALSE(NeedModel::parse("orienta-need-model 1\nthemes\tx\nbias\tnan\t0\nignore\n").ok());
  EXPECT_FALSE(NeedModel::parse("orienta-need-model 1\nthemes\tx\nbias\t0\n").ok());
  EXPECT_FALSE(NeedModel::train(*analyzer_, {}, kThemes, {}).ok());
  // An index without a model: nothing predicted.
  const NeedModel none;
  EXPECT_FALSE(none.trained());
  EXPECT_TRUE(none.predict(*analyzer_, analyse_for_needs(*analyzer_, "chutes")).empty());
}

TEST_F(NeedReadingTest, CrossValidationScoresHeldOutFolds) {
  NeedModel::Options options;
  options.min_feature_count = 1;
  auto cv = cross_validate(*analyzer_, examples(), kThemes, options, 4, 0.5);
  ASSERT_TRUE(cv.ok()) << cv.status().message();
  EXPECT_EQ(cv->folds, 4);
  EXPECT_EQ(cv->examples, 16);
  EXPECT_GE(cv->f1, 0.0);
  EXPECT_LE(cv->f1, 1.0);
  EXPECT_FALSE(cross_validate(*analyzer_, examples(), kThemes, options, 1, 0.5).ok());
  EXPECT_FALSE(cross_validate(*analyzer_, {}, kThemes, options, 2, 0.5).ok());
}

}  // namespace
}  // namespace orienta::indexer
