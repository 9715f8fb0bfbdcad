// What the harnesses share: the reference data and, for those that search, an index of part of
// the sample corpus built once per process in a temporary folder.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include "orienta/corpus.h"
#include "orienta/indexer.h"
#include "orienta/matcher.h"
#include "orienta/search.h"

namespace orienta::fuzz {

// Aborts the run: a harness that cannot set up finds nothing.
[[noreturn]] inline void die(const std::string& what) {
  std::fprintf(stderr, "fuzz set-up: %s\n", what.c_str());
  std::abort();
}

// A broken promise stops the run as a finding.
inline void check(bool promise) {
  if (!promise) {
    __builtin_trap();
  }
}

// A new empty folder under $TMPDIR (or /tmp), removed at exit.
inline std::filesystem::path temp_folder(const char* name) {
  const char* base = std::getenv("TMPDIR");
  std::string templ =
      std::string(base != nullptr ? base : "/tmp") + "/orienta-fuzz-" + name + "-XXXXXX";
  if (mkdtemp(templ.data()) == nullptr) {
    die("cannot create a folder in " + templ);
  }
  static std::vector<std::filesystem::path> folders;
  if (folders.empty()) {
    std::atexit([] {
      for (const auto& f : folders) {
        std::error_code ec;
        std::filesystem::remove_all(f, ec);
      }
    });
  }
  folders.emplace_back(templ);
  return templ;
}

inline const corpus::ReferenceData& reference() {
  static const corpus::ReferenceData ref = [] {
    auto r = corpus::ReferenceData::load(corpus::default_data_dir());
    if (!r.ok()) {
      die(r.status().message());
    }
    return std::move(r).value();
  }();
  return ref;
}

inline const indexer::Analyzer& analyzer() {
  static const std::unique_ptr<indexer::Analyzer> a = [] {
    auto r = indexer::Analyzer::load(corpus::default_data_dir());
    if (!r.ok()) {
      die(r.status().message());
    }
    return std::move(r).value();
  }();
  return *a;
}

// The sample's services and dossiers and its first 300 answers, indexed once: enough words for
// spelling, wildcards and every facet, built in seconds even under the sanitizers.
struct World {
  std::filesystem::path db;
  std::unique_ptr<search::Searcher> searcher;
  std::unique_ptr<matcher::Matcher> matcher;
};

inline World& world() {
  static World w = [] {
    const std::filesystem::path sample = std::filesystem::path(ORIENTA_SOURCE_DIR) / "corpus/data";
    const std::filesystem::path corpus_dir = temp_folder("corpus");
    std::filesystem::copy_file(sample / "services.jsonl", corpus_dir / "services.jsonl");
    std::filesystem::copy_file(sample / "dossiers.jsonl", corpus_dir / "dossiers.jsonl");
    std::ifstream in(sample / "answers.jsonl");
    std::ofstream out(corpus_dir / "answers.jsonl");
    std::string line;
    for (int i = 0; i < 300 && std::getline(in, line); ++i) {
      out << line << '\n';
    }
    out.close();
    World made;
    made.db = temp_folder("db");
    auto built = indexer::build_index(corpus_dir, made.db, reference(), analyzer());
    if (!built.ok()) {
      die(built.status().message());
    }
    auto s = search::Searcher::open(made.db, analyzer(), reference());
    if (!s.ok()) {
      die(s.status().message());
    }
    made.searcher = std::move(s).value();
    auto m = matcher::Matcher::create(*made.searcher, analyzer(), reference(),
                                      corpus::default_data_dir());
    if (!m.ok()) {
      die(m.status().message());
    }
    made.matcher = std::move(m).value();
    return made;
  }();
  return w;
}

}  // namespace orienta::fuzz
