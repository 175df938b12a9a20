#include "actors/flat_index.h"

#include "actors/fold.h"

namespace eg {

void FlatIndex::Clear() {
  for (uint32_t i : used_) slots_[i] = Slot();
  used_.clear();
  arena_.clear();
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
