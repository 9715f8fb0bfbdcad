// Facet counts from an in-memory table of each document's facet values.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <xapian.h>

#include "orienta/corpus.h"

namespace orienta::search {

/// The kinds, in the order of their bits in a FacetTable and of their runs of docids.
inline constexpr std::array<const char*, 3> kKindNames = {"service", "answer", "dossier"};

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
  /// The bits of some values of one facet; values the table does not know have none.
  std::uint64_t mask(const std::string& facet, const std::vector<std::string>& values) const;
  /// The kind of a document: its index in kKindNames, or -1.
  int kind_of(Xapian::docid id) const;
  /// How many documents of kind `k` the index holds, and how many of them have a docid up to
  /// `id`.
  Xapian::doccount kind_size(int k) const;
  Xapian::doccount kind_rank(int k, Xapian::docid id) const;

 private:
  std::vector<std::uint64_t> bits_;
  std::vector<std::pair<std::string, std::string>> labels_;
  std::array<std::vector<Xapian::docid>, kKindNames.size()> docids_;  // ascending, per kind
};

/// A posting list from a FacetTable: the documents whose bits meet `mask`, each with the
/// weight `weight`. Combined by OP_AND_MAYBE with a text query, it adds `weight` to the
/// matches that carry one of the facet values: a boost, read from memory. The table must
/// outlive the Xapian::Query holding it.
class FacetBoost : public Xapian::PostingSource {
 public:
  FacetBoost(const FacetTable& table, std::uint64_t mask, double weight);
  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return last_ / 2; }
  Xapian::doccount get_termfreq_max() const override { return last_; }
  double get_weight() const override { return weight_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return did_ > last_; }
  Xapian::docid get_docid() const override { return did_; }
  std::string get_description() const override { return "FacetBoost"; }

 private:
  bool meets(Xapian::docid did) const { return (table_.bits(did) & mask_) != 0; }
  const FacetTable& table_;
  std::uint64_t mask_;
  double weight_;
  Xapian::docid last_ = 0;
  Xapian::docid did_ = 0;
};

/// What the matches of one kind add to a total and to the facet counts.
struct Stratum {
  double total = 0;
  bool exact = true;
  std::array<double, 64> counts{};  // per bit of the FacetTable
};

/// Counts how many of the matches it sees carry each facet value of `mask`, kind by kind: the
/// first `limit` matches only. Xapian shows a spy the matches in docid order, and every match
/// until it has seen the query's `checkatleast`: with that set to `limit`, the counted matches
/// are all those up to the last one counted. Since docids run kind by kind, each in a hashed
/// order (index_schema.h), the counted matches of a kind are a fair sample of its matches.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(const FacetTable& table, std::uint64_t mask, Xapian::doccount limit)
      : table_(table), mask_(mask), limit_(limit) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  /// How many matches were counted.
  Xapian::doccount counted() const { return counted_; }
  /// The matches of kind `k` from what was counted. `all_seen`: the spy saw every match, so
  /// the counts are exact. Else they are scaled by the share of the kind's documents the
  /// counted matches span; nullopt when that share is too small to tell (then count that kind
  /// on its own, and say `alone`: any share will do).
  std::optional<Stratum> stratum(int k, bool all_seen, bool alone = false) const;

 private:
  const FacetTable& table_;
  std::uint64_t mask_;
  Xapian::doccount limit_;
  Xapian::doccount counted_ = 0;
  Xapian::docid last_ = 0;
  std::array<Xapian::doccount, kKindNames.size()> kind_counted_{};
  std::array<std::array<int, 64>, kKindNames.size()> counts_{};
};

/// Facet -> value -> count from the strata of every kind, for the facets of `mask`, rounded. A
/// region-wide document counts for every bassin and a fr+nl document for fr and nl, so that a
/// count is what selecting the value gives.
std::map<std::string, std::map<std::string, int>> facet_counts(
    const FacetTable& table, std::uint64_t mask,
    const std::array<Stratum, kKindNames.size()>& strata);

}  // namespace orienta::search
