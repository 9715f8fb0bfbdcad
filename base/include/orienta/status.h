// Status and Result<T>: how every Orienta library reports an expected failure.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace orienta {

/// What kind of failure a Status carries; the api layer maps it to an HTTP status.
enum class StatusCode {
  kOk,               ///< no failure
  kInvalidArgument,  ///< the caller's input is wrong (400)
  kNotFound,         ///< the thing asked for does not exist (404)
  kUnavailable,      ///< a resource (index, file) cannot be used now (503)
  kInternal,         ///< a bug or an unexpected library failure (500)
};

/// A failure with a message fit for a user: what, where and why.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok() { return {}; }
  static Status invalid_argument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status not_found(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

/// Either a value or a failed Status. Check ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor): return a T
  Result(Status status)
      : v_(std::move(status)) {  // NOLINT(google-explicit-constructor): return a Status
    assert(!std::get<Status>(v_).is_ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  /// The failure; an ok Status when the result holds a value.
  Status status() const { return ok() ? Status::ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace orienta
