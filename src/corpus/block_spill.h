// BlockSpill: where an append-only block store (NameArena, ChunkedVector in
// corpus/chunked.h) puts its full blocks once told to spill, so that what
// grows with the corpus but is only read later, in order, costs no memory:
// an unlinked temporary file (OpenTempFile) and the place of each block in it.
//
// Put() writes a block (each block number once); Get() reads a block back
// whole into a cache the calling thread keeps for this spill: one block per
// thread and spill, so reading a store in order reads each block once, and a
// view into a block a thread got stays valid until the same thread gets
// another block of the same spill (or the spill is destroyed).
//
// Errors: the first failed write or read is kept (status()) as a Status
// naming the temporary directory and what the file holds ("the input
// listing"); a block that could not be written stays readable only if its
// owner keeps it in memory (Put returns false), one that cannot be read back
// reads as zero bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "corpus/status.h"

namespace eg {

class BlockSpill {
 public:
  BlockSpill() = default;
  BlockSpill(const BlockSpill&) = delete;
  BlockSpill& operator=(const BlockSpill&) = delete;
  ~BlockSpill();

  // Creates the temporary file in `dir` (empty: $TMPDIR, else /tmp);
  // `for_what` names its contents in messages.
  Status Open(const std::string& dir, const char* for_what);
  // Writes `n` bytes as block `b`. False (and status() set) on failure: the
  // caller then keeps the block in memory.
  bool Put(uint32_t b, const char* p, size_t n);
  // Block `b` as Put wrote it; zeros of the block's size after a read error.
  const char* Get(uint32_t b) const;
  size_t BlockBytes(uint32_t b) const { return b < extents_.size() ? extents_[b].bytes : 0; }
  Status status() const;
  const std::string& dir() const { return dir_; }
  // Unique to this spill once opened (never reused in the process): for an
  // owner that keeps per-thread state about its blocks beside the cache.
  uint64_t serial() const { return serial_; }

 private:
  struct Extent {
    uint64_t at = 0;
    size_t bytes = 0;
  };
  void Fail(const std::string& what, int err) const;
  int fd_ = -1;
  std::string dir_, what_;
  uint64_t serial_ = 0;  // tells this spill's blocks from another's in a thread's cache
  uint64_t end_ = 0;     // bytes in the file
  std::vector<Extent> extents_;  // per block number
  mutable std::mutex mu_;        // guards error_
  mutable Status error_;
};

}  // namespace eg
