// The worker thread: one slot of work, handed over and awaited under one mutex.
#include "worker.h"

#include <utility>

namespace orienta::api {

Worker::Worker() : thread_([this] { loop(); }) {}

Worker::~Worker() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void Worker::run(const std::function<void()>& work) {
  std::lock_guard<std::mutex> one_at_a_time(busy_);
  std::unique_lock<std::mutex> lock(mu_);
  work_ = &work;
  cv_.notify_all();
  cv_.wait(lock, [&] { return work_ == nullptr; });
  if (error_) {
    std::rethrow_exception(std::exchange(error_, nullptr));
  }
}

void Worker::loop() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return work_ != nullptr || stop_; });
    if (work_ == nullptr) {
      return;  // stopping, with no work under way
    }
    lock.unlock();
    std::exception_ptr error;
    try {
      (*work_)();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    error_ = std::move(error);
    work_ = nullptr;
    cv_.notify_all();
  }
}

}  // namespace orienta::api
