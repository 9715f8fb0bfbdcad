// The offers stage: what kind of service the situation asks for (a day centre, night sitting,
// food parcels), and what is already in place.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/status.h"

#include "cues.h"

namespace orienta::matcher {

/// The offers (data/offers.tsv codes) a situation names.
struct OffersNamed {
  std::vector<std::string> asked;  ///< in code order
  std::vector<std::string>
      in_place;                    ///< with "déjà", "al", "already", or the caller's; never asked
  std::vector<TextSpan> evidence;  ///< the words that name them
};

/// Reads offers with the cues of data/offer_words.tsv. Immutable; read() is thread-safe.
class OfferReader {
 public:
  /// `words` as data/offer_words.tsv: its names are the offer codes of `ref` and "in_place".
  /// Errors: those of CueTable::load.
  static Result<OfferReader> load(const std::filesystem::path& words,
                                  const corpus::ReferenceData& ref,
                                  const indexer::Analyzer& analyzer);

  /// The offers `text` names outside denials: in place when the caller's presentation names
  /// them (the caller is that service) or an in_place word is within three words of them (in
  /// the same sentence), else asked when
  /// named in a sentence that asks (asking_tokens()); when no sentence that asks names one,
  /// every offer named and not in place is asked.
  OffersNamed read(std::string_view text, const indexer::AnalysedText& analysed) const;

 private:
  CueTable cues_;
  std::vector<std::string> names_;  ///< the offer codes, then "in_place"
};

}  // namespace orienta::matcher
