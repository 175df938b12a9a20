#include "corpus/index_table.h"

namespace eg {

namespace {

// splitmix64's finaliser: every input bit moves every output bit, so the
// slot (low bits of the tag) and the tag (top bits of the hash) are both
// usable even for sequential inode numbers.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

uint64_t IndexTable::Hash(uint64_t a, uint64_t b) { return Mix(Mix(a) ^ (b + 0x9e3779b97f4a7c15ULL)); }

void IndexTable::Insert(uint64_t hash, uint32_t index) {
  if ((size_ + 1) * 4 > slots_.size() * 3) Grow();  // at most 3/4 full
  const uint32_t tag = Tag(hash);
  size_t p = tag & mask_;
  while (slots_[p].index != kNone) p = (p + 1) & mask_;
  slots_[p] = {tag, index};
  ++size_;
}

void IndexTable::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  const size_t n = old.empty() ? 64 : old.size() * 2;
  slots_.assign(n, Slot{0, kNone});
  mask_ = n - 1;
  // The slot comes from the tag alone, so the table can be rebuilt from
  // what it stores: up to 2^32 slots, far beyond any listing.
  for (const Slot& s : old) {
    if (s.index == kNone) continue;
    size_t p = s.tag & mask_;
    while (slots_[p].index != kNone) p = (p + 1) & mask_;
    slots_[p] = s;
  }
}

}  // namespace eg
