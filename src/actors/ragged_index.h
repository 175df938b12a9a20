// RaggedIndex: rows of uint32_t values held in one array, for tables with a
// short row per document that live as long as the corpus (the actor group,
// then the actor, of each of a document's entities). A std::vector per row
// would cost its 24 bytes and a heap block per document; here a row costs
// 4 bytes plus its values, and rows are only appended.
//
//   NewRow() starts a row at the end; Push(v) appends to the last row;
//   PushTo(r, v) appends to any row (linear in what follows it: for tests
//   and small tables). operator[] gives a read-only view of a row, valid
//   until the next change.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace eg {

class RaggedIndex {
 public:
  class Row {
   public:
    Row(const uint32_t* p, size_t n) : p_(p), n_(n) {}
    const uint32_t* begin() const { return p_; }
    const uint32_t* end() const { return p_ + n_; }
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    uint32_t operator[](size_t i) const { return p_[i]; }
    std::vector<uint32_t> ToVector() const { return {p_, p_ + n_}; }

   private:
    const uint32_t* p_;
    size_t n_;
  };

  RaggedIndex() = default;
  RaggedIndex(std::initializer_list<std::initializer_list<uint32_t>> rows) {
    for (const auto& r : rows) {
      NewRow();
      for (uint32_t v : r) Push(v);
    }
  }

  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  Row operator[](size_t r) const {
    const uint32_t b = r ? ends_[r - 1] : 0;
    return Row(values_.data() + b, ends_[r] - b);
  }

  void NewRow() { ends_.push_back(uint32_t(values_.size())); }
  void Push(uint32_t v) {
    values_.push_back(v);
    ends_.back() = uint32_t(values_.size());
  }
  void PushTo(size_t r, uint32_t v) {
    values_.insert(values_.begin() + ends_[r], v);
    for (size_t k = r; k < ends_.size(); ++k) ++ends_[k];
  }
  // Every value of every row, in order, to rewrite in place (the rows keep
  // their lengths).
  std::vector<uint32_t>& values() { return values_; }

 private:
  std::vector<uint32_t> ends_;    // row r is [ends_[r-1] (0 for r = 0), ends_[r])
  std::vector<uint32_t> values_;
};

}  // namespace eg
