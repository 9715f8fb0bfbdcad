// Turns corpus records into Xapian documents following index_schema.h.
#pragma once

#include <string>
#include <xapian.h>

#include "orienta/corpus.h"
#include "orienta/indexer.h"

namespace orienta::indexer {

/// A record ready to be indexed: its id term, its document and the hash of its content.
struct BuiltDocument {
  std::string id;
  Xapian::Document doc;
  std::string hash;
  std::vector<std::string> words;  ///< words for the spelling dictionary
};

/// Builds the documents of one index. build() is const and thread-safe.
class DocumentBuilder {
 public:
  DocumentBuilder(const Analyzer& analyzer, const Scrubber& scrubber,
                  const corpus::ReferenceData& ref)
      : analyzer_(analyzer), scrubber_(scrubber), ref_(ref) {}

  BuiltDocument build(const corpus::Service& s) const;
  /// Scrubs the question and answer first; only the scrubbed text reaches the index.
  BuiltDocument build(const corpus::Answer& a) const;
  BuiltDocument build(const corpus::Dossier& d) const;

 private:
  const Analyzer& analyzer_;
  const Scrubber& scrubber_;
  const corpus::ReferenceData& ref_;
};

}  // namespace orienta::indexer
