// UniqueInputs: admits the files CollectInputs finds into the InputList,
// turning away, in input order, a file already admitted (same device and
// inode: a hard link, a second path through a symbolic link) and a file
// whose document id (name without extension) an admitted file already has.
// The first file offered wins; a later one becomes an InputProblem at the
// place in `problems` it would have had if decided at once.
//
// Memory does not grow with the files: offers wait in a block of at most
// `block` files; the admitted files' identities (device, inode, a 64-bit
// hash of the id, their index: 32 bytes) go to a spilled ChunkedVector
// (one 64 KB block in memory). A full block is decided in one pass over that record
// of every file admitted before it (the block's keys in small hash tables),
// then file by file against the block's earlier files; an id whose hash
// matches is compared with the admitted file's name, read back from the
// (spilled) InputList. The cost is a sequential read of 32 bytes per
// admitted file per block: 16 n^2 / block bytes in all (a 140,000-file
// corpus: 35 blocks of 4,096, ~80 MB read from the page cache).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/chunked.h"
#include "corpus/index_table.h"
#include "corpus/input_list.h"
#include "corpus/loader.h"

namespace eg {

class UniqueInputs {
 public:
  static constexpr size_t kDefaultBlock = 4096;

  UniqueInputs(InputList* files, std::vector<InputProblem>* problems,
               size_t block = kDefaultBlock);
  // Spills the admitted files' identities (and the InputList) from now on.
  Status Spill(const std::string& dir = "");

  // The file `name` of the list's directory `dir` (its path is the two
  // joined), with its identity and PackDate'd manifest date.
  void Offer(uint32_t dir, std::string_view name, uint64_t dev, uint64_t ino, int32_t dct);
  // Decides every file offered so far.
  void Flush();

 private:
  struct Admitted {
    uint64_t dev, ino;
    uint64_t id_hash;
    uint32_t index;  // in the InputList
    uint32_t pad = 0;
  };
  struct Offered {
    uint64_t dev, ino, id_hash;
    uint32_t name_at, name_len;  // in names_
    uint32_t dir;
    int32_t dct;
    size_t problem_at;  // problems->size() when offered
    // An admitted file of an earlier block with the same identity, the
    // same id: its index in the list.
    uint32_t same_file, same_id;
  };
  std::string_view NameOf(const Offered& o) const {
    return std::string_view(names_).substr(o.name_at, o.name_len);
  }
  std::string PathOf(const Offered& o) const;

  InputList* files_;
  std::vector<InputProblem>* problems_;
  size_t block_;
  ChunkedVector<Admitted, 11> admitted_;
  std::vector<Offered> offered_;
  std::string names_;  // the offered files' names end to end
};

}  // namespace eg
