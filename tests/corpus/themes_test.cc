#include <gtest/gtest.h>

#include "orienta/corpus.h"

#include "temp_dir.h"

namespace orienta::corpus {
namespace {

using testing::TempDir;

TEST(ThemesTest, LoadsTheTwentyThreeThemesWithBothLabels) {
  auto themes = Themes::load(testing::data_dir() / "themes.tsv");
  ASSERT_TRUE(themes.ok()) << themes.status().message();
  EXPECT_EQ(themes->all().size(), 23U);
  const Theme* palliative = themes->find("palliative");
  ASSERT_NE(palliative, nullptr);
  EXPECT_EQ(palliative->label_fr, "Soins palliatifs et fin de vie");
  EXPECT_EQ(palliative->label_nl, "Palliatieve zorg en levenseinde");
  for (const auto& theme : themes->all()) {
    EXPECT_FALSE(theme.label_fr.empty()) << theme.code;
    EXPECT_FALSE(theme.label_nl.empty()) << theme.code;
  }
  EXPECT_FALSE(themes->contains("noord"));
}

TEST(ThemesTest, MissingFileIsUnavailable) {
  TempDir dir;
  auto themes = Themes::load(dir.path() / "themes.tsv");
  ASSERT_FALSE(themes.ok());
  EXPECT_EQ(themes.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(themes.status().message().find("cannot read file"), std::string::npos);
}

TEST(ThemesTest, DuplicateCodeIsReportedWithLine) {
  TempDir dir;
  const auto file = dir.write("themes.tsv",
                              "# code\tfr\tnl\ten\tscope\n"
                              "diabetes\tDiabète\tDiabetes\tDiabetes\tx\n"
                              "diabetes\tDiabète\tDiabetes\tDiabetes\tx\n");
  auto themes = Themes::load(file);
  ASSERT_FALSE(themes.ok());
  EXPECT_EQ(themes.status().message(), "themes.tsv:3: duplicate theme \"diabetes\"");
}

TEST(ThemesTest, EmptyFileIsRejected) {
  TempDir dir;
  auto themes = Themes::load(dir.write("themes.tsv", ""));
  ASSERT_FALSE(themes.ok());
  EXPECT_EQ(themes.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace orienta::corpus
