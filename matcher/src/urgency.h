// The urgency stage: whether a responder must act within 24 hours, from the cues of
// data/urgency.tsv and the needs found.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/status.h"

namespace orienta::matcher {

/// The cues of urgency, read once. Immutable; detect() is thread-safe.
class UrgencyCues {
 public:
  /// Reads `file` (cue, French, Dutch and English expressions), analysing the expressions
  /// with `analyzer`. Errors: kUnavailable if it cannot be read; kInvalidArgument for an
  /// unknown cue or a line without 4 columns, with FILE:LINE.
  static Result<UrgencyCues> load(const std::filesystem::path& file,
                                  const indexer::Analyzer& analyzer);
  UrgencyCues();
  ~UrgencyCues();
  UrgencyCues(UrgencyCues&&) noexcept;
  UrgencyCues& operator=(UrgencyCues&&) noexcept;

  /// Urgent when a danger cue is present; or "now" and a bed is asked (or homelessness is a
  /// need); or "now" or "tomorrow", a discharge (a cue or the hospital_discharge need) and
  /// nobody at home; or "now" or "tomorrow" and essential medication or care is lacking. A cue
  /// just after a denial ("pas en danger", "geen gevaar") does not count.
  Urgency detect(std::string_view text, const indexer::AnalysedText& analysed,
                 const std::vector<Need>& needs) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// `cues` when they find the situation urgent; else urgent with reason "likely" when the
/// classifier's probability (`learned`) reaches `threshold`, the words that raise it most as
/// evidence; else not urgent.
Urgency with_learned_urgency(Urgency cues,
                             const std::optional<indexer::NeedModel::UrgencyScore>& learned,
                             std::string_view text, const indexer::AnalysedText& analysed,
                             double threshold);

}  // namespace orienta::matcher
