#include "graph/document_table.h"

#include <algorithm>
#include <cstring>

namespace eg {

namespace {

// The field at `p` up to its NUL; `*p` moves past the NUL.
std::string_view Field(const char** p) {
  std::string_view s(*p);
  *p += s.size() + 1;
  return s;
}

std::string_view UpToNul(const std::string& s) {
  return std::string_view(s.data(), std::min(s.size(), std::strlen(s.c_str())));
}

// Where the last record this thread read from a spilled table starts:
// reading in order walks on from there, not from the block's start. (The
// block itself is in the BlockSpill's per-thread cache.)
struct Cursor {
  uint64_t serial = 0;  // the table's BlockSpill
  size_t index = 0, offset = 0;
};
thread_local Cursor cursor;

}  // namespace

DocumentTable::~DocumentTable() = default;

DocumentTable& DocumentTable::operator=(DocumentTable&& o) noexcept {
  if (this == &o) return *this;
  blocks_ = std::move(o.blocks_);
  used_ = o.used_;
  last_capacity_ = o.last_capacity_;
  block_bytes_ = o.block_bytes_;
  records_ = std::move(o.records_);
  block_first_ = std::move(o.block_first_);
  count_ = o.count_;
  source_ = std::move(o.source_);
  sources_ = std::move(o.sources_);
  spill_ = std::move(o.spill_);
  o.clear();
  return *this;
}

Status DocumentTable::Spill(const std::string& dir) {
  if (spill_) return Status::OK();
  auto s = std::make_unique<BlockSpill>();
  if (Status st = s->Open(dir, "the document list"); !st.ok()) return st;
  spill_ = std::move(s);
  // From now on a record is found from its block's first (block_first_).
  std::vector<Record>().swap(records_);
  return Status::OK();
}

Status DocumentTable::status() const { return spill_ ? spill_->status() : Status::OK(); }

// After a write error, blocks stay in memory (Put refuses).
void DocumentTable::SpillLastBlock() {
  if (!spill_ || blocks_.empty() || !blocks_.back()) return;
  const size_t b = blocks_.size() - 1;
  if (!spill_->Put(uint32_t(b), blocks_[b].get(), used_)) return;
  blocks_[b].reset();
  block_bytes_ -= last_capacity_;
}

const char* DocumentTable::Block(uint32_t b) const {
  if (blocks_[b]) return blocks_[b].get();
  return spill_->Get(b);  // zeros after a read error: empty fields
}

DocumentTable& DocumentTable::operator=(std::initializer_list<DocumentInfo> docs) {
  clear();
  for (const auto& d : docs) push_back(d);
  return *this;
}

DocumentTable& DocumentTable::operator=(const DocumentTable& o) {
  if (this == &o) return *this;
  clear();
  reserve(o.size());
  for (DocumentRef d : o) push_back(d.ToInfo());
  return *this;
}

void DocumentTable::clear() {
  blocks_.clear();
  spill_.reset();
  used_ = 0;
  last_capacity_ = 0;
  block_bytes_ = 0;
  records_.clear();
  block_first_.clear();
  count_ = 0;
  source_.clear();
  sources_.clear();
}

void DocumentTable::push_back(const DocumentInfo& d) {
  // The date source is one of a few words: a byte naming it; any other
  // (from a hand-edited events.json) is stored with the record.
  size_t k = 0;
  while (k < sources_.size() && sources_[k] != d.dct_source) ++k;
  if (k == sources_.size() && k < kInlineSource) sources_.push_back(d.dct_source);
  const bool inline_source = k >= kInlineSource;
  const std::string_view fields[] = {UpToNul(d.id), UpToNul(d.path), UpToNul(d.dct),
                                     inline_source ? UpToNul(d.dct_source) : std::string_view()};
  const size_t n_fields = inline_source ? 4 : 3;
  size_t need = 0;
  for (size_t f = 0; f < n_fields; ++f) need += fields[f].size() + 1;
  if (used_ + need > last_capacity_) {
    // A record longer than a block (a path of 64 KB) gets a block of its own.
    SpillLastBlock();
    const size_t bytes = std::max(need, kBlockBytes);
    blocks_.emplace_back(new char[bytes]);
    block_first_.push_back(uint32_t(count_));
    block_bytes_ += bytes;
    last_capacity_ = bytes;
    used_ = 0;
  }
  char* p = blocks_.back().get() + used_;
  if (!spilled()) records_.push_back({uint32_t(blocks_.size() - 1), uint32_t(used_)});
  ++count_;
  for (size_t f = 0; f < n_fields; ++f) {
    std::memcpy(p, fields[f].data(), fields[f].size());
    p[fields[f].size()] = '\0';
    p += fields[f].size() + 1;
  }
  used_ += need;
  source_.push_back(uint8_t(std::min(k, kInlineSource)));
}

DocumentRef DocumentTable::operator[](size_t i) const {
  DocumentRef d;
  const char* p = nullptr;
  if (!spilled()) {
    const Record& r = records_[i];
    p = Block(r.block) + r.offset;
  } else {
    // The record's block, then the record within it: walked from the
    // block's first record, or from where this thread last read in it.
    const uint32_t b = uint32_t(
        std::upper_bound(block_first_.begin(), block_first_.end(), uint32_t(i)) -
        block_first_.begin() - 1);
    const char* block = Block(b);
    size_t k = block_first_[b], offset = 0;
    const uint64_t serial = spill_->serial();
    if (cursor.serial == serial && cursor.index >= k && cursor.index <= i) {
      k = cursor.index;
      offset = cursor.offset;
    }
    p = block + offset;
    for (; k < i; ++k) {
      for (int f = source_[k] == kInlineSource ? 4 : 3; f > 0; --f) Field(&p);
    }
    cursor = {serial, i, size_t(p - block)};
  }
  d.id = Field(&p);
  d.path = Field(&p);
  d.dct = Field(&p);
  d.dct_source = source_[i] == kInlineSource ? Field(&p) : std::string_view(sources_[source_[i]]);
  return d;
}

size_t DocumentTable::MemoryBytes() const {
  size_t n = records_.capacity() * sizeof(Record) + block_first_.capacity() * 4 +
             source_.capacity();
  for (const auto& s : sources_) n += sizeof s + s.capacity();
  return n + block_bytes_ + blocks_.capacity() * sizeof(blocks_[0]);
}

}  // namespace eg
