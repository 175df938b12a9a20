// Append-only storage in fixed-size blocks, for lists that grow with the
// corpus (the input listing): unlike a doubling std::vector or std::string,
// growing never copies what is stored nor holds the old and the new buffer
// at once, and at most one block is partly empty. An element or a name never
// moves once appended, so indices and views stay valid until clear().
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace eg {

// A vector of trivially copyable T in blocks of 2^kShift elements.
template <class T, unsigned kShift = 12>
class ChunkedVector {
 public:
  static constexpr size_t kBlock = size_t(1) << kShift;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return blocks_[i >> kShift][i & (kBlock - 1)]; }
  const T& operator[](size_t i) const { return blocks_[i >> kShift][i & (kBlock - 1)]; }
  void push_back(const T& v) {
    if ((size_ & (kBlock - 1)) == 0) blocks_.emplace_back(new T[kBlock]);
    (*this)[size_++] = v;
  }
  void clear() {
    std::vector<std::unique_ptr<T[]>>().swap(blocks_);
    size_ = 0;
  }
  size_t bytes() const { return blocks_.size() * kBlock * sizeof(T); }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t size_ = 0;
};

// Names (up to 65,535 bytes each) packed end to end in 64 KB blocks; a name
// never straddles two blocks, so it is one contiguous view. Handles are
// 32-bit (block << 16 | offset): up to 4 GB of names.
class NameArena {
 public:
  static constexpr size_t kBlock = size_t(1) << 16;
  static constexpr size_t kMaxName = kBlock - 1;
  static constexpr size_t kMaxBlocks = size_t(1) << 16;

  // Copies `name` (at most kMaxName bytes) in; returns its handle, or
  // UINT32_MAX when the arena is full.
  uint32_t Add(std::string_view name) {
    if (name.size() > kMaxName) return UINT32_MAX;
    if (blocks_.empty() || used_ + name.size() > kBlock) {
      if (blocks_.size() == kMaxBlocks) return UINT32_MAX;
      blocks_.emplace_back(new char[kBlock]);
      used_ = 0;
    }
    uint32_t h = uint32_t((blocks_.size() - 1) << 16 | used_);
    if (!name.empty()) std::memcpy(blocks_.back().get() + used_, name.data(), name.size());
    used_ += name.size();
    return h;
  }
  std::string_view View(uint32_t handle, size_t len) const {
    return std::string_view(blocks_[handle >> 16].get() + (handle & 0xFFFF), len);
  }
  void clear() {
    std::vector<std::unique_ptr<char[]>>().swap(blocks_);
    used_ = 0;
  }
  size_t bytes() const { return blocks_.size() * kBlock; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;  // bytes used in the last block
};

}  // namespace eg
