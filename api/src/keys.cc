// API keys: the key file (hashes only), roles, and a token-bucket rate limit per key.
#include "keys.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <openssl/evp.h>
#include <random>

namespace orienta::api {

std::string sha256_hex(const std::string& text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  char buf[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    hex += buf;
  }
  return hex;
}

const char* role_name(Role role) {
  switch (role) {
    case Role::kResponder:
      return "responder";
    case Role::kChatbot:
      return "chatbot";
    case Role::kAnalyst:
      return "analyst";
  }
  return "responder";
}

std::optional<Role> parse_role(const std::string& name) {
  if (name == "responder") {
    return Role::kResponder;
  }
  if (name == "chatbot") {
    return Role::kChatbot;
  }
  if (name == "analyst") {
    return Role::kAnalyst;
  }
  return std::nullopt;
}

Result<KeyStore> KeyStore::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    return Status::unavailable(file.string() + ": cannot read the key file");
  }
  KeyStore store;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto t1 = line.find('\t');
    const auto t2 = t1 == std::string::npos ? std::string::npos : line.find('\t', t1 + 1);
    const std::string where = file.filename().string() + ":" + std::to_string(number) + ": ";
    if (t2 == std::string::npos) {
      return Status::invalid_argument(where + "expected KEY_ID<TAB>ROLE<TAB>SHA256");
    }
    const std::string id = line.substr(0, t1);
    const auto role = parse_role(line.substr(t1 + 1, t2 - t1 - 1));
    const std::string hash = line.substr(t2 + 1);
    if (!role) {
      return Status::invalid_argument(where + "unknown role \"" + line.substr(t1 + 1, t2 - t1 - 1) +
                                      "\" (responder, chatbot or analyst)");
    }
    if (hash.size() != 64 || hash.find_first_not_of("0123456789abcdef") != std::string::npos) {
      return Status::invalid_argument(where + "the hash must be 64 lowercase hex digits");
    }
    store.by_hash_[hash] = KeyEntry{id, *role};
  }
  return store;
}

std::optional<KeyEntry> KeyStore::find(const std::string& key) const {
  const auto it = by_hash_.find(sha256_hex(key));
  if (it == by_hash_.end()) {
    return std::nullopt;
  }
  return it->second;
}

RateLimiter::Bucket& RateLimiter::refilled(const std::string& key_id,
                                           std::chrono::steady_clock::time_point now) {
  if (buckets_.size() >= kMaxBuckets && buckets_.count(key_id) == 0) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      const double elapsed = std::chrono::duration<double>(now - it->second.last).count();
      it = it->second.tokens + elapsed * rate_ >= burst_ ? buckets_.erase(it) : std::next(it);
    }
    if (buckets_.size() >= kMaxBuckets) {
      buckets_.erase(std::min_element(
          buckets_.begin(), buckets_.end(),
          [](const auto& a, const auto& b) { return a.second.last < b.second.last; }));
    }
  }
  auto [it, fresh] = buckets_.try_emplace(key_id, Bucket{burst_, now});
  Bucket& b = it->second;
  if (!fresh) {
    const double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(burst_, b.tokens + elapsed * rate_);
    b.last = now;
  }
  return b;
}

bool RateLimiter::allow(const std::string& key_id, double& retry_after) {
  std::lock_guard<std::mutex> lock(mu_);
  Bucket& b = refilled(key_id, std::chrono::steady_clock::now());
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return true;
  }
  retry_after = (1.0 - b.tokens) / rate_;
  return false;
}

bool RateLimiter::exhausted(const std::string& key_id, double& retry_after) {
  std::lock_guard<std::mutex> lock(mu_);
  if (buckets_.count(key_id) == 0) {
    return false;
  }
  const Bucket& b = refilled(key_id, std::chrono::steady_clock::now());
  if (b.tokens >= 1.0) {
    return false;
  }
  retry_after = (1.0 - b.tokens) / rate_;
  return true;
}

Result<NewKey> make_key(const std::string& key_id, const std::string& role) {
  if (key_id.empty() ||
      key_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos) {
    return Status::invalid_argument("the key id must be lowercase letters, digits, - or _");
  }
  if (!parse_role(role)) {
    return Status::invalid_argument("unknown role \"" + role +
                                    "\" (responder, chatbot or analyst)");
  }
  std::random_device rd;
  std::string key = "ok_";
  char buf[9];
  for (int i = 0; i < 5; ++i) {
    std::snprintf(buf, sizeof buf, "%08x", rd());
    key += buf;
  }
  return NewKey{key, key_id + "\t" + role + "\t" + sha256_hex(key)};
}

}  // namespace orienta::api
