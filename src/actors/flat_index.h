// FlatIndex: a map from short strings to int32 values for the actors
// stage's per-document bookkeeping (names by surname, discovered persons by
// key, memoised matches), made to be kept by a thread and cleared for each
// document: keys are copied into one byte arena and slots live in one
// open-addressing array, so once the thread has seen a large document,
// inserting allocates nothing, and Clear() costs the number of keys
// inserted, not the table's size.
// Keys are compared byte for byte (a hash match alone never counts).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "actors/fold.h"

namespace eg {

class FlatIndex {
 public:
  // Empties the index; keeps the memory.
  void Clear();
  size_t size() const { return used_.size(); }
  // Value stored for `key`, or nullptr. Inline: the actors stage looks
  // names up several times per mention, and the call cost more than the
  // lookup (a short key, nearly always one slot).
  const int32_t* Find(std::string_view key) const {
    if (used_.empty()) return nullptr;
    const Slot& s = slots_[Locate(key, Hash(key))];
    return s.full ? &s.value : nullptr;
  }
  int32_t* Find(std::string_view key) {
    return const_cast<int32_t*>(static_cast<const FlatIndex*>(this)->Find(key));
  }
  // Inserts key -> value unless the key is there; either way returns the
  // stored value's slot and whether it was inserted (as map::emplace).
  std::pair<int32_t*, bool> Insert(std::string_view key, int32_t value);

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0, len = 0;  // key bytes: arena_[off, off + len)
    int32_t value = 0;
    bool full = false;
  };
  static uint64_t Hash(std::string_view key) { return HashFoldedBytes(key); }
  // Its slot or the empty one where it would go.
  size_t Locate(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = (h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.full) return i;
      if (s.hash == h && s.len == key.size() &&
          (key.empty() || std::memcmp(arena_.data() + s.off, key.data(), key.size()) == 0))
        return i;
    }
  }
  void Grow();
  std::vector<Slot> slots_;   // power-of-two size, at most half full
  std::vector<uint32_t> used_;  // indices of full slots, for Clear()
  std::string arena_;
};

}  // namespace eg
