// Facet counts from an in-memory table of each document's facet values.
#include "facets.h"

#include <bit>
#include <cmath>

#include "orienta/index_schema.h"

namespace orienta::search {
namespace {

constexpr std::size_t kMaxBits = 64;

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
  for (const char* kind : {"service", "answer", "dossier"}) {
    add("kind", kind);
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

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  if (counted_ == limit_) {
    return;
  }
  ++counted_;
  last_ = doc.get_docid();
  for (std::uint64_t b = table_.bits(last_) & mask_; b != 0; b &= b - 1) {
    ++counts_[static_cast<std::size_t>(std::countr_zero(b))];
  }
}

std::map<std::string, std::map<std::string, int>> FacetSpy::counts(double scale) const {
  std::map<std::string, std::map<std::string, int>> out;
  const auto& labels = table_.labels();
  int region = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].first == "bassin" && labels[i].second == "region") {
      region = counts_[i];
    }
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if ((mask_ & (1ULL << i)) == 0) {
      continue;
    }
    const auto& [facet, value] = labels[i];
    const int seen = counts_[i] + (facet == "bassin" && value != "region" ? region : 0);
    const int n = static_cast<int>(std::lround(seen * scale));
    if (n > 0) {
      out[facet][value] = n;
    }
  }
  return out;
}

}  // namespace orienta::search
