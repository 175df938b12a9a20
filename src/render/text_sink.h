// Where a renderer writes its text, piece by piece, so that a large output
// never has to be held whole in memory.
//   StringSink  appends to a string (tests, `eventgraph render` readers);
//   OutputFile  (atomic_file.h) writes through a buffer to a temporary file
//               renamed into place on Close().
// Write() never fails visibly: a sink that cannot write remembers the first
// error and reports it when it is closed.
#pragma once
#include <string>
#include <string_view>

namespace eg {

class TextSink {
 public:
  virtual ~TextSink() = default;
  virtual void Write(std::string_view s) = 0;
};

class StringSink : public TextSink {
 public:
  explicit StringSink(std::string* out) : out_(out) {}
  void Write(std::string_view s) override { out_->append(s); }

 private:
  std::string* out_;
};

}  // namespace eg
