// Reads the past answers and the services of an index into plain records for the reports.
#pragma once

#include <string>
#include <vector>
#include <xapian.h>

#include "orienta/status.h"

namespace orienta::analytics {

/// A past answer as the index stores it (scrubbed): only what the reports count by.
struct AnswerRecord {
  std::string id;
  int day = 0;    ///< days since 1970-01-01
  int month = 0;  ///< month_index()
  std::string bassin;
  std::string caller_role;
  std::vector<std::string> themes;
  Xapian::docid docid = 0;
};

/// A service: its themes and the bassins it serves ({"region"} for the whole region).
struct ServiceRecord {
  std::string id;
  std::vector<std::string> themes;
  std::vector<std::string> area;
};

/// What the reports read from one index.
struct Snapshot {
  std::vector<AnswerRecord> answers;  ///< by date, then id
  std::vector<ServiceRecord> services;
  std::vector<std::string> notices;  ///< records left out, and why
};

/// Reads every kind=answer document (its stored JSON record) and every kind=service document
/// (its value slots). Throws Xapian::Error; the caller translates it.
Snapshot read_snapshot(const Xapian::Database& db);

}  // namespace orienta::analytics
