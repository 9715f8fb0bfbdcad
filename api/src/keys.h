// API keys: the key file (hashes only), roles, and a token-bucket rate limit per key.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "orienta/server.h"
#include "orienta/status.h"

namespace orienta::api {

/// SHA-256 of `text`, in lowercase hex.
std::string sha256_hex(const std::string& text);

const char* role_name(Role role);
std::optional<Role> parse_role(const std::string& name);

struct KeyEntry {
  std::string id;
  Role role = Role::kResponder;
};

/// The keys of a key file, looked up by the hash of a presented key. Immutable after load.
class KeyStore {
 public:
  /// Lines `KEY_ID<TAB>ROLE<TAB>SHA256`; '#' comments. Errors: kUnavailable, kInvalidArgument.
  static Result<KeyStore> load(const std::filesystem::path& file);
  std::optional<KeyEntry> find(const std::string& key) const;
  bool empty() const { return by_hash_.empty(); }

 private:
  std::map<std::string, KeyEntry> by_hash_;
};

/// A token bucket per key id (or client address). Thread-safe. It holds at most kMaxBuckets
/// buckets: to add one past that, it forgets those that have refilled whole (they are as
/// new), else the one idle longest.
class RateLimiter {
 public:
  static constexpr std::size_t kMaxBuckets = 4096;
  RateLimiter(double per_second, double burst) : rate_(per_second), burst_(burst) {}
  /// True if the key may make a request now, which takes a token; else the seconds to wait in
  /// `retry_after`.
  bool allow(const std::string& key_id, double& retry_after);
  /// True if the key has no token left now (taking none); the seconds to wait in
  /// `retry_after`.
  bool exhausted(const std::string& key_id, double& retry_after);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point last;
  };
  Bucket& refilled(const std::string& key_id, std::chrono::steady_clock::time_point now);
  double rate_;
  double burst_;
  std::mutex mu_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace orienta::api
