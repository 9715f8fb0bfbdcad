// Reading the project's tab-separated data files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/status.h"

namespace orienta::corpus {

/// One data line: its 1-based number and its tab-separated cells.
struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

/// Reads `file`, skipping blank lines and lines starting with '#'.
/// Errors: kUnavailable if the file cannot be read; kInvalidArgument for invalid UTF-8.
Result<std::vector<TsvRow>> read_tsv(const std::filesystem::path& file);

/// Splits `text` on `sep`, trimming spaces around each part and dropping empty parts.
std::vector<std::string> split_list(std::string_view text, char sep);

/// `text` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text);

}  // namespace orienta::corpus
