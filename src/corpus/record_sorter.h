// RecordSorter: an external sort of small records (a byte-string key, a
// 64-bit `order`, a 32-bit `value`) by (key, order), in bounded memory, for
// the listing of a directory of any size (its entries by name, its
// manifest's lines by name and line).
//
// Records are gathered in a batch of at most `batch_bytes` (16 bytes a
// record plus its key, plus 24 for sorting: the key's first 16 bytes as
// numbers, compared before any memcmp); a batch that fills is sorted and
// written as a run to an unlinked temporary file (corpus/temp_file.h). When
// all is added, Finish() merges the runs `fan_in` at a time into longer runs
// until at most `fan_in` remain; reading them (Next) merges those last runs
// on the fly through one buffer each. Memory: the batch, or `fan_in` read
// buffers of batch_bytes / fan_in (at least 4 KB, or one record), never the
// whole set. A sorter that never fills a batch never touches the disk.
//
// Errors: when no temporary file can be made the sorter keeps every record
// in memory (as it would without a limit); a failed write or read later is
// kept in status() (a Status naming the temporary directory) and the records
// read from then on are missing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace eg {

class RecordSorter {
 public:
  struct Record {
    std::string_view key;  // valid until the next Next() or Rewind()
    uint64_t order = 0;
    uint32_t value = 0;
  };
  static constexpr size_t kDefaultBatchBytes = size_t(256) << 10;
  static constexpr size_t kDefaultFanIn = 16;

  // `tmp_dir` empty: $TMPDIR, else /tmp; `for_what` names the file in messages.
  explicit RecordSorter(const char* for_what, size_t batch_bytes = kDefaultBatchBytes,
                        size_t fan_in = kDefaultFanIn, std::string tmp_dir = "");
  ~RecordSorter();
  RecordSorter(const RecordSorter&) = delete;
  RecordSorter& operator=(const RecordSorter&) = delete;

  // Adding, before Finish(). Keys up to 4 GB.
  void Add(std::string_view key, uint64_t order, uint32_t value);
  // Sorts (and merges runs down to `fan_in`); then reading starts.
  void Finish();
  // The records in (key, order) order; false at the end. Rewind() starts over.
  bool Next(Record* r);
  void Rewind();

  size_t size() const { return count_; }
  // Runs written to the temporary file so far, merge passes included.
  size_t runs_written() const { return runs_written_; }
  Status status() const { return error_; }

 private:
  struct Run {
    uint64_t at = 0, bytes = 0;
  };
  class Reader;
  void SpillBatch();
  void SortBatch();
  void MergeRuns(const Run* runs, size_t n, bool to_file, Run* out);
  bool Write(const char* p, size_t n);
  bool Flush();
  void Fail(const std::string& what, int err);
  bool OpenFile();

  const char* for_what_;
  size_t batch_bytes_, fan_in_;
  std::string tmp_dir_;
  int fd_ = -1;
  bool no_file_ = false;  // a temporary file could not be made: all in memory
  uint64_t end_ = 0;      // bytes in the file
  size_t count_ = 0, runs_written_ = 0;
  Status error_;

  std::string batch_;             // records end to end: header, then key
  // A batch's record for sorting: its key's first 16 bytes as big-endian
  // numbers (compared first), where it is in the batch and its key's length.
  struct SortKey {
    uint64_t hi, lo;
    uint32_t at, len;
  };
  std::vector<SortKey> sorted_;  // the batch's records, sorted by Finish
  size_t next_ = 0;               // reading the batch: next offset
  std::vector<Run> runs_;
  std::string out_;  // write buffer
  std::vector<std::unique_ptr<Reader>> readers_;
  std::vector<Reader*> heap_;
  Reader* current_ = nullptr;  // the reader whose record was returned last
  bool finished_ = false;
};

}  // namespace eg
