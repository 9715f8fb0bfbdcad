// Cue expressions matched on folded words or stems, with gaps, not just after a denial.
#include "cues.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace orienta::matcher {
namespace {

// Other words allowed between the words of an expression ("veut vraiment mourir").
constexpr std::size_t kMaxGap = 2;
const std::set<std::string, std::less<>> kDenials = {"pas",    "plus", "aucun", "aucune",
                                                     "jamais", "geen", "niet",  "nooit",
                                                     "non",    "no",   "not",   "never"};

// One word of an expression: its folded form and its stems, or a word's end.
struct CueWord {
  std::string word;
  std::string stem_fr;
  std::string stem_nl;
  bool suffix = false;  ///< "*kanker": any longer word that ends with `word`
};

struct Expression {
  std::size_t name = 0;
  std::vector<CueWord> words;
};

bool same(const CueWord& w, const indexer::Token& t) {
  if (w.suffix) {
    return t.word.size() > w.word.size() &&
           t.word.compare(t.word.size() - w.word.size(), w.word.size(), w.word) == 0;
  }
  return t.word == w.word || (!w.stem_fr.empty() && t.stem_fr == w.stem_fr && t.lang == "fr") ||
         (!w.stem_nl.empty() && t.stem_nl == w.stem_nl && t.lang == "nl");
}

}  // namespace

struct CueTable::Impl {
  std::size_t names = 0;
  std::vector<Expression> expressions;
  // The expressions by the folded word ("w:") or stem ("f:", "n:") of their first word.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first;
  std::vector<std::size_t> suffixes;  // the expressions of a word's end, tried on every word
};

CueTable::CueTable() : impl_(std::make_unique<Impl>()) {}
CueTable::~CueTable() = default;
CueTable::CueTable(CueTable&&) noexcept = default;
CueTable& CueTable::operator=(CueTable&&) noexcept = default;

Result<CueTable> CueTable::load(const std::filesystem::path& file,
                                const std::vector<std::string>& names,
                                const indexer::Analyzer& analyzer) {
  auto rows = corpus::read_tsv(file);
  if (!rows.ok()) {
    return rows.status();
  }
  CueTable table;
  table.impl_->names = names.size();
  const std::string base = file.filename().string();
  constexpr const char* kLangs[] = {"fr", "nl", "en"};
  for (const auto& row : *rows) {
    const auto& cols = row.cells;
    const auto name = std::find(names.begin(), names.end(), cols[0]);
    if (cols.size() != 4 || name == names.end()) {
      std::string all;
      for (const auto& n : names) {
        all += (all.empty() ? "" : ", ") + n;
      }
      return Status::invalid_argument(base + ":" + std::to_string(row.line) + ": expected a cue (" +
                                      all + ") and 3 columns of expressions");
    }
    for (std::size_t lang = 0; lang < std::size(kLangs); ++lang) {
      if (cols[lang + 1] == "-") {
        continue;
      }
      for (const auto& expr : corpus::split_list(cols[lang + 1], '|')) {
        Expression e{static_cast<std::size_t>(name - names.begin()), {}};
        // "=patiente": these very words, not their stems (which would also match "patient").
        const bool exact = !expr.empty() && expr[0] == '=';
        const bool suffix = !expr.empty() && expr[0] == '*';
        for (const auto& t :
             analyzer.tokenize(exact || suffix ? expr.substr(1) : expr, kLangs[lang])) {
          e.words.push_back(
              {t.word, exact || suffix ? "" : t.stem_fr, exact || suffix ? "" : t.stem_nl, suffix});
        }
        if (suffix && e.words.size() != 1) {
          return Status::invalid_argument(base + ":" + std::to_string(row.line) + ": \"" + expr +
                                          "\": \"*\" goes before an expression of one word");
        }
        if (suffix) {
          table.impl_->suffixes.push_back(table.impl_->expressions.size());
          table.impl_->expressions.push_back(std::move(e));
        } else if (!e.words.empty()) {
          const std::size_t k = table.impl_->expressions.size();
          auto& index = table.impl_->by_first;
          index["w:" + e.words[0].word].push_back(k);
          if (!e.words[0].stem_fr.empty()) {
            index["f:" + e.words[0].stem_fr].push_back(k);
          }
          if (!e.words[0].stem_nl.empty()) {
            index["n:" + e.words[0].stem_nl].push_back(k);
          }
          table.impl_->expressions.push_back(std::move(e));
        }
      }
    }
  }
  return table;
}

std::vector<std::vector<TextSpan>> CueTable::find(std::string_view text,
                                                  const indexer::AnalysedText& a) const {
  std::vector<std::vector<TextSpan>> found(impl_->names);
  const auto& t = a.tokens;
  std::vector<std::size_t> starting;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Denied only by a denial just before it: "pas en danger", but "kan niet meer alleen".
    if (i > 0 && kDenials.count(t[i - 1].word) > 0) {
      continue;
    }
    starting.clear();
    for (const std::string& key : {"w:" + t[i].word, "f:" + t[i].stem_fr, "n:" + t[i].stem_nl}) {
      if (const auto it = impl_->by_first.find(key); it != impl_->by_first.end()) {
        starting.insert(starting.end(), it->second.begin(), it->second.end());
      }
    }
    starting.insert(starting.end(), impl_->suffixes.begin(), impl_->suffixes.end());
    std::sort(starting.begin(), starting.end());
    starting.erase(std::unique(starting.begin(), starting.end()), starting.end());
    for (const std::size_t k : starting) {
      const Expression& e = impl_->expressions[k];
      if (!same(e.words[0], t[i])) {
        continue;
      }
      std::size_t at = i;
      std::size_t gaps = 0;
      bool match = true;
      for (std::size_t w = 1; w < e.words.size() && match; ++w) {
        match = false;
        for (std::size_t j = at + 1; j < t.size() && j - at - 1 + gaps <= kMaxGap; ++j) {
          if (same(e.words[w], t[j])) {
            gaps += j - at - 1;
            at = j;
            match = true;
            break;
          }
        }
      }
      if (match) {
        const std::size_t begin = t[i].begin;
        const std::size_t end = t[at].end;
        found[e.name].push_back({std::string(text.substr(begin, end - begin)), begin, end});
      }
    }
  }
  for (auto& spans : found) {
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  }
  return found;
}

}  // namespace orienta::matcher
