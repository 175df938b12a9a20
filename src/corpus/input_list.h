// InputList: the files CollectInputs found, in input order, kept compact
// because it lives through the whole extraction and grows with the corpus
// (~16 bytes a file plus its name, instead of a std::string path and an
// optional date). A file is its directory (a prefix shared by its files,
// usually ending in '/', or empty) and its name; the path is the two joined.
// Prefixes and names are kept in NameArenas (8 bytes a directory plus its
// prefix: a corpus of one directory per day stays small too). operator[]
// builds the InputFile a loader needs.
// Immutable once collected: threads may read it concurrently.
//
// Spill(), once the listing is complete, sends the file records and names to
// a temporary file (see corpus/chunked.h): the extraction then reads them
// back in order, a block at a time, and a file costs no memory. Only the
// directory prefixes stay. A view from Name() is then valid until the
// thread reads another name of another block; Path() and operator[] copy.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/chunked.h"

namespace eg {

struct InputFile {
  std::string path;                                  // path to open
  std::optional<date::year_month_day> manifest_dct;  // from the directory's manifest
};

// A date as days since 1970-01-01 in 32 bits, kNoDate for none.
constexpr int32_t kNoDate = INT32_MIN;
int32_t PackDate(const std::optional<date::year_month_day>& d);
std::optional<date::year_month_day> UnpackDate(int32_t packed);

class InputList {
 public:
  size_t size() const { return files_.size(); }
  bool empty() const { return files_.empty(); }
  InputFile operator[](size_t i) const { return {Path(i), ManifestDct(i)}; }
  std::string Path(size_t i) const;
  std::string_view Directory(size_t i) const { return DirectoryAt(File(files_[i]).dir); }
  std::string_view Name(size_t i) const {
    const File f = files_[i];
    return names_.View(f.name, f.len);
  }
  std::optional<date::year_month_day> ManifestDct(size_t i) const {
    return UnpackDate(File(files_[i]).dct);
  }
  // Frees everything.
  void clear();
  // Bytes held in memory.
  size_t bytes() const;

  // File records and names to a temporary file in `dir` (empty: $TMPDIR,
  // else /tmp). Fails, the list staying in memory, when it cannot be made.
  Status Spill(const std::string& dir = "");
  // The first write or read error of the temporary files; a record that
  // could not be read back reads as an empty name.
  Status status() const;

  // Building. A directory prefix (usually ending in '/'), then names: a name
  // can be stored first (NameArena handle) and listed later, or not at all.
  // AddDirectory returns UINT32_MAX when the prefix cannot be stored (longer
  // than 65,535 bytes, or the arena full).
  uint32_t AddDirectory(std::string_view prefix);
  std::string_view DirectoryAt(uint32_t dir) const {
    return dir_names_.View(dirs_[dir].name, dirs_[dir].len);
  }
  // UINT32_MAX when the name is too long (> 65,535 bytes) or the arena full.
  uint32_t StoreName(std::string_view name) { return names_.Add(name); }
  std::string_view StoredName(uint32_t handle, size_t len) const { return names_.View(handle, len); }
  void Add(uint32_t dir, uint32_t name_handle, size_t name_len, int32_t packed_dct) {
    files_.push_back({dir, name_handle, packed_dct, uint16_t(name_len)});
  }
  // Stores `name` and lists it; false when it cannot be stored.
  bool Add(uint32_t dir, std::string_view name, std::optional<date::year_month_day> dct);

 private:
  struct File {
    uint32_t dir;
    uint32_t name;  // NameArena handle
    int32_t dct;    // PackDate
    uint16_t len;
  };
  struct Dir {
    uint32_t name;  // NameArena handle
    uint32_t len;
  };
  ChunkedVector<Dir, 9> dirs_;
  NameArena dir_names_;  // directory prefixes: never spilled
  NameArena names_;      // file names
  ChunkedVector<File> files_;
};

}  // namespace eg
