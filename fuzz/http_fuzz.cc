// Fuzzes the HTTP server without a socket: the input is what a client sends on one connection
// (one request, several pipelined, or any bytes), answered by the real routes, limits and
// handlers over an index of the sample (Server::exchange). Checks that every answer is HTTP.
#include <fstream>

#include "orienta/server.h"

#include "world.h"

namespace {

using orienta::fuzz::check;

// A server without keys (every request a responder's) and one with a key file, where the
// input's keys are unknown: the refusals and the throttle are fuzzed too.
orienta::api::Server& server(bool with_keys) {
  static std::unique_ptr<orienta::api::Server> servers[2];
  auto& s = servers[with_keys ? 1 : 0];
  if (!s) {
    orienta::api::ServerOptions options;
    options.db_dir = orienta::fuzz::world().db;
    options.port = 0;
    options.threads = 1;
    if (with_keys) {
      auto key = orienta::api::make_key("chatbot", "chatbot");
      if (!key.ok()) {
        orienta::fuzz::die(key.status().message());
      }
      options.keys_file = orienta::fuzz::temp_folder("keys") / "keys.tsv";
      std::ofstream(options.keys_file) << key->line << "\n";
    }
    auto made = orienta::api::Server::create(options);
    if (!made.ok()) {
      orienta::fuzz::die(made.status().message());
    }
    s = std::move(made).value();
  }
  return *s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)server(false);
  (void)server(true);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  // The first byte chooses the server; the rest is the connection's bytes.
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string answer = server((data[0] & 1) != 0).exchange(bytes);
  check(answer.empty() || answer.rfind("HTTP/1.1 ", 0) == 0);
  return 0;
}
