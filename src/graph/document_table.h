// DocumentTable: every document of the corpus (id, path, publication date and
// where the date came from), packed, for the outputs that list or link them.
//
// A corpus has many more documents than events, so what is kept of each
// grows memory with the corpus: here a document costs its bytes plus a few
// (no std::string of 32 bytes per field, no heap block per long id or path;
// the date source, one of a few words, is one byte). Records live in blocks
// of 64 KB that never move: growing the table copies nothing.
// Read access gives DocumentRef views, valid as long as the table lives.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"

namespace eg {

struct DocumentRef {
  std::string_view id, path, dct, dct_source;
  DocumentInfo ToInfo() const {
    return {std::string(id), std::string(path), std::string(dct), std::string(dct_source)};
  }
};

class DocumentTable {
 public:
  DocumentTable() = default;
  DocumentTable(std::initializer_list<DocumentInfo> docs) { *this = docs; }
  DocumentTable(DocumentTable&&) = default;
  DocumentTable& operator=(DocumentTable&&) = default;
  DocumentTable(const DocumentTable& o) { *this = o; }
  DocumentTable& operator=(const DocumentTable& o);
  DocumentTable& operator=(std::initializer_list<DocumentInfo> docs);

  // Fields must not hold a NUL byte (none can: file names, ISO dates and
  // the words of DctSourceName); a field that does is cut there.
  void push_back(const DocumentInfo& d);
  void reserve(size_t documents) { records_.reserve(documents); }
  void clear();
  size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  DocumentRef operator[](size_t i) const;
  DocumentRef front() const { return (*this)[0]; }
  DocumentRef back() const { return (*this)[size() - 1]; }
  // Bytes held (blocks, record offsets and the words of date sources).
  size_t MemoryBytes() const;

  class const_iterator {
   public:
    using value_type = DocumentRef;
    const_iterator(const DocumentTable* t, size_t i) : t_(t), i_(i) {}
    DocumentRef operator*() const { return (*t_)[i_]; }
    const_iterator& operator++() { ++i_; return *this; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const DocumentTable* t_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

 private:
  static constexpr size_t kBlockBytes = size_t(64) << 10;
  static constexpr size_t kInlineSource = 255;  // source_ value: stored in the record
  struct Record {
    uint32_t block, offset;  // "id\0path\0dct\0" at blocks_[block] + offset
  };
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = kBlockBytes;  // bytes used in the last block (full: none yet)
  size_t block_bytes_ = 0;
  std::vector<Record> records_;
  std::vector<uint8_t> source_;         // per document, into sources_
  std::vector<std::string> sources_;    // the distinct date-source words
};

}  // namespace eg
