// The public names the project reads from data/ are those of the shared specification.
#include <gtest/gtest.h>

#include "orienta/corpus.h"

#include "temp_dir.h"

namespace orienta::corpus {
namespace {

TEST(SpecTest, ThemesBassinsAndGeographyAreThoseOfTheSharedSpec) {
  const auto spec = testing::shared_dir() / "spec";
  if (!std::filesystem::exists(spec)) {
    GTEST_SKIP() << "no shared specification at " << spec.string();
  }
  for (const char* name : {"themes.tsv", "bassins.tsv", "geography.tsv"}) {
    auto ours = read_tsv(testing::data_dir() / name);
    auto theirs = read_tsv(spec / name);
    ASSERT_TRUE(ours.ok()) << ours.status().message();
    ASSERT_TRUE(theirs.ok()) << theirs.status().message();
    ASSERT_EQ(ours->size(), theirs->size()) << name;
    ASSERT_FALSE(ours->empty()) << name;
    for (std::size_t i = 0; i < ours->size(); ++i) {
      EXPECT_EQ((*ours)[i].cells, (*theirs)[i].cells)
          << name << ": data line " << (*ours)[i].line << ", spec line " << (*theirs)[i].line;
    }
  }
}

}  // namespace
}  // namespace orienta::corpus
