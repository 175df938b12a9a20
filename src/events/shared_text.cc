#include "events/shared_text.h"

#include <functional>
#include <mutex>
#include <unordered_map>

namespace eg {

namespace {

// Keys view the strings the entries own; an entry is erased (under its
// shard's lock) before its string is deleted, so no key outlives its bytes.
// The pool is split into shards by the text's hash, each with its own lock:
// with one lock the workers queued on it (a sentence is pooled for each
// event mention and released when its mentions are gone).
struct Shard {
  std::mutex mu;
  std::unordered_map<std::string_view, std::weak_ptr<const std::string>> texts;
};
constexpr size_t kShards = 16;

Shard& ShardAt(size_t k) {
  static Shard* shards = new Shard[kShards];  // never destroyed: texts may die after main
  return shards[k];
}

Shard& ShardOf(std::string_view text) {
  return ShardAt(std::hash<std::string_view>()(text) % kShards);
}

void Release(const std::string* s) {
  {
    Shard& shard = ShardOf(*s);
    std::lock_guard<std::mutex> lock(shard.mu);
    auto it = shard.texts.find(std::string_view(*s));
    // Another thread may have replaced the dead entry with a live copy.
    if (it != shard.texts.end() && it->first.data() == s->data()) shard.texts.erase(it);
  }
  delete s;
}

}  // namespace

std::shared_ptr<const std::string> ShareText(std::string_view text) {
  Shard& shard = ShardOf(text);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.texts.find(text);
  if (it != shard.texts.end()) {
    if (auto live = it->second.lock()) return live;
    shard.texts.erase(it);  // its string is being released; Release finds no entry
  }
  std::shared_ptr<const std::string> s(new std::string(text), Release);
  shard.texts.emplace(std::string_view(*s), s);
  return s;
}

size_t SharedTextCount() {
  size_t n = 0;
  for (size_t k = 0; k < kShards; ++k) {
    Shard& shard = ShardAt(k);
    std::lock_guard<std::mutex> lock(shard.mu);
    n += shard.texts.size();
  }
  return n;
}

const std::string& SharedText::str() const {
  static const std::string* const kEmpty = new std::string;
  return p_ ? *p_ : *kEmpty;
}

}  // namespace eg
