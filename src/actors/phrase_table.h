// PhraseTable: a token-level trie of lower-cased, diacritic-folded phrases,
// stored as one hash map from (node, token hash) to child node. Phrases are
// tokenised by the text stage's own rules, so "Secretary-General", "U.S." or
// "al-Assad" match exactly the tokens the text stage makes of them. Matching
// walks tokens in place: no allocation per token.
// A match's values are read from the trie edge that ends the phrase when
// there is one (most phrases), else from one flat array: no vector per
// node, no pointer chase to a separate heap block.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/text.h"

namespace eg {

class PhraseTable {
 public:
  // The values of a matched phrase, in the order added: a view into the
  // table, valid until the next Add(). Empty when nothing matched.
  class Values {
   public:
    Values() = default;
    Values(const uint32_t* p, uint32_t n) : p_(p), n_(n) {}
    uint32_t operator[](size_t i) const { return p_[i]; }
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    explicit operator bool() const { return n_ != 0; }
    const uint32_t* begin() const { return p_; }
    const uint32_t* end() const { return p_ + n_; }

   private:
    const uint32_t* p_ = nullptr;
    uint32_t n_ = 0;
  };
  // Adds `phrase` with `value`; false when the phrase has no tokens.
  bool Add(std::string_view phrase, uint32_t value);
  // Longest phrase that starts at token i and ends before `end`; returns its
  // length in tokens (0 when none) and points *values at its values.
  uint32_t LongestMatch(const TextAnalysis& t, uint32_t i, uint32_t end,
                        Values* values = nullptr) const;
  // Same over precomputed FoldedHash values of the tokens (hashes[k] for
  // token k): each token is folded once per document, not once per table.
  uint32_t LongestMatch(const uint64_t* hashes, uint32_t i, uint32_t end,
                        Values* values = nullptr) const;
  // Same when the caller knows that some phrase starts with token i (the
  // gazetteer's StartBit), inline: no first-token filter.
  uint32_t LongestMatchStarting(const uint64_t* hashes, uint32_t i, uint32_t end,
                                Values* values = nullptr) const {
    if (i >= end) return 0;
    return Walk(i, end, [hashes](uint32_t k) { return hashes[k]; }, values);
  }
  bool ContainsHash(uint64_t token_hash) const {
    if (!MayStart(token_hash)) return false;
    const Edge* e = FindEdge(Key(0, token_hash));
    return e && e->terminal();
  }
  // Folded hashes of the phrases' first tokens, each once, in insertion
  // order: lets the gazetteer index every table's words in one map.
  const std::vector<uint64_t>& first_hashes() const { return first_hashes_; }
  // Whether one token alone is a phrase of the table.
  bool ContainsToken(const TextAnalysis& t, uint32_t i) const;
  // Same for a string holding one word (folded on the fly).
  bool ContainsWord(std::string_view word) const;
  size_t size() const { return phrases_; }

 private:
  static uint64_t Key(uint32_t node, uint64_t token_hash) {
    return (uint64_t(node) + 1) * 0x9E3779B97F4A7C15ull ^ token_hash;
  }
  // An edge's first slot: the key's low bits, which the token hash (a
  // finished hash) has mixed already; every step of every walk asks it.
  static size_t Slot(uint64_t key, size_t mask) { return size_t(key) & mask; }
  // Bit filter over first-token hashes: most tokens start no phrase, and the
  // filter answers that without a hash-map probe.
  static constexpr uint32_t kFilterBits = 1u << 16;
  bool MayStart(uint64_t h) const {
    uint32_t b = uint32_t(h >> 40) & (kFilterBits - 1);
    return (first_[b >> 6] >> (b & 63)) & 1u;
  }
  std::vector<uint64_t> first_ = std::vector<uint64_t>(kFilterBits / 64);
  // (node, token hash) -> child node, open addressing with a power-of-two
  // mask: a shift, a mask and a compare per probe instead of a 64-bit modulo
  // and a node chain. 16 bytes: the child and the flags share a word.
  struct Edge {
    uint64_t key = 0;
    uint32_t bits = 0;  // child node (low kChildBits) and the flags below
    // A phrase ends at child with one value: the value. With several: the
    // offset in flat_ of their count, followed by them.
    uint32_t value = 0;
    uint32_t child() const { return bits & kChildMask; }
    bool used() const { return bits & kUsed; }
    bool terminal() const { return bits & kTerminal; }  // a phrase ends at child
    bool inner() const { return bits & kInner; }  // some phrase goes on past child
    bool multi() const { return bits & kMulti; }  // several values: see `value`
  };
  static constexpr uint32_t kChildBits = 28;
  static constexpr uint32_t kChildMask = (1u << kChildBits) - 1;
  static constexpr uint32_t kUsed = 1u << 28, kTerminal = 1u << 29, kInner = 1u << 30,
                            kMulti = 1u << 31;
  Values ValuesOf(const Edge& e) const {
    if (!e.multi()) return Values(&e.value, 1);
    return Values(flat_.data() + e.value + 1, flat_[e.value]);
  }
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  // Inline: every step of every walk probes an edge.
  const Edge* FindEdge(uint64_t key) const {
    if (edges_.empty()) return nullptr;
    const size_t mask = edges_.size() - 1;
    for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
      const Edge& e = edges_[i];
      if (!e.used()) return nullptr;
      if (e.key == key) return &e;
    }
  }
  // The walk down the trie from token i, shared by the LongestMatch forms.
  template <typename HashAt>
  uint32_t Walk(uint32_t i, uint32_t end, HashAt hash_at,
                Values* values) const {
    uint32_t node = 0, best = 0;
    for (uint32_t k = i; k < end && k - i < max_len_; ++k) {
      const Edge* e = FindEdge(Key(node, hash_at(k)));
      if (!e) break;
      node = e->child();
      if (e->terminal()) {
        best = k - i + 1;
        if (values) *values = ValuesOf(*e);
      }
      // A phrase's last word ("Putin" of "Vladimir Putin"): no probe for
      // the next token, which would read a slot at random in the table.
      if (!e->inner()) break;
    }
    return best;
  }
  void AddEdge(const Edge& e);
  std::vector<uint64_t> first_hashes_;
  // Per node while loading (node 0 is the root): Add() checks a value is
  // new against it; walks read the edges and flat_ only.
  std::vector<std::vector<uint32_t>> values_{1};
  // Values of phrases with several: count, then the values. A node that
  // gains a value gets a fresh run (loading only; the old one is left).
  std::vector<uint32_t> flat_;
  uint32_t max_len_ = 0;
  size_t phrases_ = 0;
};

}  // namespace eg
