// RaggedIndex: rows of uint32_t values held in two block stores, for tables
// with a short row per document that live as long as the corpus (the actor
// group, then the actor, of each of a document's entities). A row costs
// 4 bytes plus its values, in 64 KB blocks that growing never copies
// (corpus/chunked.h); rows are only appended.
//
//   NewRow() starts a row at the end; Push(v) appends to the last row;
//   PushTo(r, v) appends to any row (linear in the whole table: for tests
//   and small tables, not for a spilled one). operator[] gives a read-only
//   view of a row, valid until the table changes.
//   Remap(map): every value v reads as map[v] from then on (the actor
//   merger turns groups into actors so, without rewriting the rows).
//   Spill(): full blocks go to temporary files from now on, and are read
//   back a block at a time (one per thread, see corpus/chunked.h): a
//   corpus's rows then cost no memory, and reading them in row order, as
//   the event merge does, reads each block once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "corpus/chunked.h"
#include "corpus/status.h"

namespace eg {

class RaggedIndex {
 public:
  class Row {
   public:
    class const_iterator {
     public:
      using iterator_category = std::forward_iterator_tag;
      using value_type = uint32_t;
      using difference_type = std::ptrdiff_t;
      using pointer = const uint32_t*;
      using reference = uint32_t;
      const_iterator(const Row* r, size_t i) : r_(r), i_(i) {}
      uint32_t operator*() const { return (*r_)[i_]; }
      const_iterator& operator++() {
        ++i_;
        return *this;
      }
      bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
      bool operator==(const const_iterator& o) const { return i_ == o.i_; }

     private:
      const Row* r_;
      size_t i_;
    };

    Row(const RaggedIndex* t, size_t begin, size_t n) : t_(t), b_(begin), n_(n) {}
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, n_}; }
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    uint32_t operator[](size_t i) const { return t_->Value(b_ + i); }
    std::vector<uint32_t> ToVector() const {
      std::vector<uint32_t> v(n_);
      for (size_t i = 0; i < n_; ++i) v[i] = (*this)[i];
      return v;
    }

   private:
    const RaggedIndex* t_;
    size_t b_, n_;
  };

  RaggedIndex() = default;
  RaggedIndex(std::initializer_list<std::initializer_list<uint32_t>> rows) {
    for (const auto& r : rows) {
      NewRow();
      for (uint32_t v : r) Push(v);
    }
  }
  RaggedIndex(RaggedIndex&&) = default;
  RaggedIndex& operator=(RaggedIndex&&) = default;

  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  Row operator[](size_t r) const {
    const uint32_t b = r ? ends_[r - 1] : 0;
    const uint32_t e = ends_[r];
    return Row(this, b, e - b);
  }

  void NewRow() { ends_.push_back(uint32_t(values_.size())); }
  void Push(uint32_t v) {
    values_.push_back(v);
    ends_[ends_.size() - 1] = uint32_t(values_.size());
  }
  void PushTo(size_t r, uint32_t v);
  void Remap(std::vector<uint32_t> map) { map_ = std::move(map); }

  Status Spill(const std::string& dir = "");
  // The first write or read error of the temporary files; a value that
  // could not be read back reads as 0.
  Status status() const;
  size_t MemoryBytes() const {
    return ends_.bytes() + values_.bytes() + map_.capacity() * sizeof(uint32_t);
  }

 private:
  uint32_t Value(size_t i) const {
    const uint32_t v = values_[i];
    return map_.empty() ? v : map_[v];
  }
  static constexpr unsigned kShift = 14;  // 64 KB blocks
  ChunkedVector<uint32_t, kShift> ends_;  // row r is [ends_[r-1] (0 for r = 0), ends_[r])
  ChunkedVector<uint32_t, kShift> values_;
  std::vector<uint32_t> map_;  // empty: values as stored
};

}  // namespace eg
