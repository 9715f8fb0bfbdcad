// RecordingClient: an httplib::Client that keeps every exchange, so that the test command can
// check each response of the server tests against data/openapi.json (tests/openapi/check.mjs).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <mutex>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string>
#include <vector>

#include "orienta/corpus.h"

namespace orienta::testing {

/// One request and the response it got.
struct Exchange {
  std::string method;
  std::string path;  ///< without the query string
  int status = 0;
  std::string content_type;
  std::string body;
};

/// The same Get/Post/Delete calls as httplib::Client; each exchange that got a response is kept.
class RecordingClient {
 public:
  RecordingClient(const std::string& host, int port) : client_(host, port) {}

  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    return keep("GET", path, client_.Get(path, headers));
  }
  template <typename... Args>
  httplib::Result Post(const std::string& path, Args&&... args) {
    return keep("POST", path, client_.Post(path, std::forward<Args>(args)...));
  }
  template <typename... Args>
  httplib::Result Delete(const std::string& path, Args&&... args) {
    return keep("DELETE", path, client_.Delete(path, std::forward<Args>(args)...));
  }

  std::vector<Exchange> exchanges() const {
    std::lock_guard<std::mutex> lock(mu_);
    return exchanges_;
  }

 private:
  httplib::Result keep(const char* method, const std::string& path, httplib::Result r) {
    if (r) {
      std::lock_guard<std::mutex> lock(mu_);
      exchanges_.push_back({method, path.substr(0, path.find('?')), r->status,
                            r->get_header_value("Content-Type"), r->body});
    }
    return r;
  }

  httplib::Client client_;
  mutable std::mutex mu_;
  std::vector<Exchange> exchanges_;
};

/// Writes `exchanges` as JSON Lines to DIR/NAME.jsonl when the environment variable
/// ORIENTA_HTTP_RECORD names a folder DIR (ctest sets it); does nothing otherwise. A body that
/// is not valid UTF-8 is written as null, which the check reports.
inline void save_exchanges(const std::string& name, const std::vector<Exchange>& exchanges) {
  const char* dir = std::getenv("ORIENTA_HTTP_RECORD");
  if (dir == nullptr || *dir == '\0') {
    return;
  }
  std::filesystem::create_directories(dir);
  std::ofstream out(std::filesystem::path(dir) / (name + ".jsonl"), std::ios::trunc);
  for (const auto& e : exchanges) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"test", name},
                                     {"method", e.method},
                                     {"path", e.path},
                                     {"content_type", e.content_type}}) {
      w.Key(key);
      w.String(value);
    }
    w.Key("status");
    w.Int(e.status);
    w.Key("body");
    if (corpus::is_valid_utf8(e.body)) {
      w.String(e.body);
    } else {
      w.Null();
    }
    w.EndObject();
    out << buf.GetString() << "\n";
  }
}

}  // namespace orienta::testing
