// The head of every document (index_schema.h, kSlotHead) held in memory.
#include "heads.h"

#include "orienta/index_schema.h"

namespace orienta::search {

void HeadTable::load(const Xapian::Database& db) {
  heads_.clear();
  end_.assign(db.get_lastdocid() + 1, 0);
  Xapian::docid next = 1;                 // the first docid whose end is not yet set
  auto fill_to = [&](Xapian::docid id) {  // docids before `id` without a head
    for (; next < id; ++next) {
      end_[next] = static_cast<std::uint32_t>(heads_.size());
    }
  };
  for (auto v = db.valuestream_begin(schema::kSlotHead); v != db.valuestream_end(schema::kSlotHead);
       ++v) {
    fill_to(v.get_docid());
    heads_ += *v;
    end_[next++] = static_cast<std::uint32_t>(heads_.size());
  }
  fill_to(static_cast<Xapian::docid>(end_.size()));
}

std::string_view HeadTable::head(Xapian::docid id) const {
  if (id == 0 || id >= end_.size()) {
    return {};
  }
  return std::string_view(heads_).substr(end_[id - 1], end_[id] - end_[id - 1]);
}

}  // namespace orienta::search
