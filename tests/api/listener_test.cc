// The listener's promises (api/src/listener.h) on a real socket, with a handler that answers
// each request "ok" once its headers have come.
#include "listener.h"

#include <arpa/inet.h>
#include <chrono>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

namespace orienta::api {
namespace {

using Clock = std::chrono::steady_clock;

bool answer_ok(httplib::Stream& s, bool, bool&) {
  std::string head;
  char c;
  while (head.size() < 4 || head.compare(head.size() - 4, 4, "\r\n\r\n") != 0) {
    if (s.read(&c, 1) != 1) {
      return false;
    }
    head += c;
  }
  const std::string ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
  return s.write(ok.data(), ok.size()) == static_cast<ssize_t>(ok.size());
}

class ListenerTest : public ::testing::Test {
 protected:
  void start(ListenerOptions options) {
    auto l = Listener::bind(options);
    ASSERT_TRUE(l.ok()) << l.status().message();
    listener_ = std::move(l).value();
    thread_ = std::thread([this] { listener_->run(answer_ok); });
    while (!listener_->running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  void TearDown() override {
    if (listener_) {
      listener_->stop();
      thread_.join();
    }
  }
  int connect_to() const {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(listener_->port()));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to), 0);
    return fd;
  }
  static std::string read_all(int fd) {
    std::string got;
    char buf[1024];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) {
      got.append(buf, static_cast<std::size_t>(n));
    }
    return got;
  }
  std::unique_ptr<Listener> listener_;
  std::thread thread_;
};

TEST_F(ListenerTest, AFullServerAnswers503AndAnIdleConnectionIsClosed) {
  ListenerOptions options;
  options.open_connections = 2;
  options.limits.idle_seconds = 1.0;
  start(options);
  const int a = connect_to();
  const int b = connect_to();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const int c = connect_to();
  const std::string refused = read_all(c);
  EXPECT_EQ(refused.rfind("HTTP/1.1 503 ", 0), 0U) << refused;
  EXPECT_NE(refused.find("\"code\":\"busy\""), std::string::npos) << refused;
  ::close(c);
  // The two that sent nothing are closed once idle for a second, and their places freed.
  const auto begin = Clock::now();
  EXPECT_EQ(read_all(a), "");
  const double waited = std::chrono::duration<double>(Clock::now() - begin).count();
  EXPECT_GT(waited, 0.5);
  EXPECT_LT(waited, 3.0);
  EXPECT_EQ(read_all(b), "");
  ::close(a);
  ::close(b);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const int d = connect_to();
  const std::string_view two = "GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n";
  ::send(d, two.data(), two.size(), MSG_NOSIGNAL);
  ::shutdown(d, SHUT_WR);
  EXPECT_EQ(read_all(d),
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  ::close(d);
}

TEST_F(ListenerTest, StopEndsWaitingConnectionsAtOnce) {
  ListenerOptions options;
  options.limits.idle_seconds = 30.0;
  start(options);
  const int a = connect_to();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto begin = Clock::now();
  listener_->stop();
  thread_.join();
  listener_.reset();
  EXPECT_LT(std::chrono::duration<double>(Clock::now() - begin).count(), 5.0);
  EXPECT_EQ(read_all(a), "");
  ::close(a);
}

TEST_F(ListenerTest, APortInUseIsAClearError) {
  start(ListenerOptions{});
  ListenerOptions same;
  same.port = listener_->port();
  auto second = Listener::bind(same);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(second.status().message().find("is the port in use?"), std::string::npos);
}

}  // namespace
}  // namespace orienta::api
