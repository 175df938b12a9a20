// IndexTable: an open-addressing hash set of 32-bit indices into a list the
// caller owns (the keys are not stored, only 32 bits of their hash), 8 bytes
// a slot, at most 3/4 full. Find returns an index only after the caller's
// `same(index)` has compared the real key, so two keys whose hashes collide
// are still told apart: a collision costs a comparison, never a wrong match.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace eg {

class IndexTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The first index inserted with this hash whose key `same(index)` accepts,
  // or kNone.
  template <class Same>
  uint32_t Find(uint64_t hash, Same&& same) const {
    if (slots_.empty()) return kNone;
    const uint32_t tag = Tag(hash);
    for (size_t p = tag & mask_;; p = (p + 1) & mask_) {
      const Slot& s = slots_[p];
      if (s.index == kNone) return kNone;
      if (s.tag == tag && same(s.index)) return s.index;
    }
  }
  // Adds `index` (not kNone) under `hash`; an equal key already present is
  // not looked for (Find first).
  void Insert(uint64_t hash, uint32_t index);
  size_t size() const { return size_; }
  size_t bytes() const { return slots_.capacity() * sizeof(Slot); }

  // A 64-bit hash of two integers (well mixed: the table uses its top bits).
  static uint64_t Hash(uint64_t a, uint64_t b);

 private:
  struct Slot {
    uint32_t tag;
    uint32_t index;  // kNone: empty
  };
  static uint32_t Tag(uint64_t hash) { return uint32_t(hash >> 32); }
  void Grow();

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace eg
