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

}  // namespace

DocumentTable& DocumentTable::operator=(std::initializer_list<DocumentInfo> docs) {
  clear();
  for (const auto& d : docs) push_back(d);
  return *this;
}

DocumentTable& DocumentTable::operator=(const DocumentTable& o) {
  if (this == &o) return *this;
  clear();
  records_.reserve(o.size());
  for (DocumentRef d : o) push_back(d.ToInfo());
  return *this;
}

void DocumentTable::clear() {
  blocks_.clear();
  used_ = kBlockBytes;
  block_bytes_ = 0;
  records_.clear();
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
  if (used_ + need > kBlockBytes) {
    // A record longer than a block (a path of 64 KB) gets a block of its own.
    const size_t bytes = std::max(need, kBlockBytes);
    blocks_.emplace_back(new char[bytes]);
    block_bytes_ += bytes;
    used_ = 0;
  }
  char* p = blocks_.back().get() + used_;
  records_.push_back({uint32_t(blocks_.size() - 1), uint32_t(used_)});
  for (size_t f = 0; f < n_fields; ++f) {
    std::memcpy(p, fields[f].data(), fields[f].size());
    p[fields[f].size()] = '\0';
    p += fields[f].size() + 1;
  }
  // An oversized record fills its block: the next record starts a new one.
  used_ = need > kBlockBytes ? kBlockBytes : used_ + need;
  source_.push_back(uint8_t(std::min(k, kInlineSource)));
}

DocumentRef DocumentTable::operator[](size_t i) const {
  const Record& r = records_[i];
  const char* p = blocks_[r.block].get() + r.offset;
  DocumentRef d;
  d.id = Field(&p);
  d.path = Field(&p);
  d.dct = Field(&p);
  d.dct_source = source_[i] == kInlineSource ? Field(&p) : std::string_view(sources_[source_[i]]);
  return d;
}

size_t DocumentTable::MemoryBytes() const {
  size_t n = records_.capacity() * sizeof(Record) + source_.capacity();
  for (const auto& s : sources_) n += sizeof s + s.capacity();
  return n + block_bytes_ + blocks_.capacity() * sizeof(blocks_[0]);
}

}  // namespace eg
