#include "actors/phrase_table.h"

#include "actors/fold.h"

namespace eg {

void PhraseTable::AddEdge(const Edge& edge) {
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(old.empty() ? 64 : old.size() * 2, Edge{});
    edge_count_ = 0;
    for (const Edge& e : old)
      if (e.used()) AddEdge(e);
  }
  const size_t mask = edges_.size() - 1;
  size_t i = Slot(edge.key, mask);
  while (edges_[i].used()) i = (i + 1) & mask;
  edges_[i] = edge;
  edges_[i].bits |= kUsed;
  ++edge_count_;
}

bool PhraseTable::Add(std::string_view phrase, uint32_t value) {
  // The thread's, reused from one phrase to the next: loading adds tens of
  // thousands of phrases, and a fresh analysis allocates its every array.
  thread_local TextAnalysis ta;
  Analyze(phrase, 0, &ta);
  if (ta.tokens.empty()) return false;
  uint32_t node = 0;
  {
    uint32_t b = uint32_t(FoldedHash(ta.Str(ta.tokens[0])) >> 40) & (kFilterBits - 1);
    first_[b >> 6] |= uint64_t(1) << (b & 63);
  }
  uint64_t into = 0;  // key of the edge into `node` (none for the root)
  for (size_t j = 0; j < ta.tokens.size(); ++j) {
    uint64_t h = FoldedHash(ta.Str(ta.tokens[j]));
    uint64_t k = Key(node, h);
    if (!FindEdge(k)) {
      if (node == 0) first_hashes_.push_back(h);
      if (values_.size() > kChildMask) return false;  // no room for a node
      Edge fresh;
      fresh.key = k;
      fresh.bits = uint32_t(values_.size());
      AddEdge(fresh);
      values_.emplace_back();
    }
    // A walk may go on past `node`: the edge into it says so.
    if (j > 0) const_cast<Edge*>(FindEdge(into))->bits |= kInner;
    into = k;
    node = FindEdge(k)->child();
  }
  Edge* last = const_cast<Edge*>(FindEdge(into));
  last->bits |= kTerminal;  // the phrase ends here
  auto& v = values_[node];
  bool fresh = v.empty();
  for (uint32_t x : v)
    if (x == value) return true;
  v.push_back(value);
  if (v.size() == 1) {
    last->value = value;
  } else {
    last->bits |= kMulti;
    last->value = uint32_t(flat_.size());
    flat_.push_back(uint32_t(v.size()));
    flat_.insert(flat_.end(), v.begin(), v.end());
  }
  phrases_ += fresh;
  if (ta.tokens.size() > max_len_) max_len_ = uint32_t(ta.tokens.size());
  return true;
}

uint32_t PhraseTable::LongestMatch(const TextAnalysis& t, uint32_t i, uint32_t end,
                                   Values* values) const {
  return Walk(i, end, [&](uint32_t k) { return FoldedHash(t.Str(t.tokens[k])); }, values);
}

uint32_t PhraseTable::LongestMatch(const uint64_t* hashes, uint32_t i, uint32_t end,
                                   Values* values) const {
  if (i >= end || !MayStart(hashes[i])) return 0;
  return Walk(i, end, [&](uint32_t k) { return hashes[k]; }, values);
}

bool PhraseTable::ContainsToken(const TextAnalysis& t, uint32_t i) const {
  return ContainsWord(t.Str(t.tokens[i]));
}

bool PhraseTable::ContainsWord(std::string_view word) const {
  const Edge* e = FindEdge(Key(0, FoldedHash(word)));
  return e && e->terminal();
}

}  // namespace eg
