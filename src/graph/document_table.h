// DocumentTable: every document of the corpus (id, path, publication date and
// where the date came from), packed, for the outputs that list or link them.
//
// A corpus has many more documents than events, so what is kept of each
// grows memory with the corpus: here a document costs its bytes plus a few
// (no std::string of 32 bytes per field, no heap block per long id or path;
// the date source, one of a few words, is one byte). Records live in blocks
// of 64 KB that never move: growing the table copies nothing.
// Read access gives DocumentRef views, valid as long as the table lives.
//
// Spilled (Spill()), the table writes each block as it fills to an unlinked
// temporary file (a corpus/block_spill.h BlockSpill) and frees it, and no longer keeps where each record starts
// (a record is found by walking its block from the block's first, or from
// where the same thread last read): a document then costs one byte of
// memory. A record of a spilled block is read back with its whole block into
// a cache of one block per thread, so the views of a spilled record stay
// valid until the same thread reads a record of another spilled block: fine
// for reading the documents in order, too slow for looking them up one by
// one (the graph keeps the documents its events cite in memory for that).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/block_spill.h"
#include "corpus/document.h"
#include "corpus/status.h"

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
  DocumentTable(DocumentTable&& o) noexcept { *this = std::move(o); }
  DocumentTable& operator=(DocumentTable&& o) noexcept;
  ~DocumentTable();
  DocumentTable(const DocumentTable& o) { *this = o; }
  DocumentTable& operator=(const DocumentTable& o);
  DocumentTable& operator=(std::initializer_list<DocumentInfo> docs);

  // Fields must not hold a NUL byte (none can: file names, ISO dates and
  // the words of DctSourceName); a field that does is cut there.
  void push_back(const DocumentInfo& d);
  void reserve(size_t documents) {
    if (!spilled()) records_.reserve(documents);
  }
  void clear();
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  DocumentRef operator[](size_t i) const;
  DocumentRef front() const { return (*this)[0]; }
  DocumentRef back() const { return (*this)[size() - 1]; }
  // Bytes held (blocks, record offsets and the words of date sources).
  size_t MemoryBytes() const;

  // From now on, full blocks go to a temporary file in `dir` (empty: $TMPDIR,
  // else /tmp). Fails when the file cannot be created.
  Status Spill(const std::string& dir = "");
  bool spilled() const { return spill_ != nullptr; }
  // The first write or read error of the temporary file (a record that could
  // not be read reads as empty id, path and date).
  Status status() const;

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
  const char* Block(uint32_t b) const;  // in memory or read back
  void SpillLastBlock();
  std::vector<std::unique_ptr<char[]>> blocks_;  // null: spilled
  std::unique_ptr<BlockSpill> spill_;
  size_t used_ = 0;         // bytes used in the last block
  size_t last_capacity_ = 0;  // bytes of the last block (0: none yet)
  size_t block_bytes_ = 0;  // of the blocks in memory
  std::vector<Record> records_;  // not spilled: where each record is
  std::vector<uint32_t> block_first_;  // per block, the index of its first record
  size_t count_ = 0;
  std::vector<uint8_t> source_;         // per document, into sources_
  std::vector<std::string> sources_;    // the distinct date-source words
};

}  // namespace eg
