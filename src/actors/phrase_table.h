// PhraseTable: a token-level trie of lower-cased, diacritic-folded phrases,
// stored as one hash map from (node, token hash) to child node. Phrases are
// tokenised by the text stage's own rules, so "Secretary-General", "U.S." or
// "al-Assad" match exactly the tokens the text stage makes of them. Matching
// walks tokens in place: no allocation per token.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/text.h"

namespace eg {

class PhraseTable {
 public:
  // Adds `phrase` with `value`; false when the phrase has no tokens.
  bool Add(std::string_view phrase, uint32_t value);
  // Longest phrase that starts at token i and ends before `end`; returns its
  // length in tokens (0 when none) and points *values at its values.
  uint32_t LongestMatch(const TextAnalysis& t, uint32_t i, uint32_t end,
                        const std::vector<uint32_t>** values = nullptr) const;
  // Same over precomputed FoldedHash values of the tokens (hashes[k] for
  // token k): each token is folded once per document, not once per table.
  uint32_t LongestMatch(const uint64_t* hashes, uint32_t i, uint32_t end,
                        const std::vector<uint32_t>** values = nullptr) const;
  // Same when the caller knows that some phrase starts with token i (the
  // gazetteer's StartBit), inline: no first-token filter.
  uint32_t LongestMatchStarting(const uint64_t* hashes, uint32_t i, uint32_t end,
                                const std::vector<uint32_t>** values = nullptr) const {
    if (i >= end) return 0;
    return Walk(i, end, [hashes](uint32_t k) { return hashes[k]; }, values);
  }
  bool ContainsHash(uint64_t token_hash) const {
    if (!MayStart(token_hash)) return false;
    const Edge* e = FindEdge(Key(0, token_hash));
    return e && e->terminal;
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
  // and a node chain.
  struct Edge {
    uint64_t key = 0;
    uint32_t child = 0;
    bool used = false;
    bool terminal = false;  // a phrase ends at child: values_[child] is not empty
    bool inner = false;     // some phrase goes on past child: a walk may continue
  };
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  // Inline: every step of every walk probes an edge.
  const Edge* FindEdge(uint64_t key) const {
    if (edges_.empty()) return nullptr;
    const size_t mask = edges_.size() - 1;
    for (size_t i = (key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
      const Edge& e = edges_[i];
      if (!e.used) return nullptr;
      if (e.key == key) return &e;
    }
  }
  // The walk down the trie from token i, shared by the LongestMatch forms.
  template <typename HashAt>
  uint32_t Walk(uint32_t i, uint32_t end, HashAt hash_at,
                const std::vector<uint32_t>** values) const {
    uint32_t node = 0, best = 0;
    for (uint32_t k = i; k < end && k - i < max_len_; ++k) {
      const Edge* e = FindEdge(Key(node, hash_at(k)));
      if (!e) break;
      node = e->child;
      if (e->terminal) {
        best = k - i + 1;
        if (values) *values = &values_[node];
      }
      // A phrase's last word ("Putin" of "Vladimir Putin"): no probe for
      // the next token, which would read a slot at random in the table.
      if (!e->inner) break;
    }
    return best;
  }
  void AddEdge(const Edge& e);
  std::vector<uint64_t> first_hashes_;
  std::vector<std::vector<uint32_t>> values_{1};  // per node; node 0 is the root
  uint32_t max_len_ = 0;
  size_t phrases_ = 0;
};

}  // namespace eg
