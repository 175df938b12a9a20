// Pretty-printed JSON appended to a string directly, byte for byte as
// nlohmann's dump(1) (json_stream.h) prints the same document, without
// building a DOM: events.json and timeline.json write one object per event,
// and a DOM per event cost most of their CPU and grew with the event's
// mentions.
//   AppendJsonString  a string value: '"', '\\' and control characters
//                     escaped as nlohmann does (ensure_ascii off); text that
//                     is not valid UTF-8 goes through nlohmann's own
//                     serializer (invalid bytes replaced by U+FFFD).
//   JsonObjectWriter  one object whose closing brace is indented `level`
//                     spaces (members one deeper), member by member.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

void AppendJsonString(std::string* out, std::string_view s);

class JsonObjectWriter {
 public:
  // Writes the opening brace at the current end of `out`.
  JsonObjectWriter(std::string* out, int level) : out_(out), level_(level) { out_->push_back('{'); }
  // Starts a member: separator, indentation, quoted key and ": ". The value
  // follows (one of the typed members below, or any text the caller appends).
  void Key(std::string_view key);
  void String(std::string_view key, std::string_view value);
  void StringOrNull(std::string_view key, std::string_view value);  // null when empty
  void Bool(std::string_view key, bool value);
  void Unsigned(std::string_view key, uint64_t value);
  void Int(std::string_view key, int64_t value);
  void StringArray(std::string_view key, const std::vector<std::string>& values);
  // The level of a nested object or array element inside this object's members.
  int member_level() const { return level_ + 1; }
  // Writes the closing brace ("{}" when no member was written).
  void Close();

 private:
  std::string* out_;
  int level_;
  bool empty_ = true;
};

// Array value inside an object at `member_level` (see JsonObjectWriter):
// Begin(n) writes "[]" for n == 0, else "[\n"; Element(i) the separator and
// indentation before element i; End() the closing bracket.
class JsonArrayWriter {
 public:
  JsonArrayWriter(std::string* out, int member_level, size_t n);
  int element_level() const { return level_ + 1; }
  void Element(size_t i);
  void End();

 private:
  std::string* out_;
  int level_;
  size_t n_;
};

}  // namespace eg
