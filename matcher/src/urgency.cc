// Urgency: the cues of data/urgency.tsv combined by the labelling rule.
#include "urgency.h"

#include <algorithm>

#include "cues.h"

namespace orienta::matcher {
namespace {

enum class Cue { kDanger, kNow, kTomorrow, kBed, kAlone, kDischarge, kLacks };
const std::vector<std::string> kCueNames = {"danger", "now",       "tomorrow", "bed",
                                            "alone",  "discharge", "lacks"};

}  // namespace

struct UrgencyCues::Impl {
  CueTable table;
};

UrgencyCues::UrgencyCues() : impl_(std::make_unique<Impl>()) {}
UrgencyCues::~UrgencyCues() = default;
UrgencyCues::UrgencyCues(UrgencyCues&&) noexcept = default;
UrgencyCues& UrgencyCues::operator=(UrgencyCues&&) noexcept = default;

Result<UrgencyCues> UrgencyCues::load(const std::filesystem::path& file,
                                      const indexer::Analyzer& analyzer) {
  auto table = CueTable::load(file, kCueNames, analyzer);
  if (!table.ok()) {
    return table.status();
  }
  UrgencyCues cues;
  cues.impl_->table = std::move(*table);
  return cues;
}

Urgency UrgencyCues::detect(std::string_view text, const indexer::AnalysedText& a,
                            const std::vector<Need>& needs) const {
  const auto found = impl_->table.find(text, a);
  auto has = [&](Cue c) { return !found[static_cast<std::size_t>(c)].empty(); };
  auto need = [&](std::string_view theme) {
    return std::any_of(needs.begin(), needs.end(), [&](const Need& n) { return n.theme == theme; });
  };
  Urgency u;
  auto take = [&](const char* reason, std::initializer_list<Cue> cues) {
    u.urgent = true;
    u.reason = reason;
    for (const Cue c : cues) {
      const auto& spans = found[static_cast<std::size_t>(c)];
      u.evidence.insert(u.evidence.end(), spans.begin(), spans.end());
    }
    std::sort(u.evidence.begin(), u.evidence.end(),
              [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  };
  const bool soon = has(Cue::kNow) || has(Cue::kTomorrow);
  if (has(Cue::kDanger)) {
    take("danger", {Cue::kDanger});
  } else if (has(Cue::kNow) && (has(Cue::kBed) || need("homelessness"))) {
    take("shelter", {Cue::kNow, Cue::kBed});
  } else if (soon && (has(Cue::kDischarge) || need("hospital_discharge")) && has(Cue::kAlone)) {
    take("discharge", {Cue::kNow, Cue::kTomorrow, Cue::kDischarge, Cue::kAlone});
  } else if (soon && has(Cue::kLacks)) {
    take("care", {Cue::kNow, Cue::kTomorrow, Cue::kLacks});
  }
  return u;
}

Urgency with_learned_urgency(Urgency cues,
                             const std::optional<indexer::NeedModel::UrgencyScore>& learned,
                             std::string_view text, const indexer::AnalysedText& analysed,
                             double threshold) {
  if (cues.urgent || !learned || learned->probability < threshold) {
    return cues;
  }
  Urgency u;
  u.urgent = true;
  u.reason = "likely";
  for (const std::size_t i : learned->tokens) {
    const auto& t = analysed.tokens[i];
    u.evidence.push_back({std::string(text.substr(t.begin, t.end - t.begin)), t.begin, t.end});
  }
  std::sort(u.evidence.begin(), u.evidence.end(),
            [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  return u;
}

}  // namespace orienta::matcher
