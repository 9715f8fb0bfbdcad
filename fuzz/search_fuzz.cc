// Fuzzes a search: the query text (words, phrases, exclusions, wildcards, any bytes) with
// filters, pages and sorts drawn from the input, against an index of the sample. Checks the
// promises of search.h on every answer.
#include <fuzzer/FuzzedDataProvider.h>

#include "world.h"

namespace {

using orienta::fuzz::check;
using orienta::fuzz::world;

// Known codes and a few that are not: both must give an answer, never a crash.
std::string pick(FuzzedDataProvider& in, std::initializer_list<const char*> values) {
  if (in.ConsumeBool()) {
    return in.ConsumeRandomLengthString(24);
  }
  const auto i = in.ConsumeIntegralInRange<std::size_t>(0, values.size() - 1);
  return *(values.begin() + static_cast<std::ptrdiff_t>(i));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)world();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  orienta::search::Query q;
  q.page = in.ConsumeIntegralInRange(-1, orienta::search::kMaxPage + 1);
  q.size = in.ConsumeIntegralInRange(0, orienta::search::kMaxPageSize + 1);
  const auto filters = in.ConsumeIntegral<std::uint8_t>();
  if (filters & 1)
    q.kinds.push_back(pick(in, {"service", "answer", "dossier"}));
  if (filters & 2)
    q.themes.push_back(pick(in, {"palliative", "mental_health", "diabetes"}));
  if (filters & 4)
    q.bassins.push_back(pick(in, {"nord", "sud", "centre-ouest", "region"}));
  if (filters & 8)
    q.communes.push_back(pick(in, {"Ixelles", "Elsene", "1000", "Schaerbeek"}));
  if (filters & 16)
    q.langs.push_back(pick(in, {"fr", "nl", "fr+nl"}));
  if (filters & 32)
    q.spoken.push_back(pick(in, {"tr", "ar", "en"}));
  if (filters & 64)
    q.allowed_kinds = {"service", "dossier"};
  if (filters & 128) {
    orienta::search::Person p;
    if (in.ConsumeBool())
      p.age = in.ConsumeIntegral<int>();
    p.facts.push_back(pick(in, {"sex-f", "sex-m", "victim", "no-insurance", "no-residence"}));
    p.area = pick(in, {"ixelles", "schaerbeek", ""});
    q.person = p;
  }
  const auto options = in.ConsumeIntegral<std::uint8_t>();
  q.facets = options & 1;
  q.snippets = options & 2;
  q.lexicon = options & 4;
  q.records = options & 8;
  if (options & 16) {
    q.sort = orienta::search::SortOrder::kDistance;
    if (options & 32) {
      q.near = orienta::search::Point{in.ConsumeFloatingPoint<double>(),
                                      in.ConsumeFloatingPoint<double>()};
    }
  }
  if (options & 64)
    q.count_limit = in.ConsumeIntegralInRange(0, 5000);
  if (options & 128)
    q.elite_terms = in.ConsumeIntegralInRange(0, 30);
  q.text = in.ConsumeRemainingBytesAsString();

  auto r = world().searcher->search(q);
  if (!r.ok()) {
    check(!r.status().message().empty());
    return 0;
  }
  check(static_cast<int>(r->hits.size()) <= q.size);
  check(r->total >= 0);
  for (const auto& hit : r->hits) {
    check(!hit.id.empty());
    check(hit.score >= 0.0 && hit.score <= 1.0);
    if (q.person.has_value() || !q.allowed_kinds.empty()) {
      check(hit.kind != "answer" || q.allowed_kinds.empty());
    }
  }
  return 0;
}
