// Fuzzes a match: the situation text (any bytes), a postcode, commune or bassin, a limit and,
// sometimes, the needs and patient facts a responder gives, against an index of the sample.
// Checks the promises of matcher.h on every answer.
#include <fuzzer/FuzzedDataProvider.h>

#include "world.h"

namespace {

using orienta::fuzz::check;
using orienta::fuzz::world;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)world();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  orienta::matcher::Location where;
  const auto given = in.ConsumeIntegral<std::uint8_t>();
  if (given & 1)
    where.postcode = in.ConsumeRandomLengthString(8);
  if (given & 2)
    where.commune = in.ConsumeRandomLengthString(24);
  if (given & 4)
    where.bassin = in.ConsumeRandomLengthString(16);
  const int limit = in.ConsumeIntegralInRange(0, orienta::matcher::kMaxLimit + 1);
  orienta::matcher::MatchOptions options;
  if (given & 8)
    options.needs.push_back(in.ConsumeRandomLengthString(24));
  if (given & 16)
    options.as_of = in.ConsumeRandomLengthString(12);
  if (given & 32) {
    orienta::matcher::PatientFacts p;
    if (in.ConsumeBool())
      p.age = in.ConsumeIntegral<int>();
    p.sex = in.ConsumeRandomLengthString(2);
    p.pregnant = in.ConsumeBool();
    p.victim_of_violence = in.ConsumeBool();
    p.homeless = in.ConsumeBool();
    options.patient = p;
  }
  const std::string text = in.ConsumeRemainingBytesAsString();

  auto r = world().matcher->match(text, where, limit, options);
  if (!r.ok()) {
    check(!r.status().message().empty());
    return 0;
  }
  check(static_cast<int>(r->referrals.size()) <= limit);
  for (const auto& referral : r->referrals) {
    check(!referral.id.empty());
  }
  // Evidence points into the text: its offsets are within it and give its words.
  for (const auto& span : r->patient.evidence) {
    check(span.begin <= span.end && span.end <= text.size());
  }
  return 0;
}
