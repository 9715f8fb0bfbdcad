// The server's connections: a listening socket whose connections are served on worker threads,
// request after request, each request within a deadline; and the same loop over bytes in
// memory, for fuzzing and tests. The requests themselves are parsed and answered by
// cpp-httplib (Server::process_request) through a RequestHandler.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <httplib.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "orienta/status.h"

namespace orienta::api {

/// Reads one request from a stream and writes its response; `last` asks for
/// "Connection: close"; `closed` is set when the client asked to close. False when the
/// connection cannot go on (nothing could be read, or the response could not be written).
using RequestHandler = std::function<bool(httplib::Stream& stream, bool last, bool& closed)>;

struct ConnectionLimits {
  /// The time a request has to arrive whole (its line, headers and body), and a response to be
  /// written, from its first byte: a client that sends or reads slowly cannot hold a worker.
  double request_seconds = 10.0;
  /// How long an open connection may wait for its next request.
  double idle_seconds = 5.0;
  /// The most bytes one request may take (line, headers and body); past them it is cut off.
  std::size_t request_bytes = 192 * 1024;
  /// Requests served on one connection before it is closed.
  std::size_t requests_per_connection = 1000;
};

enum class Overrun { kNone, kTime, kBytes };

/// A connection seen by the loop: a Stream with the deadlines of ConnectionLimits.
class Connection : public httplib::Stream {
 public:
  /// Waits up to `seconds` for the first byte of a request (true at once when bytes are
  /// already buffered). False when the client closed, nothing came or the server stops.
  virtual bool wait_for_request(double seconds) = 0;
  /// Starts the clocks and the byte count of a new request.
  virtual void begin_request() = 0;
  /// Whether the current request overran its time or byte limit.
  virtual Overrun overrun() const = 0;
};

/// How the request being served on this thread overran its limits (kNone when none or when no
/// request is being served): for the error handler, to answer 408 or 413 rather than 400.
Overrun current_overrun();

/// Serves the requests of `c` one after the other (pipelined ones included) until the client
/// closes, a request cannot be read or answered, `stopping` is set or the limit of requests
/// is reached.
void serve_connection(Connection& c, const RequestHandler& handle, const ConnectionLimits& limits,
                      const std::atomic<bool>& stopping);

/// What a client that sent `bytes` on one connection (and then waited) gets back.
std::string exchange_in_memory(std::string_view bytes, const RequestHandler& handle,
                               const ConnectionLimits& limits);

/// The limits on the connections the listener takes.
struct ListenerOptions {
  std::string host = "127.0.0.1";
  int port = 0;                         ///< 0: any free port
  std::size_t threads = 256;            ///< connections served at once
  std::size_t per_address = 64;         ///< open connections per client address
  std::size_t open_connections = 1024;  ///< open connections in all (served or waiting)
  ConnectionLimits limits;
};

/// Accepts connections and serves them with serve_connection on a pool of threads. A client
/// address with `per_address` connections open, or a server with `open_connections`, gets a
/// short 429 or 503 answer and its new connection is closed.
class Listener {
 public:
  /// Binds and listens. Errors: kUnavailable (a port in use, an unknown host).
  static Result<std::unique_ptr<Listener>> bind(const ListenerOptions& options);
  ~Listener();
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  int port() const { return port_; }
  /// Accepts and serves until stop(); returns once every connection is closed.
  void run(const RequestHandler& handle);
  /// Stops accepting, ends the open connections at their next wait, and makes run() return.
  /// Thread-safe, and safe to call more than once.
  void stop();
  /// True from run()'s start until stop().
  bool running() const { return running_; }

 private:
  Listener() = default;
  void serve(int fd, const std::string& address, const RequestHandler& handle);
  void release(const std::string& address);

  ListenerOptions options_;
  int listen_fd_ = -1;
  int stop_pipe_[2] = {-1, -1};
  int port_ = 0;
  std::atomic<bool> running_{false};
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::map<std::string, std::size_t> open_by_address_;
  std::size_t open_ = 0;
};

}  // namespace orienta::api
