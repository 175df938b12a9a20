// ShareText(): one immutable copy of each distinct evidence sentence.
//
// Every event mention keeps its sentence until the merge, for every document
// of the corpus. News repeats sentences word for word (wire copies, updated
// versions of one article, a sentence naming two events), so mentions point
// to one shared buffer per distinct text instead of a copy each. The pool
// only remembers texts some mention still holds: memory follows the live
// mentions, not everything ever seen. Thread-safe (the workers share it).
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace eg {

// The shared buffer holding `text`: the one already alive if any, else a new one.
std::shared_ptr<const std::string> ShareText(std::string_view text);

// Number of distinct texts alive in the pool (for tests).
size_t SharedTextCount();

// A text held through ShareText(): what an event's mentions keep of their
// sentences, so that the merged events, like the mentions before them, hold
// one copy of a sentence however many documents repeat it. Reads as a
// const std::string&; built from a string (pooled) or a shared buffer.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string_view s) : p_(s.empty() ? nullptr : ShareText(s)) {}  // NOLINT
  SharedText(const std::string& s) : SharedText(std::string_view(s)) {}       // NOLINT
  SharedText(const char* s) : SharedText(std::string_view(s)) {}              // NOLINT
  SharedText(std::shared_ptr<const std::string> p) : p_(std::move(p)) {}     // NOLINT

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  bool operator==(const SharedText& o) const { return str() == o.str(); }

 private:
  std::shared_ptr<const std::string> p_;
};

}  // namespace eg
