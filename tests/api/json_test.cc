#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "orienta/api.h"

#include "sample_index.h"

namespace orienta::api {
namespace {

TEST(SearchJsonTest, HasTheContractShape) {
  testing::SampleIndex index;
  search::Query q;
  q.text = "diabte";
  q.size = 5;
  auto results = index.searcher().search(q);
  ASSERT_TRUE(results.ok());
  rapidjson::Document doc;
  doc.Parse(search_json(*results).c_str());
  ASSERT_TRUE(doc.IsObject());
  EXPECT_STREQ(doc["query"].GetString(), "diabete");
  EXPECT_EQ(doc["total"].GetInt(), 2);
  EXPECT_EQ(doc["page"].GetInt(), 1);
  EXPECT_EQ(doc["size"].GetInt(), 5);
  EXPECT_STREQ(doc["corrected_query"].GetString(), "diabete");
  ASSERT_TRUE(doc["results"].IsArray());
  ASSERT_EQ(doc["results"].Size(), 2U);
  const auto& hit = doc["results"][0];
  for (const char* key : {"id", "kind", "title", "snippet", "lang"}) {
    EXPECT_TRUE(hit[key].IsString()) << key;
  }
  EXPECT_TRUE(hit["themes"].IsArray());
  EXPECT_TRUE(hit["bassins"].IsArray());
  EXPECT_TRUE(hit["score"].IsNumber());
  EXPECT_DOUBLE_EQ(hit["score"].GetDouble(), 1.0);
  for (const char* facet : {"kind", "theme", "bassin", "lang"}) {
    EXPECT_TRUE(doc["facets"][facet].IsObject()) << facet;
  }
  EXPECT_EQ(doc["facets"]["theme"]["diabetes"].GetInt(), 2);
}

TEST(ErrorJsonTest, MapsCodesAndEscapesMessages) {
  EXPECT_EQ(error_json(Status::invalid_argument("unknown theme \"x\"")),
            R"({"error":{"code":"bad_request","message":"unknown theme \"x\""}})");
  EXPECT_STREQ(error_code(StatusCode::kNotFound), "not_found");
  EXPECT_STREQ(error_code(StatusCode::kUnavailable), "unavailable");
  EXPECT_STREQ(error_code(StatusCode::kInternal), "internal");
}

}  // namespace
}  // namespace orienta::api
