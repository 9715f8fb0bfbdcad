// The worker's promises (api/src/worker.h): work runs on the worker's own thread, always the
// same one, the caller waits for it, what it throws reaches the caller, and concurrent callers
// are served one after the other.
#include "worker.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>
#include <thread>
#include <vector>

namespace orienta::api {
namespace {

TEST(WorkerTest, RunsTheWorkOnItsOwnThreadAndReturnsWhenItIsDone) {
  Worker worker;
  std::thread::id first;
  std::thread::id second;
  int done = 0;
  worker.run([&] {
    first = std::this_thread::get_id();
    ++done;
  });
  EXPECT_EQ(done, 1);  // done before run() returned
  worker.run([&] {
    second = std::this_thread::get_id();
    ++done;
  });
  EXPECT_EQ(done, 2);
  EXPECT_NE(first, std::this_thread::get_id());
  EXPECT_EQ(first, second);
}

TEST(WorkerTest, WhatTheWorkThrowsIsThrownToTheCallerAndTheWorkerGoesOn) {
  Worker worker;
  EXPECT_THROW(worker.run([] { throw std::runtime_error("bad request"); }), std::runtime_error);
  bool ran = false;
  worker.run([&] { ran = true; });
  EXPECT_TRUE(ran);
}

TEST(WorkerTest, ConcurrentCallersAreServedOneAfterTheOther) {
  Worker worker;
  std::atomic<int> inside{0};
  std::atomic<int> most{0};
  int total = 0;  // written by the worker's thread alone
  std::vector<std::thread> callers;
  for (int c = 0; c < 8; ++c) {
    callers.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        worker.run([&] {
          most = std::max(most.load(), ++inside);
          ++total;
          --inside;
        });
      }
    });
  }
  for (auto& t : callers) {
    t.join();
  }
  EXPECT_EQ(most.load(), 1);
  EXPECT_EQ(total, 8 * 50);
}

}  // namespace
}  // namespace orienta::api
