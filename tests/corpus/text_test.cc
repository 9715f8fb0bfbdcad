#include <gtest/gtest.h>

#include "orienta/corpus.h"

namespace orienta::corpus {
namespace {

TEST(FoldTest, RemovesAccentsAndCase) {
  EXPECT_EQ(fold("Diabète"), "diabete");
  EXPECT_EQ(fold("ÉCOUTE"), "ecoute");
  EXPECT_EQ(fold("Sint-Agatha-Berchem"), "sint-agatha-berchem");
  EXPECT_EQ(fold("patiënt"), "patient");
}

TEST(FoldTest, UnfoldsLigaturesAndApostrophes) {
  EXPECT_EQ(fold("Œuvre d’accueil"), "oeuvre d'accueil");
  EXPECT_EQ(fold("ﬁn de vie"), "fin de vie");  // NFKC turns the ligature into "fi"
}

TEST(FoldTest, ReplacesInvalidUtf8InsteadOfFailing) {
  const std::string folded =
      fold(std::string("ab\xff"
                       "cd"));
  EXPECT_EQ(folded.substr(0, 2), "ab");
  EXPECT_EQ(folded.substr(folded.size() - 2), "cd");
  EXPECT_TRUE(is_valid_utf8(folded));
}

TEST(Utf8Test, DetectsInvalidSequences) {
  EXPECT_TRUE(is_valid_utf8("Schaerbeek – Schaarbeek"));
  EXPECT_FALSE(is_valid_utf8("\xc3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));  // an encoded surrogate
}

TEST(LocalTextTest, LangAndFallback) {
  LocalText both{"soins", "zorg"};
  EXPECT_EQ(both.lang(), "fr+nl");
  EXPECT_EQ(both.in("nl"), "zorg");
  LocalText fr_only{"soins", ""};
  EXPECT_EQ(fr_only.lang(), "fr");
  EXPECT_EQ(fr_only.in("nl"), "soins");
  EXPECT_EQ(LocalText{}.lang(), "");
}

}  // namespace
}  // namespace orienta::corpus
