// UniqueInputs: admits the files CollectInputs finds into the InputList,
// turning away a file when a file admitted before it (in input order) is
// the same file (same device and inode: a hard link, a second path through
// a symbolic link) or has its document id (name without extension). A file
// turned away never counts for the files after it: a hard link to it, with
// an id of its own, is admitted. The first message wins: the same file,
// then the same id. Each turned-away file becomes an InputProblem at the
// place in `problems` it would have had if decided when offered.
//
// Admitting greedily in input order is a greedy matching (a file is an
// edge between its identity and its id), computed here in sorted passes,
// never with a table per file. Offer() stores the file (dir, name handle
// in the InputList's arena, identity, date, place in `problems`: 40 bytes,
// spilled) and marks its identity and its id in a filter of fixed size
// (two bits a slot: seen once, seen again). Flush() first reads the stored
// offers back: a file whose two slots were each marked once shares its
// identity and its id with no other file (equal keys share a slot): it is
// admitted and no other file depends on it, so it needs no sort. The
// others (files that do share a key, and those whose key merely shares a
// slot: ~4n/slots of n files, 1 in 30 of 8,740 files with the default
// bounds' 2^20 slots) go, keyed by identity, into an external sort
// (corpus/record_sorter.h), then rounds of three sorted passes (by
// identity, by id, by identity) over the files still undecided: a file
// first among the undecided ones of its identity and of its id is admitted
// (every file before it that shares either is decided, and turned away),
// and the later files sharing its identity or id are turned away. Round
// one sees every such file, and drops those alone under both keys; the
// later rounds only see files in chains of files that share an identity
// or an id (a chain of k links takes ~k/2 rounds; real corpora have none
// past round two). Undecided files that fit in one batch of the sort (all of them,
// for a small corpus) are decided at once in memory instead. Two more
// sorted passes find the file each turned-away one lost to (the admitted
// file with its identity before it, else the one with its id), a last
// sort puts those in input order, and one read of the stored offers lists
// the admitted files and places the messages. I/O: two reads of the stored
// offers, sorts of ~70 bytes a file sent to them (O(n log n)); memory: the
// filter (one sorter batch) while listing, a few sorter batches at the end,
// never a table per file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/chunked.h"
#include "corpus/input_list.h"
#include "corpus/loader.h"
#include "corpus/record_sorter.h"

namespace eg {

class UniqueInputs {
 public:
  UniqueInputs(InputList* files, std::vector<InputProblem>* problems,
               size_t sort_batch_bytes = RecordSorter::kDefaultBatchBytes,
               size_t merge_fan_in = RecordSorter::kDefaultFanIn);
  ~UniqueInputs();
  // Spills the stored offers (and the InputList) from now on; the sorts
  // use temporary files in `dir` too.
  Status Spill(const std::string& dir = "");

  // The file `name` of the list's directory `dir` (its path is the two
  // joined), with its identity and PackDate'd manifest date.
  void Offer(uint32_t dir, std::string_view name, uint64_t dev, uint64_t ino, int32_t dct);
  // Decides every file offered, lists the admitted ones in input order and
  // reports the others. Once, after the last Offer.
  void Flush();

  // Rounds of passes the last Flush() ran, the one in memory included
  // (tests: chains take several).
  size_t rounds() const { return rounds_; }
  // Files the last Flush() admitted on the filter alone, without a sort.
  size_t admitted_unsorted() const { return unsorted_; }

 private:
  struct Offered {
    uint64_t dev, ino;
    uint32_t dir;
    uint32_t name;  // handle in the InputList's name arena
    int32_t dct;
    uint32_t problem_at;  // problems->size() when offered
    uint32_t id_slot;     // the filter's slot of its id
    uint16_t len;
  };
  // The filter: a slot's bit in seen_ once a key falls in it, in again_ when
  // a second one does.
  size_t IdentitySlot(uint64_t dev, uint64_t ino) const;
  size_t IdSlot(std::string_view name) const;
  void Mark(size_t slot);
  bool Again(size_t slot) const { return again_[slot >> 6] >> (slot & 63) & 1; }
  std::unique_ptr<RecordSorter> NewSorter(const char* what) const;
  // Reads the offers back: those the filter cannot admit go to by_identity_.
  void SortSuspects();
  // The undecided files by identity -> next round's, and the decided ones.
  void Round(RecordSorter* undecided, bool first, RecordSorter* next, RecordSorter* decided);
  // The same for undecided files that fit in one batch of the sorter.
  void DecideInMemory(RecordSorter* undecided, RecordSorter* decided);
  // The decided files -> the turned-away ones in input order, with the
  // path of the file each lost to.
  void FindWinners(RecordSorter* decided, RecordSorter* lost);
  void Fail(const Status& s);

  InputList* files_;
  std::vector<InputProblem>* problems_;
  size_t batch_bytes_, fan_in_;
  std::string tmp_dir_;
  ChunkedVector<Offered, 11> offered_;
  std::vector<uint64_t> seen_, again_;  // the filter's bits
  unsigned slot_shift_ = 64;            // a 64-bit hash >> slot_shift_: a slot
  std::unique_ptr<RecordSorter> by_identity_;  // the files the filter cannot admit
  size_t unsorted_ = 0;
  std::string key_;                            // an offer's record, reused
  size_t rounds_ = 0;
  Status error_;  // the first sort that failed
};

}  // namespace eg
