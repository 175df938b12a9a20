// Status: the result of an operation that can fail on bad input, LevelDB style.
// A Status is either OK or carries a code and a message meant for the user;
// the message names the file and the problem ("seeds/x.txt: not UTF-8 at byte 12").
// Functions return Status instead of throwing for anything input can cause.
#pragma once
#include <string>
#include <utility>

namespace eg {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIOError, kUnsupported };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return msg_; }
  std::string ToString() const { return ok() ? std::string("OK") : msg_; }

 private:
  Status(Code c, std::string m) : code_(c), msg_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string msg_;
};

}  // namespace eg
