// Reading the project's tab-separated data files.

#include <fstream>

#include "orienta/corpus.h"

namespace orienta::corpus {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> split_list(std::string_view text, char sep) {
  std::vector<std::string> parts;
  while (true) {
    const auto pos = text.find(sep);
    const auto part = trim(text.substr(0, pos));
    if (!part.empty()) {
      parts.emplace_back(part);
    }
    if (pos == std::string_view::npos) {
      break;
    }
    text.remove_prefix(pos + 1);
  }
  return parts;
}

Result<std::vector<TsvRow>> read_tsv(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    return Status::unavailable(file.string() + ": cannot read file");
  }
  std::vector<TsvRow> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (trim(line).empty() || line[0] == '#') {
      continue;
    }
    if (!is_valid_utf8(line)) {
      return Status::invalid_argument(file.string() + ":" + std::to_string(number) +
                                      ": invalid UTF-8");
    }
    TsvRow row{number, {}};
    std::string_view rest = line;
    while (true) {
      const auto tab = rest.find('\t');
      row.cells.emplace_back(trim(rest.substr(0, tab)));
      if (tab == std::string_view::npos) {
        break;
      }
      rest.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace orienta::corpus
