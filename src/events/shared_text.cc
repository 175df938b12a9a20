#include "events/shared_text.h"

#include <mutex>
#include <unordered_map>

namespace eg {

namespace {

// Keys view the strings the entries own; an entry is erased (under the lock)
// before its string is deleted, so no key outlives its bytes.
struct Pool {
  std::mutex mu;
  std::unordered_map<std::string_view, std::weak_ptr<const std::string>> texts;
};

Pool& ThePool() {
  static Pool* pool = new Pool;  // never destroyed: texts may die after main
  return *pool;
}

void Release(const std::string* s) {
  {
    Pool& pool = ThePool();
    std::lock_guard<std::mutex> lock(pool.mu);
    auto it = pool.texts.find(std::string_view(*s));
    // Another thread may have replaced the dead entry with a live copy.
    if (it != pool.texts.end() && it->first.data() == s->data()) pool.texts.erase(it);
  }
  delete s;
}

}  // namespace

std::shared_ptr<const std::string> ShareText(std::string_view text) {
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mu);
  auto it = pool.texts.find(text);
  if (it != pool.texts.end()) {
    if (auto live = it->second.lock()) return live;
    pool.texts.erase(it);  // its string is being released; Release finds no entry
  }
  std::shared_ptr<const std::string> s(new std::string(text), Release);
  pool.texts.emplace(std::string_view(*s), s);
  return s;
}

size_t SharedTextCount() {
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mu);
  return pool.texts.size();
}

}  // namespace eg
