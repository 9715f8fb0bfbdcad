// Emerging subjects: words of the scrubbed answers far more frequent in the recent window than
// in the baseline, from the index's term lists (document frequencies per window).
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "calendar.h"
#include "reports.h"

namespace orienta::analytics {
namespace {

// The words the scrubber leaves in place of personal data ("[phone]" is indexed as "phone").
const std::set<std::string, std::less<>> kPlaceholders = {"nrn",     "phone", "email", "iban",
                                                          "address", "dob",   "name"};
constexpr std::size_t kMinWordBytes = 3;

bool countable(const std::string& term, const indexer::Analyzer& analyzer) {
  // Unprefixed terms are the folded words; every prefix of index_schema.h is upper case.
  if (term.size() < kMinWordBytes || (term[0] >= 'A' && term[0] <= 'Z')) {
    return false;
  }
  if (term.find_first_of("0123456789") != std::string::npos) {
    return false;
  }
  return kPlaceholders.count(term) == 0 && !analyzer.is_stop_word(term);
}

bool has_any_theme(const AnswerRecord& a, const Selection& sel) {
  if (sel.themes.empty()) {
    return true;
  }
  return std::any_of(a.themes.begin(), a.themes.end(),
                     [&](const std::string& t) { return sel.themes.count(t) > 0; });
}

}  // namespace

EmergingReport emerging_report(const Xapian::Database& db, const Selection& sel,
                               const indexer::Analyzer& analyzer, const EmergingOptions& options) {
  EmergingReport report;
  if (!sel.has_range) {
    report.notices.push_back("there is no answer to look at");
    return report;
  }
  const int recent_from = std::max(sel.from, sel.to - options.recent_months + 1);
  report.recent_from = month_label(recent_from);
  report.recent_to = month_label(sel.to);
  if (recent_from > sel.from) {
    report.baseline_from = month_label(sel.from);
    report.baseline_to = month_label(recent_from - 1);
  }
  struct Postings {
    std::vector<const AnswerRecord*> recent;
    std::vector<const AnswerRecord*> baseline;
  };
  std::unordered_map<std::string, Postings> words;
  for (const AnswerRecord* a : sel.answers) {
    if (!has_any_theme(*a, sel)) {
      continue;
    }
    const bool recent = a->month >= recent_from;
    ++(recent ? report.recent_answers : report.baseline_answers);
    for (auto t = db.termlist_begin(a->docid); t != db.termlist_end(a->docid); ++t) {
      const std::string term = *t;
      if (countable(term, analyzer)) {
        Postings& p = words[term];
        (recent ? p.recent : p.baseline).push_back(a);
      }
    }
  }
  if (report.baseline_answers == 0 || report.recent_answers == 0) {
    report.notices.push_back(report.baseline_answers == 0
                                 ? "no answer before the recent window to compare with"
                                 : "no answer in the recent window");
    return report;
  }
  const double recent_n = report.recent_answers;
  const double baseline_n = report.baseline_answers;
  for (auto& [term, p] : words) {
    const int r = static_cast<int>(p.recent.size());
    if (r < options.min_recent) {
      continue;
    }
    // Add-one smoothing of the baseline: a word never seen before gets a finite score that
    // still grows with the number of recent answers holding it.
    const double ratio =
        (r / recent_n) / ((static_cast<double>(p.baseline.size()) + 1.0) / baseline_n);
    if (ratio < options.min_ratio) {
      continue;
    }
    EmergingTerm e;
    e.term = term;
    e.ratio = ratio;
    std::vector<std::string> ids;
    for (const AnswerRecord* a : p.recent) {
      ids.push_back(a->id);
      for (const auto& theme : a->themes) {
        ++e.themes[theme];
      }
    }
    e.recent = make_tally(std::move(ids));
    ids.clear();
    for (const AnswerRecord* a : p.baseline) {
      ids.push_back(a->id);
    }
    e.baseline = make_tally(std::move(ids));
    report.terms.push_back(std::move(e));
  }
  std::sort(report.terms.begin(), report.terms.end(),
            [](const EmergingTerm& x, const EmergingTerm& y) {
              if (x.ratio != y.ratio) {
                return x.ratio > y.ratio;
              }
              return x.term < y.term;
            });
  if (options.limit >= 0 && report.terms.size() > static_cast<std::size_t>(options.limit)) {
    report.terms.resize(static_cast<std::size_t>(options.limit));
  }
  return report;
}

}  // namespace orienta::analytics
