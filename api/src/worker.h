// A thread that runs one piece of work at a time for whoever hands it one, and waits.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace orienta::api {

/// One thread of its own, on which run() executes work handed from other threads. The server
/// gives one to each engine: the hundreds of connection threads only read requests and write
/// answers, and what a thread keeps for itself (the analyzer's word memo and ICU iterator,
/// malloc's thread caches) is kept by as many threads as there are engines. Thread-safe; the
/// work of concurrent run() calls is done one after the other.
class Worker {
 public:
  Worker();
  /// Waits for the work under way, then ends the thread.
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  /// Runs `work` on the worker's thread and returns when it is done; what it throws is thrown
  /// again here, on the caller's thread.
  void run(const std::function<void()>& work);

 private:
  void loop();

  std::mutex mu_;
  std::condition_variable cv_;
  std::mutex busy_;  // held by the run() under way
  const std::function<void()>* work_ = nullptr;
  std::exception_ptr error_;
  bool stop_ = false;
  std::thread thread_;  // last: starts once the rest is set up
};

}  // namespace orienta::api
