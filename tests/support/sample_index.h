// SampleIndex: a real Xapian index of tests/data/corpus, built once per test suite.
#pragma once

#include <gtest/gtest.h>
#include <memory>

#include "orienta/search.h"

#include "temp_dir.h"

namespace orienta::testing {

class SampleIndex {
 public:
  SampleIndex() {
    auto ref = corpus::ReferenceData::load(data_dir());
    EXPECT_TRUE(ref.ok()) << ref.status().message();
    ref_ = std::make_unique<corpus::ReferenceData>(std::move(ref).value());
    auto analyzer = indexer::Analyzer::load(data_dir());
    EXPECT_TRUE(analyzer.ok()) << analyzer.status().message();
    analyzer_ = std::move(analyzer).value();
    db_ = dir_.path() / "db";
    auto built = indexer::build_index(test_data_dir() / "corpus", db_, *ref_, *analyzer_);
    EXPECT_TRUE(built.ok()) << built.status().message();
    auto searcher = search::Searcher::open(db_, *analyzer_, *ref_);
    EXPECT_TRUE(searcher.ok()) << searcher.status().message();
    searcher_ = std::move(searcher).value();
  }
  const search::Searcher& searcher() const { return *searcher_; }
  const indexer::Analyzer& analyzer() const { return *analyzer_; }
  const corpus::ReferenceData& ref() const { return *ref_; }
  const std::filesystem::path& db() const { return db_; }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::filesystem::path db_;
  std::unique_ptr<corpus::ReferenceData> ref_;
  std::unique_ptr<indexer::Analyzer> analyzer_;
  std::unique_ptr<search::Searcher> searcher_;
};

}  // namespace orienta::testing
