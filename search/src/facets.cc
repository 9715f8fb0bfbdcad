// Facet counts from an in-memory table of each document's facet values.
#include "facets.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "orienta/index_schema.h"

namespace orienta::search {
namespace {

constexpr std::size_t kMaxBits = 64;
// A kind is estimated from the counted matches when they span at least 1/kMinShare of its
// documents; with less, it is counted on its own.
constexpr Xapian::doccount kMinShare = 10;

}  // namespace

void FacetTable::load(const Xapian::Database& db, const corpus::ReferenceData& ref) {
  labels_.clear();
  std::map<std::pair<std::string, std::string>, int> bit_of;
  auto add = [&](const std::string& facet, const std::string& value) {
    if (labels_.size() < kMaxBits) {
      bit_of[{facet, value}] = static_cast<int>(labels_.size());
      labels_.emplace_back(facet, value);
    }
  };
  for (const char* kind : kKindNames) {
    add("kind", kind);  // bits 0, 1, 2: kind_of() relies on it
  }
  for (const char* lang : {"fr", "nl"}) {
    add("lang", lang);
  }
  for (const auto& b : ref.geography.bassins()) {
    add("bassin", b.code);
  }
  add("bassin", "region");
  for (const auto& t : ref.themes.all()) {
    add("theme", t.code);
  }

  bits_.assign(db.get_lastdocid() + 1, 0);
  struct Slot {
    unsigned slot;
    const char* facet;
  };
  for (const Slot s : {Slot{schema::kSlotKind, "kind"}, Slot{schema::kSlotThemes, "theme"},
                       Slot{schema::kSlotBassins, "bassin"}, Slot{schema::kSlotLang, "lang"}}) {
    for (auto v = db.valuestream_begin(s.slot); v != db.valuestream_end(s.slot); ++v) {
      const std::string value = *v;
      std::uint64_t& b = bits_[v.get_docid()];
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t end = value.find(schema::kListSeparator, start);
        if (end == std::string::npos) {
          end = value.size();
        }
        const std::string item = value.substr(start, end - start);
        if (std::string(s.facet) == "lang" && item == "fr+nl") {
          b |= (1ULL << bit_of[{"lang", "fr"}]) | (1ULL << bit_of[{"lang", "nl"}]);
        } else if (auto it = bit_of.find({s.facet, item}); it != bit_of.end()) {
          b |= 1ULL << it->second;
        }
        start = end + 1;
      }
    }
  }
  for (auto& ids : docids_) {
    ids.clear();
  }
  for (Xapian::docid id = 1; id < bits_.size(); ++id) {
    if (const int k = kind_of(id); k >= 0) {
      docids_[static_cast<std::size_t>(k)].push_back(id);
    }
  }
}

std::uint64_t FacetTable::mask(const std::string& facet) const {
  std::uint64_t m = 0;
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i].first == facet) {
      m |= 1ULL << i;
    }
  }
  return m;
}

std::uint64_t FacetTable::mask(const std::string& facet,
                               const std::vector<std::string>& values) const {
  std::uint64_t m = 0;
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i].first == facet &&
        std::find(values.begin(), values.end(), labels_[i].second) != values.end()) {
      m |= 1ULL << i;
    }
  }
  return m;
}

int FacetTable::kind_of(Xapian::docid id) const {
  const std::uint64_t kinds = bits(id) & ((1ULL << kKindNames.size()) - 1);
  return kinds == 0 ? -1 : std::countr_zero(kinds);
}

Xapian::doccount FacetTable::kind_size(int k) const {
  return static_cast<Xapian::doccount>(docids_[static_cast<std::size_t>(k)].size());
}

Xapian::doccount FacetTable::kind_rank(int k, Xapian::docid id) const {
  const auto& ids = docids_[static_cast<std::size_t>(k)];
  return static_cast<Xapian::doccount>(std::upper_bound(ids.begin(), ids.end(), id) - ids.begin());
}

FacetBoost::FacetBoost(const FacetTable& table, std::uint64_t mask, double weight)
    : table_(table), mask_(mask), weight_(weight) {}

void FacetBoost::init(const Xapian::Database& db) {
  last_ = db.get_lastdocid();
  did_ = 0;
  set_maxweight(weight_);
}

void FacetBoost::next(double) {
  do {
    ++did_;
  } while (did_ <= last_ && !meets(did_));
}

void FacetBoost::skip_to(Xapian::docid did, double min_wt) {
  if (did <= did_) {
    return;
  }
  did_ = did - 1;
  next(min_wt);
}

bool FacetBoost::check(Xapian::docid did, double) {
  did_ = did;
  return meets(did);  // false: the position is left undetermined, as Xapian allows
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  if (counted_ == limit_) {
    return;
  }
  ++counted_;
  last_ = doc.get_docid();
  const int k = table_.kind_of(last_);
  if (k < 0) {
    return;
  }
  const auto kind = static_cast<std::size_t>(k);
  ++kind_counted_[kind];
  for (std::uint64_t b = table_.bits(last_) & mask_; b != 0; b &= b - 1) {
    ++counts_[kind][static_cast<std::size_t>(std::countr_zero(b))];
  }
}

std::optional<Stratum> FacetSpy::stratum(int k, bool all_seen, bool alone) const {
  const auto kind = static_cast<std::size_t>(k);
  const Xapian::doccount size = table_.kind_size(k);
  const Xapian::doccount reached = table_.kind_rank(k, last_);
  double scale = 1.0;
  if (!all_seen && reached < size) {
    if (reached == 0 || (!alone && reached * kMinShare < size)) {
      return std::nullopt;
    }
    scale = static_cast<double>(size) / reached;
  }
  Stratum s;
  s.exact = scale == 1.0;
  s.total = kind_counted_[kind] * scale;
  for (std::size_t i = 0; i < s.counts.size(); ++i) {
    s.counts[i] = counts_[kind][i] * scale;
  }
  return s;
}

std::map<std::string, std::map<std::string, int>> facet_counts(
    const FacetTable& table, std::uint64_t mask,
    const std::array<Stratum, kKindNames.size()>& strata) {
  const auto& labels = table.labels();
  auto sum = [&](std::size_t bit) {
    double n = 0;
    for (const Stratum& s : strata) {
      n += s.counts[bit];
    }
    return n;
  };
  double region = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].first == "bassin" && labels[i].second == "region") {
      region = sum(i);
    }
  }
  std::map<std::string, std::map<std::string, int>> out;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if ((mask & (1ULL << i)) == 0) {
      continue;
    }
    const auto& [facet, value] = labels[i];
    const double n = sum(i) + (facet == "bassin" && value != "region" ? region : 0);
    if (const auto rounded = static_cast<int>(std::lround(n)); rounded > 0) {
      out[facet][value] = rounded;
    }
  }
  return out;
}

}  // namespace orienta::search
