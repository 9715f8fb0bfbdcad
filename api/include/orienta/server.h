// The HTTP API server: search, match, documents and themes for the console and chatbots.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "orienta/status.h"

namespace orienta::api {

/// What an API key may do.
enum class Role {
  kResponder,  ///< everything
  kChatbot,    ///< services and dossiers; never the text of past answers
  kAnalyst,    ///< theme statistics and scrubbed answers; no matching
};

/// How the server runs. Defaults suit a responder's laptop.
struct ServerOptions {
  std::filesystem::path db_dir;    ///< the index (written by `orienta index`)
  std::filesystem::path data_dir;  ///< reference data; empty: the default
  /// The web pages (index.html, analytics.html, assets/); empty: the repository's web/
  std::filesystem::path web_dir;
  std::string host = "127.0.0.1";
  int port = 8080;  ///< 0: any free port (see Server::port())
  int threads = 0;  ///< engines (Xapian handles) working at once; 0: 2 per core, at least 4
  /// API keys (see docs/api.md); empty: no keys, and then the server only binds 127.0.0.1.
  std::filesystem::path keys_file;
  double rate_per_second = 20.0;          ///< per key
  double rate_burst = 40.0;               ///< per key
  std::vector<std::string> cors_origins;  ///< origins allowed to call from a browser
  /// Open connections per client address; past them a new one gets 429 and is closed.
  int connections_per_address = 64;
  /// The time a request has to arrive whole, from its first byte (then 408), and a response
  /// to be written: a client that sends or reads slowly cannot hold a connection thread.
  double request_seconds = 10.0;
  /// Debug: log the body of /v1/match, scrubbed of personal data as the index's answers are.
  bool log_text = false;
  /// Where the one-line JSON request logs go; empty: nowhere.
  std::function<void(const std::string&)> log;
};

/// An HTTP server over one index. start() returns once the server listens; connections are
/// served on a pool of threads (pipelined requests answered in turn, each request within
/// `request_seconds`, at most `connections_per_address` open per client address), and requests
/// on a pool of engines, each with its own Xapian handles. A new index
/// generation written by `orienta index` is picked up without a restart. stop() (or the
/// destructor) stops it. The public methods are thread-safe.
class Server {
 public:
  /// Opens the index, the reference data and the key file, and binds the socket.
  /// Errors: kUnavailable for a missing index or a port in use, kInvalidArgument for a bad
  /// key file or, without a key file, a host other than 127.0.0.1/localhost.
  static Result<std::unique_ptr<Server>> create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Serves in background threads; returns at once.
  void start();
  /// Serves on this thread until stop() is called from another one.
  void run();
  void stop();
  /// The port the server listens on.
  int port() const;
  /// Notices for the operator (e.g. no key file: bound to 127.0.0.1 only).
  const std::vector<std::string>& notices() const;
  /// Answers `bytes`, what a client sends on one connection (a request, several pipelined,
  /// or any bytes at all), as a connection would, and returns what it would send back. No
  /// socket is used: for fuzzing and tests. Thread-safe.
  std::string exchange(std::string_view bytes);

 private:
  Server();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A new random API key ("ok_" + 40 hex digits) and its line for the key file
/// (`KEY_ID<TAB>ROLE<TAB>SHA256(KEY)`): only the hash is stored.
struct NewKey {
  std::string key;
  std::string line;
};
/// Errors: kInvalidArgument for an unknown role or a key id that is not [a-z0-9_-]+.
Result<NewKey> make_key(const std::string& key_id, const std::string& role);

}  // namespace orienta::api
