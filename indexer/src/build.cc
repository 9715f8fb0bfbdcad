// build_index: writes a new generation beside the live index and switches only on success.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <sys/file.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <xapian.h>

#include "orienta/index_schema.h"
#include "orienta/indexer.h"

#include "document_builder.h"

namespace orienta::indexer {
namespace {

// The fewest past answers the need classifier is trained on.
constexpr std::size_t kMinTrainingAnswers = 200;

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kGenerationPrefix = "gen-";
constexpr std::size_t kProgressEvery = 250;
constexpr std::size_t kBatch = 256;  // documents analysed per batch

// FNV-1a, 64 bits, then MurmurHash3's finaliser so that ids differing only in their last
// characters (svc-0001, svc-0002) land far apart: the same order on every machine.
std::uint64_t id_hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : s) {
    h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

std::string generation_name(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%06d", kGenerationPrefix, n);
  return buf;
}

// The live generation named by the stub file, or "" when there is none.
std::string live_generation(const fs::path& db_dir) {
  std::ifstream in(db_dir / kStubName);
  std::string kind;
  std::string name;
  if (in >> kind >> name && fs::is_directory(db_dir / name)) {
    return name;
  }
  return "";
}

int generation_number(const std::string& name) {
  if (name.rfind(kGenerationPrefix, 0) != 0) {
    return -1;
  }
  try {
    return std::stoi(name.substr(std::string(kGenerationPrefix).size()));
  } catch (const std::exception&) {
    return -1;
  }
}

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Writes the stub atomically: readers see the old generation or the new one, never a half.
Status switch_stub(const fs::path& db_dir, const std::string& generation) {
  const fs::path tmp = db_dir / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "auto " << generation << "\n";
    out.flush();
    if (!out) {
      return Status::unavailable("cannot write " + tmp.string());
    }
  }
  std::error_code ec;
  fs::rename(tmp, db_dir / kStubName, ec);
  if (ec) {
    return Status::unavailable("cannot switch the index: " + ec.message());
  }
  return Status::ok();
}

// Removes every generation but the new one and the one it replaced, which readers that
// opened it a moment ago may still be using: older ones and those of killed builds (the lock
// says no other build is writing one).
void remove_other_generations(const fs::path& db_dir, int now, int replaced) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(db_dir, ec)) {
    const int n = generation_number(entry.path().filename().string());
    if (n >= 0 && n != now && n != replaced) {
      fs::remove_all(entry.path(), ec);
    }
  }
}

// An exclusive lock on the index folder for one build, released on destruction or when the
// process ends, however it ends.
class BuildLock {
 public:
  static Result<std::unique_ptr<BuildLock>> take(const fs::path& db_dir) {
    const fs::path file = db_dir / "build.lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      return Status::unavailable("cannot open " + file.string() + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd);
      return Status::unavailable("another orienta index is building " + db_dir.string() +
                                 "; wait for it to end, then run this one again");
    }
    return std::unique_ptr<BuildLock>(new BuildLock(fd));
  }
  ~BuildLock() { ::close(fd_); }
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;

 private:
  explicit BuildLock(int fd) : fd_(fd) {}
  int fd_;
};

struct ExistingDoc {
  std::string hash;
  bool seen = false;
};

// id -> hash of every document in `db`, from the id terms and the hash value stream.
std::unordered_map<std::string, ExistingDoc> existing_documents(const Xapian::Database& db) {
  std::unordered_map<Xapian::docid, std::string> hash_by_docid;
  for (auto v = db.valuestream_begin(schema::kSlotHash); v != db.valuestream_end(schema::kSlotHash);
       ++v) {
    hash_by_docid.emplace(v.get_docid(), *v);
  }
  std::unordered_map<std::string, ExistingDoc> out;
  const std::string prefix(schema::kPrefixId);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string id = (*t).substr(prefix.size());
    auto p = db.postlist_begin(*t);
    if (p != db.postlist_end(*t)) {
      out[id] = ExistingDoc{hash_by_docid[*p], false};
    }
  }
  return out;
}

}  // namespace

Result<BuildSummary> build_index(const fs::path& corpus_dir, const fs::path& db_dir,
                                 const corpus::ReferenceData& ref, const Analyzer& analyzer,
                                 const BuildOptions& options) {
  auto loaded = corpus::load_corpus(corpus_dir, ref);
  if (!loaded.ok()) {
    return loaded.status();
  }
  const corpus::Corpus& corpus = *loaded;
  BuildSummary summary;
  summary.rejected = corpus.problems;

  std::error_code ec;
  fs::create_directories(db_dir, ec);
  if (ec || !fs::is_directory(db_dir)) {
    return Status::unavailable("cannot create index folder " + db_dir.string() +
                               (ec ? ": " + ec.message() : ""));
  }

  auto lock = BuildLock::take(db_dir);
  if (!lock.ok()) {
    return lock.status();
  }
  const std::string live = live_generation(db_dir);
  int next = generation_number(live) + 1;
  for (const auto& entry : fs::directory_iterator(db_dir, ec)) {
    next = std::max(next, generation_number(entry.path().filename().string()) + 1);
  }
  next = std::max(next, 1);
  const std::string generation = generation_name(next);
  const fs::path gen_dir = db_dir / generation;

  // Start from a copy of the live generation, unless it is missing, of another schema or
  // analysis, or a full rebuild is asked for.
  if (options.force_full) {
    summary.why_full = "asked";
  } else if (live.empty()) {
    summary.why_full = "no index yet";
  } else {
    try {
      Xapian::Database old((db_dir / live).string());
      if (old.get_metadata(std::string(schema::kMetaSchemaVersion)) != schema::kSchemaVersion) {
        summary.why_full = "another index schema";
      } else if (old.get_metadata(std::string(schema::kMetaAnalysis)) != analyzer.fingerprint()) {
        summary.why_full = "another analysis (lexicon, stop words or rules)";
      }
    } catch (const Xapian::Error&) {
      summary.why_full = "the live index cannot be read";
    }
  }
  if (summary.why_full.empty()) {
    fs::copy(db_dir / live, gen_dir, fs::copy_options::recursive, ec);
    if (ec) {
      fs::remove_all(gen_dir, ec);
      summary.why_full = "the live index cannot be copied";
    }
  }
  const bool reuse = !summary.full_rebuild();
  const fs::path packed = db_dir / (generation + ".packed");

  const Scrubber scrubber(ref);
  const DocumentBuilder builder(analyzer, scrubber, ref);
  try {
    Xapian::WritableDatabase db(gen_dir.string(),
                                reuse ? Xapian::DB_OPEN : Xapian::DB_CREATE_OR_OVERWRITE);
    auto existing = existing_documents(db);
    const std::size_t total =
        corpus.services.size() + corpus.answers.size() + corpus.dossiers.size();
    std::size_t done = 0;
    // Words for the spelling dictionary, added once each with their count at the end.
    std::unordered_map<std::string, Xapian::termcount> spelling;
    auto store = [&](BuiltDocument built) {
      auto it = existing.find(built.id);
      if (it != existing.end()) {
        it->second.seen = true;
        if (it->second.hash == built.hash) {
          ++summary.unchanged;
          return;
        }
        ++summary.updated;
      } else {
        ++summary.added;
      }
      for (auto& word : built.words) {
        ++spelling[std::move(word)];
      }
      if (existing.empty()) {
        db.add_document(built.doc);  // a new index: no id to look up
      } else {
        db.replace_document(std::string(schema::kPrefixId) + built.id, built.doc);
      }
    };
    auto step = [&] {
      ++done;
      if (options.fail_after > 0 && done >= options.fail_after) {
        throw Xapian::DatabaseError("build stopped by the fail_after test hook");
      }
      if (options.progress && (done % kProgressEvery == 0 || done == total)) {
        options.progress(done, total);
      }
    };
    // Documents are analysed in batches on a second thread while this one writes the previous
    // batch: Xapian's writer is single-threaded, the analysis is not.
    // Services, then answers, then dossiers, each in the hashed order of their ids
    // (index_schema.h).
    std::vector<std::pair<std::uint64_t, std::function<BuiltDocument()>>> jobs;
    jobs.reserve(total);
    auto add_kind = [&jobs, &builder](const auto& records) {
      const auto from = static_cast<std::ptrdiff_t>(jobs.size());
      for (const auto& r : records) {
        jobs.emplace_back(id_hash(r.id), [&builder, &r] { return builder.build(r); });
      }
      std::sort(jobs.begin() + from, jobs.end(),
                [](const auto& x, const auto& y) { return x.first < y.first; });
    };
    add_kind(corpus.services);
    add_kind(corpus.answers);
    add_kind(corpus.dossiers);
    auto build_batch = [&jobs](std::size_t from) {
      std::vector<BuiltDocument> batch;
      for (std::size_t i = from; i < std::min(from + kBatch, jobs.size()); ++i) {
        batch.push_back(jobs[i].second());
      }
      return batch;
    };
    std::future<std::vector<BuiltDocument>> pending;
    if (!jobs.empty()) {
      pending = std::async(std::launch::async, build_batch, 0);
    }
    for (std::size_t from = 0; from < jobs.size(); from += kBatch) {
      std::vector<BuiltDocument> batch = pending.get();
      if (from + kBatch < jobs.size()) {
        pending = std::async(std::launch::async, build_batch, from + kBatch);
      }
      for (auto& built : batch) {
        store(std::move(built));
        step();
      }
    }
    for (const auto& [word, count] : spelling) {
      db.add_spelling(word, count);
    }
    for (const auto& [id, doc] : existing) {
      if (!doc.seen) {
        db.delete_document(std::string(schema::kPrefixId) + id);
        ++summary.deleted;
      }
    }
    // The need classifier, on the questions as indexed (scrubbed: no name or number of a
    // patient becomes a feature), the first answers in id order (Options::max_examples).
    std::vector<const corpus::Answer*> by_id;
    for (const auto& a : corpus.answers) {
      by_id.push_back(&a);
    }
    std::sort(by_id.begin(), by_id.end(), [](auto* x, auto* y) { return x->id < y->id; });
    const NeedModel::Options model_options = need_model_options(analyzer, ref.geography);
    by_id.resize(std::min(by_id.size(), model_options.max_examples));
    std::vector<NeedExample> examples;
    examples.reserve(by_id.size());
    for (const auto* a : by_id) {
      examples.push_back({scrubber.scrub(a->question), a->themes, a->urgent});
    }
    std::vector<std::string> codes;
    for (const auto& t : ref.themes.all()) {
      codes.push_back(t.code);
    }
    // Too few answers teach a classifier nothing it can be trusted with: the matcher then
    // reads needs by its rules alone.
    if (examples.size() >= kMinTrainingAnswers) {
      auto model = NeedModel::train(analyzer, examples, codes, model_options);
      if (model.ok()) {
        db.set_metadata(std::string(schema::kMetaNeedModel), model->serialize());
      }
    } else {
      db.set_metadata(std::string(schema::kMetaNeedModel), "");
    }
    db.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
    db.set_metadata(std::string(schema::kMetaBuiltAt), utc_now());
    db.set_metadata(std::string(schema::kMetaAnalysis), analyzer.fingerprint());
    db.commit();
    db.close();
    // Packed: Xapian's writer leaves its B-tree blocks part-full; a compacted copy has them
    // full, so a search reads fewer blocks. The document ids stay (the facet tables use them).
    Xapian::Database(gen_dir.string()).compact(packed.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    fs::remove_all(gen_dir, ec);
    fs::rename(packed, gen_dir, ec);
    if (ec) {
      fs::remove_all(packed, ec);
      fs::remove_all(gen_dir, ec);
      return Status::internal("index build failed, the live index is unchanged: cannot move " +
                              packed.string() + " to " + gen_dir.string());
    }
  } catch (const Xapian::Error& e) {
    fs::remove_all(gen_dir, ec);
    fs::remove_all(packed, ec);
    return Status::internal("index build failed, the live index is unchanged: " +
                            e.get_description());
  }

  if (Status s = switch_stub(db_dir, generation); !s.is_ok()) {
    fs::remove_all(gen_dir, ec);
    return s;
  }
  remove_other_generations(db_dir, next, generation_number(live));
  summary.generation = gen_dir;
  return summary;
}

}  // namespace orienta::indexer
