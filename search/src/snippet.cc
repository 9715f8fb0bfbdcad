// Highlighted snippets: the best window of a text around the words of a query.
#include "snippet.h"

#include <vector>

namespace orienta::search {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string make_snippet(std::string_view text, indexer::KeyFinder& finder, std::size_t max_words) {
  const std::vector<indexer::WordMatch> tokens = finder.find(text);
  if (tokens.empty()) {
    return html_escape(text.substr(0, 200));
  }
  const auto marked = [&](std::size_t i) { return tokens[i].matched; };
  // The window with the most marked words; the earliest wins a tie.
  const std::size_t n = std::min(max_words, tokens.size());
  std::size_t best = 0;
  std::size_t best_count = 0;
  std::size_t count = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    count += marked(i) ? 1 : 0;
    if (i >= n) {
      count -= marked(i - n) ? 1 : 0;
    }
    if (i + 1 >= n && count > best_count) {
      best_count = count;
      best = i + 1 - n;
    }
  }
  // Start a little before the first match so it is read in context.
  if (best_count > 0) {
    std::size_t first = best;
    while (first < best + n && !marked(first)) {
      ++first;
    }
    const std::size_t lead = std::min<std::size_t>(first - best, 3);
    best = std::min(first - lead, tokens.size() - n);
  }
  const std::size_t last = best + n - 1;
  const std::size_t from = best == 0 ? 0 : tokens[best].begin;
  const std::size_t to = last + 1 == tokens.size() ? text.size() : tokens[last].end;

  std::string out = best == 0 ? "" : "…";
  std::size_t pos = from;
  for (std::size_t i = best; i <= last; ++i) {
    if (!marked(i)) {
      continue;
    }
    std::size_t end_i = i;
    while (end_i + 1 <= last && marked(end_i + 1)) {
      ++end_i;  // one <mark> for adjacent matched words
    }
    out += html_escape(text.substr(pos, tokens[i].begin - pos));
    out += "<mark>" +
           html_escape(text.substr(tokens[i].begin, tokens[end_i].end - tokens[i].begin)) +
           "</mark>";
    pos = tokens[end_i].end;
    i = end_i;
  }
  out += html_escape(text.substr(pos, to - pos));
  if (to < text.size()) {
    out += "…";
  }
  return out;
}

}  // namespace orienta::search
