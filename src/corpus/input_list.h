// InputList: the files CollectInputs found, in input order, kept compact
// because it lives through the whole extraction and grows with the corpus
// (~16 bytes a file plus its name, instead of a std::string path and an
// optional date). A file is its directory (a prefix shared by its files,
// usually ending in '/', or empty) and its name; the path is the two joined.
// Prefixes and names are both kept in one NameArena (8 bytes a directory
// plus its prefix: a corpus of one directory per day stays small too). operator[] builds the InputFile a loader needs.
// Immutable once collected: threads may read it concurrently.
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
  std::string_view Directory(size_t i) const { return DirectoryAt(files_[i].dir); }
  std::string_view Name(size_t i) const { return names_.View(files_[i].name, files_[i].len); }
  std::optional<date::year_month_day> ManifestDct(size_t i) const {
    return UnpackDate(files_[i].dct);
  }
  // Frees everything.
  void clear();
  size_t bytes() const;

  // Building. A directory prefix (usually ending in '/'), then names: a name
  // can be stored first (NameArena handle) and listed later, or not at all.
  // AddDirectory returns UINT32_MAX when the prefix cannot be stored (longer
  // than 65,535 bytes, or the arena full).
  uint32_t AddDirectory(std::string_view prefix);
  std::string_view DirectoryAt(uint32_t dir) const {
    return names_.View(dirs_[dir].name, dirs_[dir].len);
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
  NameArena names_;
  ChunkedVector<File> files_;
};

}  // namespace eg
