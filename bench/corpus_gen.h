// Synthetic corpora for the benchmarks: the sample corpus's sentences recombined at any size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "orienta/corpus.h"
#include "orienta/status.h"

namespace orienta::bench {

/// The seed of every generated corpus: the same size always gives the same corpus.
inline constexpr std::uint64_t kCorpusSeed = 20'251'123;

/// What to generate.
struct GeneratorOptions {
  /// Number of records: about 35% services, 60% answers and 5% dossiers. At least 20.
  std::size_t documents = 10'000;
  std::uint64_t seed = kCorpusSeed;
  /// The corpus whose records are recombined (services.jsonl, dossiers.jsonl and, if present,
  /// answers.jsonl); its themes, languages and sentences shape the generated records.
  std::filesystem::path sample_dir;
};

/// A generated corpus folder.
struct GeneratedCorpus {
  std::filesystem::path dir;  ///< holds services.jsonl, answers.jsonl, dossiers.jsonl
  std::size_t services = 0;
  std::size_t answers = 0;
  std::size_t dossiers = 0;
  /// Identifies the generator version, seed, size and the bytes of the sample corpus.
  std::string fingerprint;
  bool reused = false;  ///< an existing folder with the same fingerprint was kept

  std::size_t documents() const { return services + answers + dossiers; }
};

/// Writes a corpus of `options.documents` records into `out_root/corpus-<N>` in the format of
/// docs/corpus.md. Each record takes the themes (and, for services, the organisation, contact,
/// hours and audience) of a random sample record of its kind, and 2 to 5 sentences drawn from
/// sample records sharing one of those themes, in the same language; ids are new and unique;
/// communes, postcodes, coordinates and bassins are drawn from `ref`'s geography; dates are
/// spread over 2023-2025; answers refer to generated services of their theme. Without sample
/// answers, answers are made from the sentences of services and dossiers.
///
/// The folder is written under a temporary name, checked with corpus::load_corpus (it must load
/// without a problem) and renamed into place with a marker file holding the fingerprint. A
/// folder whose marker matches is reused as it is.
/// Errors: kInvalidArgument for fewer than 20 documents or a sample without services or
/// dossiers; kNotFound for a missing sample folder; kUnavailable if `out_root` cannot be
/// written; kInternal if the generated corpus does not validate. Not thread-safe for one
/// `out_root`.
Result<GeneratedCorpus> generate_corpus(const GeneratorOptions& options,
                                        const std::filesystem::path& out_root,
                                        const corpus::ReferenceData& ref);

}  // namespace orienta::bench
