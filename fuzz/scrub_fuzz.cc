// Fuzzes the personal-data scrubber with the project's list of names: any bytes (invalid
// UTF-8, long runs of digits, capitals, apostrophes and hyphens). Checks the promises of
// indexer.h: it never fails, its output is valid UTF-8, and it does not grow the text beyond
// its placeholders.
#include <cstdint>
#include <string_view>

#include "world.h"

namespace {

using orienta::fuzz::check;

const orienta::indexer::Scrubber& scrubber() {
  static const orienta::indexer::Scrubber s(orienta::fuzz::reference());
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)scrubber();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string out = scrubber().scrub(text);
  check(orienta::corpus::is_valid_utf8(out));
  // An invalid byte becomes U+FFFD (3 bytes); a placeholder is at most 7 bytes and replaces
  // at least 2.
  check(out.size() <= 4 * size + 8);
  return 0;
}
