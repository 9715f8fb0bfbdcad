// Analytics: opens an index, checks each request and dispatches it to its report.
#include "orienta/analytics.h"

#include <fstream>
#include <xapian.h>

#include "index_reader.h"
#include "reports.h"
#include "selection.h"

namespace orienta::analytics {
namespace {

// The live generation named by the index's stub file (indexer::build_index switches it).
std::string read_stub(const std::filesystem::path& db_dir) {
  std::ifstream in(db_dir / "XAPIANDB");
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

struct Analytics::Impl {
  std::filesystem::path db_dir;
  std::string stub;
  Xapian::Database db;
  Snapshot snap;
  const indexer::Analyzer* analyzer = nullptr;
  const corpus::ReferenceData* ref = nullptr;
};

Analytics::Analytics() : impl_(std::make_unique<Impl>()) {}
Analytics::~Analytics() = default;

Result<std::unique_ptr<Analytics>> Analytics::open(const std::filesystem::path& db_dir,
                                                   const indexer::Analyzer& analyzer,
                                                   const corpus::ReferenceData& ref) {
  std::unique_ptr<Analytics> a(new Analytics());
  a->impl_->analyzer = &analyzer;
  a->impl_->ref = &ref;
  a->impl_->db_dir = db_dir;
  try {
    a->impl_->stub = read_stub(db_dir);
    a->impl_->db = Xapian::Database(db_dir.string());
    a->impl_->snap = read_snapshot(a->impl_->db);
  } catch (const Xapian::DatabaseOpeningError& e) {
    return Status::unavailable("no index at " + db_dir.string() +
                               " (run 'orienta index' first): " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::internal("cannot read the index at " + db_dir.string() + ": " +
                            e.get_description());
  }
  return a;
}

Result<bool> Analytics::reopen() {
  try {
    const std::string stub = read_stub(impl_->db_dir);
    if (stub != impl_->stub) {
      Xapian::Database db(impl_->db_dir.string());
      Snapshot snap = read_snapshot(db);
      impl_->db = std::move(db);
      impl_->snap = std::move(snap);
      impl_->stub = stub;
      return true;
    }
    if (impl_->db.reopen()) {
      impl_->snap = read_snapshot(impl_->db);
      return true;
    }
    return false;
  } catch (const Xapian::Error& e) {
    return Status::unavailable("cannot reopen the index: " + e.get_description());
  }
}

int Analytics::answer_count() const { return static_cast<int>(impl_->snap.answers.size()); }

const std::vector<std::string>& Analytics::notices() const { return impl_->snap.notices; }

Result<CountsReport> Analytics::counts(const Filter& filter,
                                       const std::vector<Dimension>& by) const {
  if (Status s = check_dimensions(
          by, {Dimension::kBassin, Dimension::kMonth, Dimension::kWeek, Dimension::kCaller},
          "the counts report");
      !s.is_ok()) {
    return s;
  }
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  return count_report(*sel, by);
}

Result<TrendsReport> Analytics::trends(const Filter& filter, const std::vector<Dimension>& by,
                                       const TrendOptions& options) const {
  if (Status s = check_dimensions(
          by, {Dimension::kBassin, Dimension::kMonth, Dimension::kWeek, Dimension::kCaller},
          "the trends report");
      !s.is_ok()) {
    return s;
  }
  if (options.recent_months < 1) {
    return Status::invalid_argument("the recent window must be 1 month or more, got " +
                                    std::to_string(options.recent_months));
  }
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  return trend_report(*sel, by, options);
}

Result<CooccurrenceReport> Analytics::cooccurrence(const Filter& filter,
                                                   const std::vector<Dimension>& by,
                                                   const CooccurrenceOptions& options) const {
  if (Status s =
          check_dimensions(by, {Dimension::kBassin, Dimension::kCaller}, "the cooccurrence report");
      !s.is_ok()) {
    return s;
  }
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  return pair_report(*sel, by, options);
}

Result<EmergingReport> Analytics::emerging(const Filter& filter,
                                           const EmergingOptions& options) const {
  if (options.recent_months < 1) {
    return Status::invalid_argument("the recent window must be 1 month or more, got " +
                                    std::to_string(options.recent_months));
  }
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  try {
    return emerging_report(impl_->db, *sel, *impl_->analyzer, options);
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::unavailable("the index changed while it was read (reopen it): " +
                               e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::internal("cannot read the index: " + e.get_description());
  }
}

Result<GapsReport> Analytics::gaps(const Filter& filter, const GapOptions& options) const {
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  Filter whole;
  whole.from = sel->from_label();
  whole.to = sel->to_label();
  auto all = select(impl_->snap, whole, *impl_->ref);
  if (!all.ok()) {
    return all.status();
  }
  return gap_report(impl_->snap, *sel, *all, *impl_->ref, options);
}

Result<TimeSeries> Analytics::series(const Filter& filter, const std::vector<Dimension>& by) const {
  if (Status s = check_dimensions(by, {Dimension::kBassin, Dimension::kMonth, Dimension::kWeek},
                                  "the chart");
      !s.is_ok()) {
    return s;
  }
  auto sel = select(impl_->snap, filter, *impl_->ref);
  if (!sel.ok()) {
    return sel.status();
  }
  return series_report(*sel, by);
}

}  // namespace orienta::analytics
