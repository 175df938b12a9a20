#include "actors/flat_index.h"

#include "actors/fold.h"

namespace eg {

uint64_t FlatIndex::Hash(std::string_view key) { return HashFoldedBytes(key); }

void FlatIndex::Clear() {
  for (uint32_t i : used_) slots_[i] = Slot();
  used_.clear();
  arena_.clear();
}

size_t FlatIndex::Locate(std::string_view key, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = (h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.full) return i;
    if (s.hash == h && s.len == key.size() && arena_.compare(s.off, s.len, key) == 0) return i;
  }
}

const int32_t* FlatIndex::Find(std::string_view key) const {
  if (used_.empty()) return nullptr;
  const Slot& s = slots_[Locate(key, Hash(key))];
  return s.full ? &s.value : nullptr;
}

void FlatIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
  used_.clear();
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.full) continue;
    size_t i = (s.hash ^ (s.hash >> 29)) & mask;
    while (slots_[i].full) i = (i + 1) & mask;
    slots_[i] = s;
    used_.push_back(uint32_t(i));
  }
}

std::pair<int32_t*, bool> FlatIndex::Insert(std::string_view key, int32_t value) {
  if ((used_.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = Hash(key);
  const size_t i = Locate(key, h);
  Slot& s = slots_[i];
  if (s.full) return {&s.value, false};
  s.hash = h;
  s.off = uint32_t(arena_.size());
  s.len = uint32_t(key.size());
  s.value = value;
  s.full = true;
  arena_.append(key);
  used_.push_back(uint32_t(i));
  return {&s.value, true};
}

}  // namespace eg
