#include <algorithm>
#include <gtest/gtest.h>

#include "orienta/indexer.h"

#include "temp_dir.h"

namespace orienta::indexer {
namespace {

class AnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::load(testing::data_dir());
    ASSERT_TRUE(a.ok()) << a.status().message();
    analyzer_ = std::move(a).value().release();  // NOLINT: suite fixture
  }
  static void TearDownTestSuite() { delete analyzer_; }  // NOLINT: suite fixture
  // The ids of the concepts `a` (the project's analyzer by default) finds in `text`.
  static std::vector<std::string> concepts(const std::string& text, const Analyzer* a = nullptr,
                                           std::string_view lang_hint = "") {
    const Analyzer& an = a != nullptr ? *a : *analyzer_;
    std::vector<std::string> out;
    for (const auto& h : an.find_concepts(an.tokenize(text, lang_hint))) {
      out.push_back(an.concepts()[h.concept_index].id);
    }
    return out;
  }
  static bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
  static Analyzer* analyzer_;
};
Analyzer* AnalyzerTest::analyzer_ = nullptr;

TEST_F(AnalyzerTest, FoldsWordsAndKeepsByteOffsets) {
  const std::string text = "L'Équipe soigne à domicile";
  const auto tokens = analyzer_->tokenize(text);
  ASSERT_EQ(tokens.size(), 4U);  // "L'" is an elision
  EXPECT_EQ(tokens[0].word, "equipe");
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Équipe");
  EXPECT_TRUE(tokens[2].stop);  // "à"
}

TEST_F(AnalyzerTest, FoldsEveryWordLikeCorpusFold) {
  const std::string text =
      "Ça Île ŒUVRE sœur Ñandú ÿ Æther naïve Groß Øresund Þór coöperatie ĳs Ελληνικά";
  for (const auto& t : analyzer_->tokenize(text)) {
    EXPECT_EQ(t.word, corpus::fold(text.substr(t.begin, t.end - t.begin)));
  }
}

TEST_F(AnalyzerTest, DetectsLanguagePerSentence) {
  EXPECT_EQ(analyzer_->detect_language("Le patient vit seul et il a besoin d'une aide."), "fr");
  EXPECT_EQ(analyzer_->detect_language("De patiënt woont alleen en heeft hulp nodig."), "nl");
  EXPECT_EQ(
      analyzer_->detect_language("Le patient vit seul et il a besoin d'une aide pour les courses. "
                                 "De dochter woont in Gent en zij is uitgeput door de zorg."),
      "fr+nl");
  const auto tokens = analyzer_->tokenize("Il est seul. Hij woont alleen in een flat.");
  EXPECT_EQ(tokens.front().lang, "fr");
  EXPECT_EQ(tokens.back().lang, "nl");
}

TEST_F(AnalyzerTest, ShortTextsWithoutStopWordsTakeTheLanguageOfTheirLexiconWords) {
  // No stop word, no telling spelling: the words that begin an expression of the lexicon in
  // one language only decide.
  EXPECT_EQ(analyzer_->detect_language("thuisverpleging"), "nl");
  EXPECT_EQ(analyzer_->detect_language("gezinszorg Jette"), "nl");
  EXPECT_EQ(analyzer_->detect_language("palliatieve thuiszorg"), "nl");
  EXPECT_EQ(analyzer_->detect_language("aide familiale"), "fr");
  EXPECT_EQ(analyzer_->tokenize("bewindvoerder").front().lang, "nl");
  // Stop words still come first, then a hint; a text with no clue at all is French.
  EXPECT_EQ(analyzer_->detect_language("de thuisverpleging et le CPAS, pour la famille"), "fr");
  EXPECT_EQ(analyzer_->tokenize("Xyzzy", "nl").front().lang, "nl");
  EXPECT_EQ(analyzer_->tokenize("gezinszorg", "fr").front().lang, "fr");  // a hint comes first
  EXPECT_EQ(analyzer_->detect_language("Xyzzy"), "fr");
}

// The words of `text` KeyFinder marks, as written in the text.
std::vector<std::string> marked(KeyFinder& finder, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& w : finder.find(text)) {
    if (w.matched) {
      out.push_back(text.substr(w.begin, w.end - w.begin));
    }
  }
  return out;
}

TEST_F(AnalyzerTest, KeyFinderGivesTheWordsOfTokenize) {
  const std::string text = "L'équipe soigne à domicile. Hij woont alleen met de kat.";
  const auto tokens = analyzer_->tokenize(text);
  KeyFinder finder(*analyzer_, MatchKeys{});
  const auto words = finder.find(text);
  ASSERT_EQ(words.size(), tokens.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].begin, tokens[i].begin);
    EXPECT_EQ(words[i].end, tokens[i].end);
    EXPECT_FALSE(words[i].matched);
  }
  EXPECT_TRUE(finder.find("").empty());
}

TEST_F(AnalyzerTest, KeyFinderMatchesFoldedWordsAndStemsOfEitherLanguage) {
  MatchKeys keys;
  keys.words = {"diabete"};
  keys.stems = {analyzer_->tokenize("palliatifs", "fr")[0].stem_fr,
                analyzer_->tokenize("thuisverpleging", "nl")[0].stem_nl};
  KeyFinder finder(*analyzer_, keys);
  const std::string text = "DIABÈTE et soins palliatifs; de thuisverpleging komt. Le diabète.";
  EXPECT_EQ(marked(finder, text),
            (std::vector<std::string>{"DIABÈTE", "palliatifs", "thuisverpleging", "diabète"}));
  // The second look at the same words (from the cache) gives the same answer.
  EXPECT_EQ(marked(finder, text),
            (std::vector<std::string>{"DIABÈTE", "palliatifs", "thuisverpleging", "diabète"}));
}

TEST_F(AnalyzerTest, KeyFinderNeverMatchesStopWords) {
  MatchKeys keys;
  keys.words = {"de", "met", "zorg"};
  keys.stems = {"de", "met"};
  KeyFinder finder(*analyzer_, keys);
  // "de" and "met" are stop words (French and Dutch): keys or not, they are not marked.
  EXPECT_EQ(marked(finder, "zorg met de kat de Paris"), (std::vector<std::string>{"zorg"}));
}

TEST_F(AnalyzerTest, KeyFinderMatchesTheContentWordsOfConceptExpressions) {
  MatchKeys keys;
  keys.concepts = {"administrateur", "soins-palliatifs", "assistant-social"};
  KeyFinder finder(*analyzer_, keys);
  // French and Dutch expressions; the stop word inside an expression stays unmarked.
  EXPECT_EQ(marked(finder, "Un administrateur de biens et een bewindvoerder."),
            (std::vector<std::string>{"administrateur", "biens", "bewindvoerder"}));
  EXPECT_EQ(marked(finder, "palliatieve zorg"), (std::vector<std::string>{"palliatieve", "zorg"}));
  // Only the concepts asked for: "CPAS" is a concept, not a key here.
  EXPECT_EQ(marked(finder, "le CPAS"), std::vector<std::string>{});
  // Two-letter acronyms match only in capitals, as in find_concepts.
  EXPECT_EQ(marked(finder, "AS du CPAS"), (std::vector<std::string>{"AS"}));
  EXPECT_EQ(marked(finder, "as du CPAS"), std::vector<std::string>{});
}

TEST_F(AnalyzerTest, FindsConceptsInBothLanguages) {
  EXPECT_TRUE(has(concepts("administrateur de biens"), "administrateur"));
  EXPECT_TRUE(has(concepts("een bewindvoerder aanvragen"), "administrateur"));
  EXPECT_TRUE(has(concepts("aide familiale"), "aide-familiale"));
  EXPECT_TRUE(has(concepts("dienst gezinszorg"), "aide-familiale"));
}

TEST_F(AnalyzerTest, ShortStemsAndLowercaseAcronymsDoNotOvermatch) {
  // "aide" and "aidant" share the french stem "aid".
  EXPECT_FALSE(has(concepts("l'aide médicale"), "aidant-proche"));
  // "AS" (assistant social) is an acronym only in capitals: "as" is a word.
  EXPECT_TRUE(has(concepts("AS du CPAS"), "assistant-social"));
  EXPECT_FALSE(has(concepts("as du CPAS"), "assistant-social"));
}

TEST_F(AnalyzerTest, ExpressionsWhoseStemsAnotherConceptSharesMatchOnlyAsWritten) {
  testing::TempDir dir;
  dir.write("stopwords-fr.txt", "# fr\nde\ndes\nune\n");
  dir.write("stopwords-nl.txt", "# nl\nde\n");
  // "aide familiale" and "aidant familial" both stem to "aid famil".
  dir.write("lexicon.tsv",
            "# id\tthemes\tfr\tnl\n"
            "aide-familiale\thome_care\taide familiale\tgezinszorg\n"
            "aidant-proche\tcaregivers\taidant familial|aidants familiaux\tmantelzorger\n"
            "palliatif\tpalliative\tsoins palliatifs\tpalliatieve zorg\n");
  auto loaded = Analyzer::load(dir.path());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  auto ids = [&](const std::string& text) { return concepts(text, loaded->get(), "fr"); };
  EXPECT_EQ(ids("une aide familiale"), std::vector<std::string>{"aide-familiale"});
  EXPECT_EQ(ids("deux aidants familiaux"), std::vector<std::string>{"aidant-proche"});
  EXPECT_EQ(ids("un aidant familial"), std::vector<std::string>{"aidant-proche"});
  // As written: a form the lexicon does not list is not the concept.
  EXPECT_EQ(ids("des aides familiales"), std::vector<std::string>{});
  // Stems no other concept shares still match any form.
  EXPECT_EQ(ids("soin palliatif"), std::vector<std::string>{"palliatif"});
}

TEST_F(AnalyzerTest, DutchElderlyAreNotParents) {
  // "ouderen" (the elderly) and "ouders" (parents) share the Dutch stem "ouder".
  EXPECT_TRUE(has(concepts("dagcentrum voor ouderen"), "personne-agee"));
  EXPECT_FALSE(has(concepts("dagcentrum voor ouderen"), "parent"));
  EXPECT_TRUE(has(concepts("steun voor de ouders"), "parent"));
  EXPECT_FALSE(has(concepts("steun voor de ouders"), "personne-agee"));
}

TEST_F(AnalyzerTest, FingerprintFollowsTheDataLinesNotTheirComments) {
  testing::TempDir dir;
  dir.write("stopwords-fr.txt", "# fr\nle\n");
  dir.write("stopwords-nl.txt", "# nl\nde\n");
  dir.write("lexicon.tsv", "# x\ncpas\tsocial_aid\tcpas\tocmw\n");
  auto fingerprint = [&] {
    auto a = Analyzer::load(dir.path());
    EXPECT_TRUE(a.ok()) << a.status().message();
    return a.ok() ? (*a)->fingerprint() : std::string();
  };
  const std::string first = fingerprint();
  EXPECT_EQ(first.size(), 16U);
  EXPECT_EQ(fingerprint(), first);
  dir.write("lexicon.tsv", "# another comment\ncpas\tsocial_aid\tcpas\tocmw\n");
  EXPECT_EQ(fingerprint(), first);
  dir.write("lexicon.tsv", "# x\ncpas\tsocial_aid\tcpas|c.p.a.s.\tocmw\n");
  EXPECT_NE(fingerprint(), first);
  dir.write("lexicon.tsv", "# x\ncpas\tsocial_aid\tcpas\tocmw\n");
  dir.write("stopwords-nl.txt", "# nl\nde\nhet\n");
  EXPECT_NE(fingerprint(), first);
}

TEST_F(AnalyzerTest, MissingDataFolderIsUnavailable) {
  testing::TempDir dir;
  auto a = Analyzer::load(dir.path());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kUnavailable);
}

TEST_F(AnalyzerTest, MalformedLexiconLineIsReportedWithItsLine) {
  testing::TempDir dir;
  dir.write("stopwords-fr.txt", "# fr\nle\n");
  dir.write("stopwords-nl.txt", "# nl\nde\n");
  dir.write("lexicon.tsv", "# x\ncpas\tsocial_aid\tcpas\n");
  auto a = Analyzer::load(dir.path());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "lexicon.tsv:2: expected 4 or 5 tab-separated columns, got 3");
}

TEST_F(AnalyzerTest, EnglishExpressionsOfTheFifthColumnAreTheirConcept) {
  testing::TempDir dir;
  dir.write("stopwords-fr.txt", "# fr\nle\n");
  dir.write("stopwords-nl.txt", "# nl\nde\n");
  dir.write(
      "lexicon.tsv",
      "# x\n"
      "palliatif\tpalliative\tsoins palliatifs\tpalliatieve zorg\tpalliative care|end of life\n"
      "cpas\tsocial_aid\tcpas\tocmw\n"
      "diabete\tdiabetes\tdiabète\tdiabetes\t-\n");
  auto loaded = Analyzer::load(dir.path());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const auto& c = (*loaded)->concepts();
  ASSERT_EQ(c.size(), 3U);
  EXPECT_EQ(c[0].en, (std::vector<std::string>{"palliative care", "end of life"}));
  EXPECT_TRUE(c[1].en.empty());  // four columns: no English
  EXPECT_TRUE(c[2].en.empty());  // "-": none
  auto ids = [&](const std::string& text) { return concepts(text, loaded->get(), ""); };
  EXPECT_EQ(ids("she is at the end of life"), std::vector<std::string>{"palliatif"});
  EXPECT_EQ(ids("asks for palliative care at home"), std::vector<std::string>{"palliatif"});
  EXPECT_EQ(ids("the end of the month"), std::vector<std::string>{});
  dir.write("lexicon.tsv", "# x\ncpas\tsocial_aid\tcpas\tocmw\twelfare\textra\n");
  EXPECT_FALSE(Analyzer::load(dir.path()).ok());
}

TEST_F(AnalyzerTest, InvalidUtf8IsSkippedNotFatal) {
  const auto tokens = analyzer_->tokenize(std::string("soins \xff\xfe palliatifs"));
  ASSERT_GE(tokens.size(), 2U);
  EXPECT_EQ(tokens.front().word, "soins");
  EXPECT_EQ(tokens.back().word, "palliatifs");
}

}  // namespace
}  // namespace orienta::indexer
