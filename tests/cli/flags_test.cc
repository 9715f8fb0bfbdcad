#include "flags.h"

#include <gtest/gtest.h>

namespace orienta::cli {
namespace {

const FlagSpec kSpec{{"--db", "--theme", "--size"}, {"--theme"}, {"--json"}};

TEST(FlagsTest, ParsesValuesSwitchesAndPositionals) {
  auto args = parse_flags(
      {"--db", "x", "--theme=diabetes", "--theme", "palliative", "--json", "soins", "palliatifs"},
      kSpec);
  ASSERT_TRUE(args.ok()) << args.status().message();
  EXPECT_EQ(args->get("--db"), "x");
  EXPECT_EQ(args->all("--theme"), (std::vector<std::string>{"diabetes", "palliative"}));
  EXPECT_TRUE(args->has("--json"));
  EXPECT_EQ(args->positional, (std::vector<std::string>{"soins", "palliatifs"}));
}

TEST(FlagsTest, DoubleDashEndsOptions) {
  auto args = parse_flags({"--db", "x", "--", "--json", "-pt"}, kSpec);
  ASSERT_TRUE(args.ok());
  EXPECT_FALSE(args->has("--json"));
  EXPECT_EQ(args->positional, (std::vector<std::string>{"--json", "-pt"}));
}

TEST(FlagsTest, RejectsUnknownMissingAndRepeated) {
  EXPECT_EQ(parse_flags({"--nope"}, kSpec).status().message(),
            "unknown option --nope (see --help)");
  EXPECT_EQ(parse_flags({"--db"}, kSpec).status().message(), "option --db needs a value");
  EXPECT_EQ(parse_flags({"--db", "a", "--db", "b"}, kSpec).status().message(),
            "option --db is given twice");
}

TEST(FlagsTest, ParseIntChecksRange) {
  EXPECT_EQ(*parse_int("--size", "10", 1, 100), 10);
  EXPECT_EQ(parse_int("--size", "0", 1, 100).status().message(),
            "--size must be a whole number from 1 to 100, got \"0\"");
  EXPECT_FALSE(parse_int("--size", "1x", 1, 100).ok());
  EXPECT_FALSE(parse_int("--size", "", 1, 100).ok());
}

}  // namespace
}  // namespace orienta::cli
