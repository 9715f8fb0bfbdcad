// The reports, computed over a Selection of the answers of an index.
#pragma once

#include <vector>
#include <xapian.h>

#include "orienta/analytics.h"

#include "index_reader.h"
#include "selection.h"

namespace orienta::analytics {

CountsReport count_report(const Selection& sel, const std::vector<Dimension>& by);

TrendsReport trend_report(const Selection& sel, const std::vector<Dimension>& by,
                          const TrendOptions& options);

CooccurrenceReport pair_report(const Selection& sel, const std::vector<Dimension>& by,
                               const CooccurrenceOptions& options);

/// `all` is the selection of every answer of the range, whatever the bassin and theme filters:
/// the median pressure is the region's, so a filter never changes which cells are gaps.
GapsReport gap_report(const Snapshot& snap, const Selection& sel, const Selection& all,
                      const corpus::ReferenceData& ref, const GapOptions& options);

TimeSeries series_report(const Selection& sel, const std::vector<Dimension>& by);

/// Reads the term lists of the selected answers. Throws Xapian::Error.
EmergingReport emerging_report(const Xapian::Database& db, const Selection& sel,
                               const indexer::Analyzer& analyzer, const EmergingOptions& options);

}  // namespace orienta::analytics
