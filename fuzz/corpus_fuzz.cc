// Fuzzes the corpus reader: the input is one JSONL file (up to megabytes: deep nesting, long
// lines, bad UTF-8, duplicate ids), read as the services, answers or dossiers of a folder, as
// `orienta validate` and `orienta index` read it. Checks that every record is either loaded or
// reported.
#include <cstdint>
#include <fstream>

#include "world.h"

namespace {

using orienta::fuzz::check;

const std::filesystem::path& folder() {
  static const std::filesystem::path dir = orienta::fuzz::temp_folder("reader");
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)orienta::fuzz::reference();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kFiles[] = {"services.jsonl", "answers.jsonl", "dossiers.jsonl"};
  // The last byte chooses the file; the others stay empty (a Problem each, not an error).
  const std::size_t which = size == 0 ? 0 : data[size - 1] % 3;
  for (std::size_t i = 0; i < 3; ++i) {
    std::ofstream out(folder() / kFiles[i], std::ios::binary | std::ios::trunc);
    if (i == which && size > 0) {
      out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size - 1));
    }
  }
  auto corpus = orienta::corpus::load_corpus(folder(), orienta::fuzz::reference());
  check(corpus.ok());
  std::size_t lines = 0;
  for (std::size_t i = 0; i + 1 < size; ++i) {
    lines += data[i] == '\n';
  }
  const std::size_t loaded =
      corpus->services.size() + corpus->answers.size() + corpus->dossiers.size();
  check(loaded <= lines + 1);
  for (const auto& p : corpus->problems) {
    check(!p.to_string().empty());
  }
  (void)orienta::corpus::compute_stats(*corpus);
  return 0;
}
