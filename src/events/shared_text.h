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

}  // namespace eg
