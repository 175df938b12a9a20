// PackedWord / PackedWordMap: fixed tables of words for the events stage's
// per-token lookups (word classes, the first words of trigger and cue
// phrases).
//
// A word of up to 16 bytes packs into two integers and its length with
// loads of fixed size (the first and last bytes, overlapping): for a given
// length the pair determines the word, so a probe compares three integers,
// never calls memcmp and never hashes byte by byte. Longer words are stored
// too and compared in full after the packed key matches. Lookups never
// allocate; words match byte for byte (pass lower-cased tokens).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

struct PackedWord {
  uint64_t a = 0, b = 0;
  uint32_t len = 0;  // 0: no word
  bool operator==(const PackedWord& o) const { return a == o.a && b == o.b && len == o.len; }
};

namespace packed_internal {
template <typename T>
T Load(const char* p) {
  T x;
  std::memcpy(&x, p, sizeof x);
  return x;
}
}  // namespace packed_internal

// Reads only the n bytes at p.
inline PackedWord Pack(const char* p, uint32_t n) {
  using packed_internal::Load;
  PackedWord k;
  k.len = n;
  if (n >= 8) {
    k.a = Load<uint64_t>(p);
    k.b = Load<uint64_t>(p + n - 8);
  } else if (n >= 4) {
    k.a = uint64_t(Load<uint32_t>(p)) | (uint64_t(Load<uint32_t>(p + n - 4)) << 32);
  } else if (n > 0) {
    k.a = uint64_t(uint8_t(p[0])) | (uint64_t(uint8_t(p[n / 2])) << 8) |
          (uint64_t(uint8_t(p[n - 1])) << 16);
  }
  return k;
}
inline PackedWord Pack(std::string_view w) { return Pack(w.data(), uint32_t(w.size())); }

// Word -> V, built once, then read-only (safe to share between threads).
template <class V>
class PackedWordMap {
 public:
  // Adds `w` (non-empty) with `v`, or returns the value already stored.
  V* Insert(std::string_view w, const V& v) {
    if (V* old = FindMutable(w.data(), uint32_t(w.size()))) return old;
    if ((words_.size() + 1) * 4 > slots_.size()) Grow();
    words_.emplace_back(w);
    values_.push_back(v);
    Place(Pack(w), uint32_t(values_.size() - 1));
    return &values_.back();
  }
  const V* Find(const char* p, uint32_t n) const {
    if (n == 0 || slots_.empty()) return nullptr;
    const PackedWord k = Pack(p, n);
    for (uint32_t i = SlotOf(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key.len == 0) return nullptr;
      if (s.key == k && (n <= 16 || words_[s.value] == std::string_view(p, n)))
        return &values_[s.value];
    }
  }
  const V* Find(std::string_view w) const { return Find(w.data(), uint32_t(w.size())); }
  size_t size() const { return values_.size(); }
  // Every stored word and its value, in insertion order.
  const std::vector<std::string>& words() const { return words_; }
  std::vector<V>& values() { return values_; }

 private:
  struct Slot {
    PackedWord key;
    uint32_t value = 0;
  };
  static uint32_t SlotOf(const PackedWord& k) {
    uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full) ^ k.len;
    return uint32_t(h >> 40);
  }
  V* FindMutable(const char* p, uint32_t n) {
    return const_cast<V*>(static_cast<const PackedWordMap*>(this)->Find(p, n));
  }
  void Place(const PackedWord& k, uint32_t value) {
    uint32_t i = SlotOf(k) & mask_;
    while (slots_[i].key.len != 0) i = (i + 1) & mask_;
    slots_[i] = {k, value};
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    mask_ = uint32_t(slots_.size() - 1);
    for (const Slot& s : old)
      if (s.key.len != 0) Place(s.key, s.value);
  }

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  std::vector<std::string> words_;
  std::vector<V> values_;
};

}  // namespace eg
