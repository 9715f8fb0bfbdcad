#include <algorithm>
#include <gtest/gtest.h>

#include "orienta/corpus.h"

#include "temp_dir.h"

namespace orienta::corpus {
namespace {

class GeographyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Geography::load(testing::data_dir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    geo_ = new Geography(std::move(loaded).value());  // NOLINT: suite-lifetime fixture
  }
  static void TearDownTestSuite() {
    delete geo_;  // NOLINT: suite-lifetime fixture
    geo_ = nullptr;
  }
  static std::string area_of(std::string_view name) {
    auto area = geo_->by_name(name);
    return area.ok() ? (*area)->id : "<" + area.status().message() + ">";
  }
  static Geography* geo_;
};
Geography* GeographyTest::geo_ = nullptr;

struct PostcodeCase {
  const char* postcode;
  const char* area;
  const char* bassin;
};

// Every postcode of the Brussels-Capital Region and its default area.
constexpr PostcodeCase kPostcodes[] = {
    {"1000", "bruxelles-pentagone", "centre-ouest"},
    {"1020", "laeken", "nord"},
    {"1030", "schaerbeek", "nord-est"},
    {"1040", "etterbeek", "sud-est"},
    {"1050", "ixelles", "sud"},
    {"1060", "saint-gilles", "sud"},
    {"1070", "anderlecht", "centre-ouest"},
    {"1080", "molenbeek", "centre-ouest"},
    {"1081", "koekelberg", "nord"},
    {"1082", "berchem", "nord"},
    {"1083", "ganshoren", "nord"},
    {"1090", "jette", "nord"},
    {"1120", "neder-over-heembeek", "nord"},
    {"1130", "haren", "nord"},
    {"1140", "evere", "nord-est"},
    {"1150", "woluwe-saint-pierre", "sud-est"},
    {"1160", "auderghem", "sud-est"},
    {"1170", "watermael-boitsfort", "sud"},
    {"1180", "uccle", "sud"},
    {"1190", "forest", "sud"},
    {"1200", "woluwe-saint-lambert", "sud-est"},
    {"1210", "saint-josse", "nord-est"},
};

TEST_F(GeographyTest, EveryBrusselsPostcodeResolvesToItsAreaAndBassin) {
  for (const auto& c : kPostcodes) {
    auto match = geo_->by_postcode(c.postcode);
    ASSERT_TRUE(match.ok()) << c.postcode << ": " << match.status().message();
    EXPECT_EQ(match->area->id, c.area) << c.postcode;
    EXPECT_EQ(match->area->bassin, c.bassin) << c.postcode;
  }
}

TEST_F(GeographyTest, AmbiguousPostcodesKeepTheSecondCandidate) {
  auto p1000 = geo_->by_postcode("1000");
  ASSERT_TRUE(p1000.ok());
  EXPECT_EQ(p1000->area->id, "bruxelles-pentagone");
  ASSERT_NE(p1000->second, nullptr);
  EXPECT_EQ(p1000->second->id, "bruxelles-nord");

  auto p1040 = geo_->by_postcode("1040");
  ASSERT_TRUE(p1040.ok());
  EXPECT_EQ(p1040->area->id, "etterbeek");
  ASSERT_NE(p1040->second, nullptr);
  EXPECT_EQ(p1040->second->id, "bruxelles-europe");
  EXPECT_EQ(p1040->second->bassin, "nord-est");

  auto p1050 = geo_->by_postcode("1050");
  ASSERT_TRUE(p1050.ok());
  ASSERT_NE(p1050->second, nullptr);
  EXPECT_EQ(p1050->second->id, "bruxelles-louise");

  auto p1060 = geo_->by_postcode("1060");
  ASSERT_TRUE(p1060.ok());
  EXPECT_EQ(p1060->second, nullptr);
}

TEST_F(GeographyTest, PostcodeOutsideBrusselsIsNotFound) {
  auto match = geo_->by_postcode("9300");
  ASSERT_FALSE(match.ok());
  EXPECT_EQ(match.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(match.status().message(), "postcode 9300 is not in the Brussels-Capital Region");
}

TEST_F(GeographyTest, MalformedPostcodeIsInvalid) {
  for (const char* bad : {"", "10", "10300", "1o30"}) {
    auto match = geo_->by_postcode(bad);
    ASSERT_FALSE(match.ok()) << bad;
    EXPECT_EQ(match.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST_F(GeographyTest, EveryNameAndAliasResolvesToItsArea) {
  ASSERT_EQ(geo_->areas().size(), 25U);
  for (const auto& area : geo_->areas()) {
    EXPECT_EQ(area_of(area.name_fr), area.id);
    EXPECT_EQ(area_of(area.name_nl), area.id);
    for (const auto& alias : area.aliases) {
      EXPECT_EQ(area_of(alias), area.id) << alias;
    }
  }
}

TEST_F(GeographyTest, CommuneNamesIgnoreCaseAccentsHyphensAndSaintSpelling) {
  EXPECT_EQ(area_of("SCHAARBEEK"), "schaerbeek");
  EXPECT_EQ(area_of("schaerbeek"), "schaerbeek");
  EXPECT_EQ(area_of("St-Gilles"), "saint-gilles");
  EXPECT_EQ(area_of("Sint Gillis"), "saint-gilles");
  EXPECT_EQ(area_of("saint gilles"), "saint-gilles");
  EXPECT_EQ(area_of("Molenbeek St Jean"), "molenbeek");
  EXPECT_EQ(area_of("St-Jans-Molenbeek"), "molenbeek");
  EXPECT_EQ(area_of("Woluwe-St-Lambert"), "woluwe-saint-lambert");
  EXPECT_EQ(area_of("Sint-Pieters-Woluwe"), "woluwe-saint-pierre");
  EXPECT_EQ(area_of("Berchem-Ste-Agathe"), "berchem");
  EXPECT_EQ(area_of("Sint-Agatha-Berchem"), "berchem");
  EXPECT_EQ(area_of("Saint-Josse-ten-Noode"), "saint-josse");
  EXPECT_EQ(area_of("sint joost ten node"), "saint-josse");
  EXPECT_EQ(area_of("  Ixelles "), "ixelles");
  EXPECT_EQ(area_of("Elsene"), "ixelles");
  EXPECT_EQ(area_of("Oudergem"), "auderghem");
  EXPECT_EQ(area_of("Ukkel"), "uccle");
  EXPECT_EQ(area_of("Vorst"), "forest");
  EXPECT_EQ(area_of("Watermaal-Bosvoorde"), "watermael-boitsfort");
  EXPECT_EQ(area_of("Laken"), "laeken");
  EXPECT_EQ(area_of("noh"), "neder-over-heembeek");
  EXPECT_EQ(area_of("Bruxelles"), "bruxelles-pentagone");
  EXPECT_EQ(area_of("Quartier européen"), "bruxelles-europe");
  EXPECT_EQ(area_of("quartier europeen"), "bruxelles-europe");
}

TEST_F(GeographyTest, UnknownCommuneIsNotFoundWithItsName) {
  auto area = geo_->by_name("Gent");
  ASSERT_FALSE(area.ok());
  EXPECT_EQ(area.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(area.status().message(), "unknown commune \"Gent\"");
  EXPECT_FALSE(geo_->by_name("").ok());
  EXPECT_FALSE(geo_->by_name(" - ").ok());
}

TEST_F(GeographyTest, BassinNeighbours) {
  auto n = geo_->neighbours("sud-est");
  std::sort(n.begin(), n.end());
  EXPECT_EQ(n, (std::vector<std::string>{"nord-est", "sud"}));
  EXPECT_EQ(geo_->neighbours("nord"), (std::vector<std::string>{"centre-ouest", "nord-est"}));
  EXPECT_TRUE(geo_->adjacent("nord", "nord-est"));
  EXPECT_FALSE(geo_->adjacent("nord", "sud-est"));
  EXPECT_FALSE(geo_->adjacent("sud", "sud"));
  EXPECT_TRUE(geo_->neighbours("noord").empty());
  // Adjacency is symmetric in the data file.
  for (const auto& b : geo_->bassins()) {
    for (const auto& next : b.adjacent) {
      EXPECT_TRUE(geo_->adjacent(next, b.code)) << b.code << " / " << next;
    }
  }
}

TEST_F(GeographyTest, BassinsHaveBothLabels) {
  ASSERT_EQ(geo_->bassins().size(), 5U);
  const Bassin* b = geo_->bassin("centre-ouest");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->label_fr, "Bassin Centre-Ouest");
  EXPECT_EQ(b->label_nl, "Zorgzone Centrum-West");
  EXPECT_EQ(geo_->bassin("region"), nullptr);
}

TEST_F(GeographyTest, NearestAreaAndRegionBounds) {
  EXPECT_EQ(geo_->nearest_area(50.8285, 4.3450).id, "saint-gilles");
  EXPECT_EQ(geo_->nearest_area(50.9000, 4.4200).id, "haren");
  EXPECT_TRUE(Geography::inside_region(50.85, 4.35));
  EXPECT_FALSE(Geography::inside_region(51.05, 3.72));  // Gent
}

TEST_F(GeographyTest, AreaWithUnknownBassinIsRejected) {
  testing::TempDir dir;
  dir.write("bassins.tsv", "nord\tBassin Nord\tZorgzone Noord\t-\t1\t\n");
  dir.write("geography.tsv", "jette\tJette\tJette\t\t1090\t50.879\t4.324\tnoord\n");
  auto geo = Geography::load(dir.path());
  ASSERT_FALSE(geo.ok());
  EXPECT_EQ(geo.status().message(), "geography.tsv:1: unknown bassin \"noord\"");
}

}  // namespace
}  // namespace orienta::corpus
