// WordMap / WordSet: fixed tables of short words for lookups on hot paths.
//
// A linear `w == "a" || w == "b" || ...` (or OneOf over an initializer list)
// costs one length check and often a memcmp call per listed word; over a
// list of 30-60 words, called for every token, that is hundreds of
// instructions per token. These tables hash the word once (eight bytes at a
// time, no per-byte loop) and compare bytes only on a full 64-bit hash
// match. Lookups never allocate; words are matched byte for byte (pass the
// lower-cased form from TextAnalysis::Lower when case must not matter).
//
// Build them once, e.g. as function-local statics:
//   static const WordSet kOpeners{"which", "who", "that"};
//   if (kOpeners.Has(text.Lower(tok))) ...
#pragma once
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eg {

// Hash of a word's bytes: eight bytes per step, so short words cost two or
// three multiplications.
inline uint64_t WordHash(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  uint64_t h = (uint64_t(n) + 1) * 0x9E3779B97F4A7C15ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  if (i < n) {
    uint64_t x = 0;
    for (size_t k = 0; i + k < n; ++k) x |= uint64_t(static_cast<unsigned char>(p[i + k])) << (8 * k);
    h = (h ^ x) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  }
  return h;
}

template <class V>
class WordMap {
 public:
  WordMap() = default;
  WordMap(std::initializer_list<std::pair<std::string_view, V>> entries) {
    for (const auto& [w, v] : entries) Set(w, v);
  }

  // Adds `word` or replaces its value.
  void Set(std::string_view word, const V& value) {
    if (V* v = FindMutable(word)) {
      *v = value;
      return;
    }
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Insert(word, value, WordHash(word));
  }
  // The value stored for `word`, or nullptr.
  const V* Find(std::string_view word) const {
    if (size_ == 0 || !(length_mask_ & LengthBit(word.size()))) return nullptr;
    const uint64_t h = WordHash(word);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.len == word.size() &&
          std::memcmp(arena_.data() + s.off, word.data(), word.size()) == 0)
        return &values_[s.value];
    }
  }
  bool Has(std::string_view word) const { return Find(word) != nullptr; }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0, len = 0;
    uint32_t value = 0;
    bool used = false;
  };
  static uint64_t LengthBit(size_t n) { return uint64_t(1) << (n < 63 ? n : 63); }

  V* FindMutable(std::string_view word) {
    const V* v = static_cast<const WordMap*>(this)->Find(word);
    return const_cast<V*>(v);
  }
  void Insert(std::string_view word, const V& value, uint64_t h) {
    Slot s;
    s.hash = h;
    s.off = uint32_t(arena_.size());
    s.len = uint32_t(word.size());
    s.value = uint32_t(values_.size());
    s.used = true;
    arena_.append(word.data(), word.size());
    values_.push_back(value);
    Place(s);
    length_mask_ |= LengthBit(word.size());
    ++size_;
  }
  void Place(const Slot& s) {
    size_t i = s.hash & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    slots_[i] = s;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.used) Place(s);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  uint64_t length_mask_ = 0;  // bit n: some word has length n (63: >= 63)
  std::string arena_;         // the words' bytes
  std::vector<V> values_;
};

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) map_.Set(w, 1);
  }
  void Add(std::string_view word) { map_.Set(word, 1); }
  bool Has(std::string_view word) const { return map_.Has(word); }
  size_t size() const { return map_.size(); }

 private:
  WordMap<char> map_;
};

}  // namespace eg
