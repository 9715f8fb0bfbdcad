// The cover stage: which ranked candidates to propose, so that every need is served.
#pragma once

#include <vector>

#include "orienta/matcher.h"

#include "candidates.h"

namespace orienta::matcher {

/// Up to `limit` of `ranked` (best first): each need gets its best service before any need
/// gets a second one (a service covering several uncovered needs is worth `per_extra_need` more
/// per extra need in that round, RankWeights::extra_need); then the remaining places go to the
/// needs in their order, the main request first (a responder gives it a choice, the side needs one
/// service each): services near the patient (same bassin or region-wide) first, the others after.
/// The first services come in the needs' order (the main request's first), the others as chosen.
std::vector<Candidate*> choose_cover(const std::vector<Candidate*>& ranked,
                                     const std::vector<Need>& needs, int limit,
                                     double per_extra_need);

}  // namespace orienta::matcher
