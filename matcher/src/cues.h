// Named lists of expressions found in a situation (data/urgency.tsv, data/patient.tsv).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/status.h"

namespace orienta::matcher {

/// Cues read from a TSV file of lines `name <TAB> French <TAB> Dutch <TAB> English` ("|"
/// between expressions, "-" for none, "#" comments). An expression matches word for word on
/// folded words or their stems ("=" before it: folded words only, so that "=patiente" is not
/// "patient"), with up to two other words between its words, unless a denial ("pas", "geen",
/// "not"...) comes just before it; an expression of one word after "*" matches the words that
/// end with it ("*kanker": "longkanker", the compounds of Dutch). Immutable; find() is
/// thread-safe.
class CueTable {
 public:
  /// Reads `file`, whose names must be among `names`. Errors: kUnavailable if it cannot be
  /// read; kInvalidArgument for another name or a line without 4 columns, with FILE:LINE.
  static Result<CueTable> load(const std::filesystem::path& file,
                               const std::vector<std::string>& names,
                               const indexer::Analyzer& analyzer);
  CueTable();
  ~CueTable();
  CueTable(CueTable&&) noexcept;
  CueTable& operator=(CueTable&&) noexcept;

  /// For each name, in the order given to load(), where its expressions are in `text`.
  std::vector<std::vector<TextSpan>> find(std::string_view text,
                                          const indexer::AnalysedText& analysed) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orienta::matcher
