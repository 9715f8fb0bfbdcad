// The head of every document (index_schema.h, kSlotHead) held in memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <xapian.h>

namespace orienta::search {

/// The kSlotHead value of every document, read when the index is opened: a hit's fields are
/// then a memory read, not a value look-up in the index (about 5 µs a hit at 100,000
/// documents). One buffer for all: about 75 bytes a document. Immutable after load; rebuilt
/// on reopen.
class HeadTable {
 public:
  /// Reads the kSlotHead values of `db`. Throws Xapian::Error.
  void load(const Xapian::Database& db);
  /// The head of document `id`; empty for a docid without one. Valid until the next load.
  std::string_view head(Xapian::docid id) const;

 private:
  std::string heads_;               // every head, in docid order
  std::vector<std::uint32_t> end_;  // by docid: where its head ends in heads_ (begins at id-1's)
};

}  // namespace orienta::search
