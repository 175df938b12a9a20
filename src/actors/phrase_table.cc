#include "actors/phrase_table.h"

#include "actors/fold.h"

namespace eg {

bool PhraseTable::Add(std::string_view phrase, uint32_t value) {
  TextAnalysis ta;
  Analyze(phrase, 0, &ta);
  if (ta.tokens.empty()) return false;
  uint32_t node = 0;
  {
    uint32_t b = uint32_t(FoldedHash(ta.Str(ta.tokens[0])) >> 40) & (kFilterBits - 1);
    first_[b >> 6] |= uint64_t(1) << (b & 63);
  }
  for (const Token& tok : ta.tokens) {
    uint64_t k = Key(node, FoldedHash(ta.Str(tok)));
    auto it = edges_.find(k);
    if (it == edges_.end()) {
      it = edges_.emplace(k, uint32_t(values_.size())).first;
      values_.emplace_back();
    }
    node = it->second;
  }
  auto& v = values_[node];
  bool fresh = v.empty();
  for (uint32_t x : v)
    if (x == value) return true;
  v.push_back(value);
  phrases_ += fresh;
  if (ta.tokens.size() > max_len_) max_len_ = uint32_t(ta.tokens.size());
  return true;
}

uint32_t PhraseTable::LongestMatch(const TextAnalysis& t, uint32_t i, uint32_t end,
                                   const std::vector<uint32_t>** values) const {
  uint32_t node = 0, best = 0;
  for (uint32_t k = i; k < end && k - i < max_len_; ++k) {
    auto it = edges_.find(Key(node, FoldedHash(t.Str(t.tokens[k]))));
    if (it == edges_.end()) break;
    node = it->second;
    if (!values_[node].empty()) {
      best = k - i + 1;
      if (values) *values = &values_[node];
    }
  }
  return best;
}

uint32_t PhraseTable::LongestMatch(const uint64_t* hashes, uint32_t i, uint32_t end,
                                   const std::vector<uint32_t>** values) const {
  uint32_t node = 0, best = 0;
  if (i >= end || !MayStart(hashes[i])) return 0;
  for (uint32_t k = i; k < end && k - i < max_len_; ++k) {
    auto it = edges_.find(Key(node, hashes[k]));
    if (it == edges_.end()) break;
    node = it->second;
    if (!values_[node].empty()) {
      best = k - i + 1;
      if (values) *values = &values_[node];
    }
  }
  return best;
}

bool PhraseTable::ContainsToken(const TextAnalysis& t, uint32_t i) const {
  return ContainsWord(t.Str(t.tokens[i]));
}

bool PhraseTable::ContainsWord(std::string_view word) const {
  auto it = edges_.find(Key(0, FoldedHash(word)));
  return it != edges_.end() && !values_[it->second].empty();
}

}  // namespace eg
