// Append-only storage in fixed-size blocks, for lists that grow with the
// corpus (the input listing): unlike a doubling std::vector or std::string,
// growing never copies what is stored nor holds the old and the new buffer
// at once, and at most one block is partly empty. An element or a name never
// moves once appended, so indices and views stay valid until clear().
//
// Spilled (Spill()), a store writes every full block to an unlinked
// temporary file (corpus/block_spill.h) and frees it, now and as later
// blocks fill: only the last block stays in memory. Reading an element or a
// name of a spilled block reads the block back into the calling thread's
// cache of one block per store, so a reference or view into a spilled block
// is valid only until the same thread reads another spilled block of the
// same store: fine for reading in order, a block reread per access when
// jumping about. A spilled store is read-only but for push_back / Add.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "corpus/block_spill.h"

namespace eg {

namespace chunked_internal {
// A store's Spill(): opens `*spill` in `dir` the first time, then hands
// `spill_block` every block but the last (the one still filling).
template <class SpillBlock>
Status StartSpill(std::unique_ptr<BlockSpill>* spill, size_t blocks, const std::string& dir,
                  const char* for_what, SpillBlock spill_block) {
  if (*spill) return Status::OK();
  auto s = std::make_unique<BlockSpill>();
  if (Status st = s->Open(dir, for_what); !st.ok()) return st;
  *spill = std::move(s);
  for (size_t b = 0; b + 1 < blocks; ++b) spill_block(b);
  return Status::OK();
}
}  // namespace chunked_internal

// A vector of trivially copyable T in blocks of 2^kShift elements.
template <class T, unsigned kShift = 12>
class ChunkedVector {
 public:
  static constexpr size_t kBlock = size_t(1) << kShift;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // A write to an element of a spilled block is not kept (it goes to the
  // thread's copy of the block).
  T& operator[](size_t i) {
    return const_cast<T&>(static_cast<const ChunkedVector&>(*this)[i]);
  }
  const T& operator[](size_t i) const {
    const T* b = blocks_[i >> kShift].get();
    if (!b) b = reinterpret_cast<const T*>(spill_->Get(uint32_t(i >> kShift)));
    return b[i & (kBlock - 1)];
  }
  void push_back(const T& v) {
    if ((size_ & (kBlock - 1)) == 0) {
      if (spill_ && !blocks_.empty()) SpillBlock(blocks_.size() - 1);
      blocks_.emplace_back(new T[kBlock]);
    }
    blocks_.back()[size_++ & (kBlock - 1)] = v;
  }
  void clear() {
    std::vector<std::unique_ptr<T[]>>().swap(blocks_);
    spill_.reset();
    size_ = 0;
    released_ = 0;
  }
  // Frees the blocks wholly before element `i`, for an owner that reads its
  // elements once, in order, and gives back what it has passed: those
  // elements must not be read again (nor the vector spilled afterwards).
  void ReleaseBefore(size_t i) {
    const size_t end = std::min(i, size_) >> kShift;  // a partly filled block stays
    while (released_ < end) blocks_[released_++].reset();
  }
  // Bytes of the blocks in memory.
  size_t bytes() const {
    size_t n = 0;
    for (const auto& b : blocks_) n += b ? kBlock * sizeof(T) : 0;
    return n;
  }

  // From now on full blocks go to a temporary file in `dir` (empty: $TMPDIR,
  // else /tmp); `for_what` names them in messages. Fails when the file
  // cannot be created (the store then stays in memory).
  Status Spill(const std::string& dir, const char* for_what) {
    static_assert(std::is_trivially_copyable<T>::value, "blocks are written as bytes");
    return chunked_internal::StartSpill(&spill_, blocks_.size(), dir, for_what,
                                        [this](size_t b) { SpillBlock(b); });
  }
  bool spilled() const { return spill_ != nullptr; }
  // The first write or read error of the temporary file.
  Status status() const { return spill_ ? spill_->status() : Status::OK(); }

 private:
  void SpillBlock(size_t b) {
    if (blocks_[b] && spill_->Put(uint32_t(b), reinterpret_cast<const char*>(blocks_[b].get()),
                                  kBlock * sizeof(T)))
      blocks_[b].reset();
  }
  std::vector<std::unique_ptr<T[]>> blocks_;  // null: spilled
  std::unique_ptr<BlockSpill> spill_;
  size_t size_ = 0;
  size_t released_ = 0;  // blocks freed by ReleaseBefore
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
      if (spill_ && !blocks_.empty()) SpillBlock(blocks_.size() - 1);
      blocks_.emplace_back(new char[kBlock]);
      used_ = 0;
    }
    uint32_t h = uint32_t((blocks_.size() - 1) << 16 | used_);
    if (!name.empty()) std::memcpy(blocks_.back().get() + used_, name.data(), name.size());
    used_ += name.size();
    return h;
  }
  std::string_view View(uint32_t handle, size_t len) const {
    const char* b = blocks_[handle >> 16].get();
    if (!b) b = spill_->Get(handle >> 16);
    return std::string_view(b + (handle & 0xFFFF), len);
  }
  void clear() {
    std::vector<std::unique_ptr<char[]>>().swap(blocks_);
    spill_.reset();
    used_ = 0;
  }
  // Bytes of the blocks in memory.
  size_t bytes() const {
    size_t n = 0;
    for (const auto& b : blocks_) n += b ? kBlock : 0;
    return n;
  }

  // As ChunkedVector::Spill: full blocks to a temporary file from now on.
  Status Spill(const std::string& dir, const char* for_what) {
    return chunked_internal::StartSpill(&spill_, blocks_.size(), dir, for_what,
                                        [this](size_t b) { SpillBlock(b); });
  }
  bool spilled() const { return spill_ != nullptr; }
  Status status() const { return spill_ ? spill_->status() : Status::OK(); }

 private:
  // Only the bytes used: a block's tail past its last name is never read.
  void SpillBlock(size_t b) {
    const size_t n = b + 1 == blocks_.size() ? used_ : kBlock;
    if (blocks_[b] && spill_->Put(uint32_t(b), blocks_[b].get(), n)) blocks_[b].reset();
  }
  std::vector<std::unique_ptr<char[]>> blocks_;  // null: spilled
  std::unique_ptr<BlockSpill> spill_;
  size_t used_ = 0;  // bytes used in the last block
};

}  // namespace eg
