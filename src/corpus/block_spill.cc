#include "corpus/block_spill.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>

#include "corpus/temp_file.h"

namespace eg {

namespace {

std::atomic<uint64_t> next_serial{1};

// A thread's blocks read back, one per spill it reads; a spill's slot is
// dropped by the thread that destroys it (others drop theirs as they end).
struct CachedBlock {
  uint64_t serial = 0;
  uint32_t block = 0;
  size_t capacity = 0;
  std::unique_ptr<char[]> bytes;
};
thread_local std::vector<CachedBlock> cache;

CachedBlock& SlotFor(uint64_t serial) {
  for (auto& c : cache)
    if (c.serial == serial) return c;
  for (auto& c : cache)
    if (c.serial == 0) {
      c.serial = serial;
      c.block = UINT32_MAX;
      return c;
    }
  cache.emplace_back();
  cache.back().serial = serial;
  cache.back().block = UINT32_MAX;
  return cache.back();
}

}  // namespace

BlockSpill::~BlockSpill() {
  if (fd_ >= 0) ::close(fd_);
  for (auto& c : cache)
    if (c.serial == serial_ && serial_ != 0) {
      c = CachedBlock();
    }
}

Status BlockSpill::Open(const std::string& dir, const char* for_what) {
  what_ = for_what;
  Status s = OpenTempFile(dir, for_what, &fd_, &dir_);
  if (!s.ok()) {
    fd_ = -1;
    std::lock_guard<std::mutex> lock(mu_);
    error_ = s;
    return s;
  }
  serial_ = next_serial++;
  return Status::OK();
}

void BlockSpill::Fail(const std::string& what, int err) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (error_.ok())
    error_ = Status::IOError(dir_ + ": cannot " + what + " the temporary file of " + what_ +
                             (err ? std::string(": ") + std::strerror(err) : std::string()));
}

bool BlockSpill::Put(uint32_t b, const char* p, size_t n) {
  if (fd_ < 0 || !status().ok()) return false;
  if (int e = WriteAllAt(fd_, p, n, end_)) {
    Fail("write", e);
    return false;
  }
  if (extents_.size() <= b) extents_.resize(size_t(b) + 1);
  extents_[b] = {end_, n};
  end_ += n;
  return true;
}

const char* BlockSpill::Get(uint32_t b) const {
  CachedBlock& c = SlotFor(serial_);
  if (c.block == b) return c.bytes.get();
  const Extent e = b < extents_.size() ? extents_[b] : Extent();
  if (c.capacity < e.bytes || !c.bytes) {
    c.bytes.reset(new char[std::max<size_t>(e.bytes, 1)]);
    c.capacity = std::max<size_t>(e.bytes, 1);
  }
  c.block = UINT32_MAX;
  if (fd_ < 0 || b >= extents_.size()) {
    std::memset(c.bytes.get(), 0, c.capacity);
    Fail("read back", 0);
    return c.bytes.get();
  }
  if (int err = ReadAllAt(fd_, c.bytes.get(), e.bytes, e.at)) {
    std::memset(c.bytes.get(), 0, c.capacity);
    Fail("read back", err);
    return c.bytes.get();
  }
  c.block = b;
  return c.bytes.get();
}

Status BlockSpill::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

}  // namespace eg
