// The server's connections: sockets, deadlines, pipelining and the limits per client address.
#include "listener.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include "orienta/api.h"

namespace orienta::api {
namespace {

using Clock = std::chrono::steady_clock;

thread_local const Connection* serving = nullptr;

Clock::time_point after(double seconds) {
  return Clock::now() +
         std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

int millis_until(Clock::time_point deadline) {
  const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 60 * 60 * 1000));
}

// The numeric address and port of a socket address.
void name_of(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
    port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
    port = ntohs(a->sin6_port);
  }
  ip = text;
}

// A client's socket (non-blocking): reads ahead into a buffer that outlives each request, so
// that pipelined requests are read in turn, and waits for the socket within the deadlines.
class SocketConnection final : public Connection {
 public:
  SocketConnection(int fd, int stop_fd, const ConnectionLimits& limits)
      : fd_(fd), stop_fd_(stop_fd), limits_(limits) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      name_of(addr, remote_ip_, remote_port_);
    }
    len = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      name_of(addr, local_ip_, local_port_);
    }
  }

  bool wait_for_request(double seconds) override {
    if (pos_ < len_) {
      return true;
    }
    pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    const Clock::time_point deadline = after(seconds);
    for (;;) {
      const int r = poll(fds, 2, millis_until(deadline));
      if (r < 0 && errno == EINTR) {
        continue;
      }
      return r > 0 && fds[1].revents == 0;
    }
  }

  void begin_request() override {
    read_deadline_ = after(limits_.request_seconds);
    writing_ = false;
    bytes_ = 0;
    overrun_ = Overrun::kNone;
  }

  Overrun overrun() const override { return overrun_; }

  bool is_readable() const override { return pos_ < len_ || ready(POLLIN, read_deadline_); }
  bool is_writable() const override {
    return ready(POLLOUT, writing_ ? write_deadline_ : after(0));
  }

  ssize_t read(char* ptr, std::size_t size) override {
    if (overrun_ != Overrun::kNone) {
      return -1;
    }
    if (pos_ == len_) {
      for (;;) {
        const ssize_t n = recv(fd_, buffer_, sizeof buffer_, 0);
        if (n > 0) {
          pos_ = 0;
          len_ = static_cast<std::size_t>(n);
          break;
        }
        if (n == 0) {
          return 0;
        }
        if (errno == EINTR) {
          continue;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
          return -1;
        }
        if (!ready(POLLIN, read_deadline_)) {
          overrun_ = Overrun::kTime;
          return -1;
        }
      }
    }
    const std::size_t n = std::min(size, len_ - pos_);
    if (bytes_ + n > limits_.request_bytes) {
      overrun_ = Overrun::kBytes;
      return -1;
    }
    std::memcpy(ptr, buffer_ + pos_, n);
    pos_ += n;
    bytes_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, std::size_t size) override {
    if (!writing_) {
      writing_ = true;
      write_deadline_ = after(limits_.request_seconds);
    }
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = send(fd_, ptr + done, size - done, MSG_NOSIGNAL);
      if (n >= 0) {
        done += static_cast<std::size_t>(n);
        continue;
      }
      if (errno == EINTR) {
        continue;
      }
      if ((errno != EAGAIN && errno != EWOULDBLOCK) || !ready(POLLOUT, write_deadline_)) {
        return -1;
      }
    }
    return static_cast<ssize_t>(size);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = remote_ip_;
    port = remote_port_;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = local_ip_;
    port = local_port_;
  }
  socket_t socket() const override { return fd_; }

 private:
  // True when the socket is ready for `events` before `deadline`.
  bool ready(short events, Clock::time_point deadline) const {
    pollfd p = {fd_, events, 0};
    for (;;) {
      const int r = poll(&p, 1, millis_until(deadline));
      if (r < 0 && errno == EINTR) {
        continue;
      }
      return r > 0 && (p.revents & (events | POLLHUP | POLLERR)) != 0;
    }
  }

  int fd_;
  int stop_fd_;
  const ConnectionLimits& limits_;
  std::string remote_ip_, local_ip_;
  int remote_port_ = 0, local_port_ = 0;
  char buffer_[16 * 1024];
  std::size_t pos_ = 0, len_ = 0;
  Clock::time_point read_deadline_ = Clock::now();
  Clock::time_point write_deadline_ = Clock::now();
  bool writing_ = false;
  std::size_t bytes_ = 0;
  Overrun overrun_ = Overrun::kNone;
};

// The bytes of one connection in memory: what the client sent, then its end.
class MemoryConnection final : public Connection {
 public:
  MemoryConnection(std::string_view in, const ConnectionLimits& limits)
      : in_(in), limits_(limits) {}

  bool wait_for_request(double) override { return pos_ < in_.size(); }
  void begin_request() override {
    bytes_ = 0;
    overrun_ = Overrun::kNone;
  }
  Overrun overrun() const override { return overrun_; }
  bool is_readable() const override { return pos_ < in_.size(); }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, std::size_t size) override {
    const std::size_t n = std::min(size, in_.size() - pos_);
    if (bytes_ + n > limits_.request_bytes) {
      overrun_ = Overrun::kBytes;
      return -1;
    }
    std::memcpy(ptr, in_.data() + pos_, n);
    pos_ += n;
    bytes_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, std::size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return -1; }
  std::string& out() { return out_; }

 private:
  std::string_view in_;
  const ConnectionLimits& limits_;
  std::size_t pos_ = 0;
  std::size_t bytes_ = 0;
  Overrun overrun_ = Overrun::kNone;
  std::string out_;
};

// A whole answer for a connection refused before any request is read.
std::string refusal(int status, const char* reason, const char* code, const std::string& message) {
  const std::string body = error_json(code, message);
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
}

}  // namespace

Overrun current_overrun() { return serving != nullptr ? serving->overrun() : Overrun::kNone; }

void serve_connection(Connection& c, const RequestHandler& handle, const ConnectionLimits& limits,
                      const std::atomic<bool>& stopping) {
  for (std::size_t n = 0; n < limits.requests_per_connection; ++n) {
    if (stopping || !c.wait_for_request(limits.idle_seconds)) {
      return;
    }
    c.begin_request();
    const bool last = n + 1 == limits.requests_per_connection;
    bool closed = false;
    serving = &c;
    const bool went_on = handle(c, last, closed);
    serving = nullptr;
    if (!went_on || closed || last || c.overrun() != Overrun::kNone) {
      return;
    }
  }
}

std::string exchange_in_memory(std::string_view bytes, const RequestHandler& handle,
                               const ConnectionLimits& limits) {
  MemoryConnection c(bytes, limits);
  const std::atomic<bool> stopping{false};
  serve_connection(c, handle, limits, stopping);
  return std::move(c.out());
}

Result<std::unique_ptr<Listener>> Listener::bind(const ListenerOptions& options) {
  std::unique_ptr<Listener> l(new Listener());
  l->options_ = options;
  const std::string where = options.host + ":" + std::to_string(options.port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (getaddrinfo(options.host.c_str(), std::to_string(options.port).c_str(), &hints, &found) !=
          0 ||
      found == nullptr) {
    return Status::unavailable("cannot listen on " + where + ": unknown host");
  }
  const int fd = ::socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int yes = 1;
  const bool bound = fd >= 0 && setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes) == 0 &&
                     ::bind(fd, found->ai_addr, found->ai_addrlen) == 0 &&
                     listen(fd, SOMAXCONN) == 0;
  freeaddrinfo(found);
  if (!bound) {
    const std::string why = std::strerror(errno);
    if (fd >= 0) {
      close(fd);
    }
    return Status::unavailable("cannot listen on " + where + " (is the port in use?): " + why);
  }
  l->listen_fd_ = fd;
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  std::string ip;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  name_of(addr, ip, l->port_);
  if (pipe2(l->stop_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) {
    return Status::unavailable(std::string("cannot make a pipe: ") + std::strerror(errno));
  }
  return l;
}

Listener::~Listener() {
  stop();
  for (int fd : {listen_fd_, stop_pipe_[0], stop_pipe_[1]}) {
    if (fd >= 0) {
      close(fd);
    }
  }
}

void Listener::stop() {
  if (!stopping_.exchange(true) && stop_pipe_[1] >= 0) {
    // Never read: the pipe stays readable and wakes every wait, now and later.
    [[maybe_unused]] const ssize_t n = ::write(stop_pipe_[1], "x", 1);
  }
  running_ = false;
}

void Listener::run(const RequestHandler& handle) {
  const std::string too_many =
      refusal(429, "Too Many Requests", "too_many_connections",
              "too many open connections from this address (" +
                  std::to_string(options_.per_address) + " at most); close some or retry in 1 s");
  const std::string busy = refusal(503, "Service Unavailable", "busy",
                                   "the server has its most open connections; retry in 1 s");
  running_ = !stopping_;
  {
    httplib::ThreadPool pool(options_.threads);
    while (!stopping_) {
      pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
      if (poll(fds, 2, -1) < 0 || fds[1].revents != 0) {
        if (errno == EINTR && fds[1].revents == 0) {
          continue;
        }
        break;
      }
      const int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
      if (fd < 0) {
        if (errno == EMFILE || errno == ENFILE) {
          std::this_thread::sleep_for(std::chrono::milliseconds(10));  // until one closes
        }
        continue;
      }
      const int yes = 1;
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // no wait before the body
      sockaddr_storage addr{};
      socklen_t len = sizeof addr;
      std::string address;
      int port = 0;
      if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
        name_of(addr, address, port);
      }
      const std::string* refused = nullptr;
      {
        std::lock_guard<std::mutex> lock(mu_);
        std::size_t& mine = open_by_address_[address];
        if (open_ >= options_.open_connections) {
          refused = &busy;
        } else if (mine >= options_.per_address) {
          refused = &too_many;
        } else {
          ++open_;
          ++mine;
        }
        if (mine == 0) {
          open_by_address_.erase(address);
        }
      }
      if (refused != nullptr) {
        // What the client already sent is read first, so that closing does not reset the
        // connection before the answer arrives.
        char sink[4096];
        for (int i = 0; i < 16 && recv(fd, sink, sizeof sink, 0) > 0; ++i) {
        }
        [[maybe_unused]] const ssize_t n = send(fd, refused->data(), refused->size(), MSG_NOSIGNAL);
        shutdown(fd, SHUT_WR);
        close(fd);
        continue;
      }
      pool.enqueue([this, fd, address, &handle] { serve(fd, address, handle); });
    }
    pool.shutdown();  // the queued connections end at once: stopping_ is set
  }
  running_ = false;
}

void Listener::serve(int fd, const std::string& address, const RequestHandler& handle) {
  {
    SocketConnection c(fd, stop_pipe_[0], options_.limits);
    serve_connection(c, handle, options_.limits, stopping_);
  }
  close(fd);
  release(address);
}

void Listener::release(const std::string& address) {
  std::lock_guard<std::mutex> lock(mu_);
  --open_;
  auto it = open_by_address_.find(address);
  if (it != open_by_address_.end() && --it->second == 0) {
    open_by_address_.erase(it);
  }
}

}  // namespace orienta::api
