// Facet counts from an in-memory table of each document's facet values.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>
#include <xapian.h>

#include "orienta/corpus.h"

namespace orienta::search {

/// The facet values of every document as one bit set per docid, read from the value slots
/// when the index is opened: counting a match is then a table look-up, not a value read.
/// Immutable after load; rebuilt on reopen.
class FacetTable {
 public:
  /// Reads the kind, themes, bassins and lang slots of `db`. Throws Xapian::Error.
  void load(const Xapian::Database& db, const corpus::ReferenceData& ref);

  std::uint64_t bits(Xapian::docid id) const { return id < bits_.size() ? bits_[id] : 0; }
  /// The facet name and value of each bit.
  const std::vector<std::pair<std::string, std::string>>& labels() const { return labels_; }
  /// The bits of one facet ("kind", "theme", "bassin", "lang").
  std::uint64_t mask(const std::string& facet) const;

 private:
  std::vector<std::uint64_t> bits_;
  std::vector<std::pair<std::string, std::string>> labels_;
};

/// Counts how many of the matches it sees carry each facet value of `mask`: the first `limit`
/// only. Xapian shows a spy the matches in docid order, and every match up to the query's
/// `checkatleast`: with that set to `limit`, the counted matches are all those up to docid
/// last(), from which a larger result's counts are estimated (scale).
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(const FacetTable& table, std::uint64_t mask, Xapian::doccount limit)
      : table_(table), mask_(mask), limit_(limit) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  /// How many matches were counted, and the docid of the last.
  Xapian::doccount counted() const { return counted_; }
  Xapian::docid last() const { return last_; }
  /// Facet -> value -> count, each multiplied by `scale` and rounded. A region-wide document
  /// counts for every bassin and a fr+nl document for fr and nl, so that a count is what
  /// selecting the value gives.
  std::map<std::string, std::map<std::string, int>> counts(double scale = 1.0) const;

 private:
  const FacetTable& table_;
  std::uint64_t mask_;
  Xapian::doccount limit_;
  Xapian::doccount counted_ = 0;
  Xapian::docid last_ = 0;
  std::array<int, 64> counts_{};
};

}  // namespace orienta::search
