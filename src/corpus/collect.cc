// CollectInputs: command-line paths -> the list of files to read.
//
// Memory: a directory's entries are small records whose names go straight
// into the InputList's name arena (a file's name is stored once, for the
// listing and for the extraction); its manifest is streamed onto the
// sorted entries a line at a time (4 bytes an entry meanwhile), never held;
// duplicates are found through IndexTables of 8-byte slots over the list
// itself, whose records and file identities go to disk as they grow (read
// back only to name a duplicate). Regular files that are not .txt are
// dropped as they are read from the directory.
#include <dirent.h>
#include <malloc.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <iterator>
#include <unordered_map>
#include <utility>

#include "corpus/chunked.h"
#include "corpus/file_reader.h"
#include "corpus/index_table.h"
#include "corpus/loader.h"
#include "corpus/manifest.h"

namespace eg {

namespace {

const char* kManifestName = "MANIFEST.tsv";

// A file's identity; plain bytes, so that the keys can go to disk.
struct FileKey {
  uint64_t dev, ino;
  bool operator==(const FileKey& o) const { return dev == o.dev && ino == o.ino; }
};

void ReturnFreePages() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

bool IsTxtName(std::string_view n) {
  return n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0;
}

// Calls f(line number, line without its newline) for each line of `path`,
// read in chunks; a UTF-8 byte order mark before the first line is dropped.
Status ForEachLine(const std::string& path, const std::function<void(int, std::string_view)>& f) {
  std::string carry;  // a line cut by the end of a chunk
  int n = 0;
  auto emit = [&](std::string_view line) {
    if (n == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    f(++n, line);
  };
  Status s = ReadInputFileChunks(path, [&](std::string_view chunk) {
    for (size_t nl; (nl = chunk.find('\n')) != std::string_view::npos;) {
      if (carry.empty()) {
        emit(chunk.substr(0, nl));
      } else {
        carry.append(chunk.substr(0, nl));
        emit(carry);
        carry.clear();
      }
      chunk.remove_prefix(nl + 1);
    }
    carry.append(chunk);
  });
  if (s.ok() && !carry.empty()) emit(carry);
  return s;
}

// Random access into a ChunkedVector whose blocks are all in memory, so
// that a directory's entries sort in place (no index vector beside them).
template <class T, unsigned kShift>
struct ChunkedIterator {
  using iterator_category = std::random_access_iterator_tag;
  using value_type = T;
  using difference_type = std::ptrdiff_t;
  using pointer = T*;
  using reference = T&;
  ChunkedVector<T, kShift>* v = nullptr;
  difference_type i = 0;

  T& operator*() const { return (*v)[size_t(i)]; }
  T* operator->() const { return &(*v)[size_t(i)]; }
  T& operator[](difference_type n) const { return (*v)[size_t(i + n)]; }
  ChunkedIterator& operator++() { ++i; return *this; }
  ChunkedIterator& operator--() { --i; return *this; }
  ChunkedIterator operator++(int) { ChunkedIterator t = *this; ++i; return t; }
  ChunkedIterator operator--(int) { ChunkedIterator t = *this; --i; return t; }
  ChunkedIterator& operator+=(difference_type n) { i += n; return *this; }
  ChunkedIterator& operator-=(difference_type n) { i -= n; return *this; }
  ChunkedIterator operator+(difference_type n) const { return {v, i + n}; }
  ChunkedIterator operator-(difference_type n) const { return {v, i - n}; }
  friend ChunkedIterator operator+(difference_type n, const ChunkedIterator& it) { return it + n; }
  difference_type operator-(const ChunkedIterator& o) const { return i - o.i; }
  bool operator==(const ChunkedIterator& o) const { return i == o.i; }
  bool operator!=(const ChunkedIterator& o) const { return i != o.i; }
  bool operator<(const ChunkedIterator& o) const { return i < o.i; }
  bool operator>(const ChunkedIterator& o) const { return i > o.i; }
  bool operator<=(const ChunkedIterator& o) const { return i <= o.i; }
  bool operator>=(const ChunkedIterator& o) const { return i >= o.i; }
};

struct Collector {
  InputList* files = nullptr;
  std::vector<InputProblem>* problems = nullptr;
  size_t base = 0;                 // files->size() before collecting
  ChunkedVector<FileKey, 9> dir_keys;  // every directory read
  IndexTable dirs_seen;            // over dir_keys: never read a directory twice
  ChunkedVector<FileKey> keys;     // identity of files[base + i]; spilled
  IndexTable files_seen;           // by file identity
  // By document id, once files come from more than one directory: two .txt
  // names of one directory with the same id are the same name, hence the
  // same file, which files_seen has already turned away. Until then the
  // table stays empty; `ids_dir` is the directory of every file so far.
  IndexTable ids_seen;
  bool ids_indexed = false;
  uint32_t ids_dir = UINT32_MAX;
  uint32_t loose_dir = UINT32_MAX; // directory of the last file given by path

  void Problem(const std::string& path, std::string msg, bool skipped = true) {
    problems->push_back({path, std::move(msg), skipped});
  }

  // `name` (stored in the list's arena as `handle`) is `path`'s last component.
  void AddFile(const std::string& path, uint32_t dir, uint32_t handle, std::string_view name,
               const struct stat& st, int32_t dct) {
    const FileKey key{uint64_t(st.st_dev), uint64_t(st.st_ino)};
    const uint64_t kh = IndexTable::Hash(key.dev, key.ino);
    uint32_t f = files_seen.Find(kh, [&](uint32_t i) { return keys[i - base] == key; });
    if (f != IndexTable::kNone) {
      Problem(path, path + ": the same file as " + files->Path(f) + ", already read; skipped");
      return;
    }
    const std::string_view id = FileStemView(name);
    const uint64_t ih = IndexTable::Hash(id);
    if (!ids_indexed && (files->size() == base || dir == ids_dir) && IsTxtName(name)) {
      ids_dir = dir;
    } else if (!ids_indexed) {
      // Another directory, or a name not ending in .txt: every id from now on.
      for (size_t i = base; i < files->size(); ++i)
        ids_seen.Insert(IndexTable::Hash(FileStemView(files->Name(i))), uint32_t(i));
      ids_indexed = true;
    }
    uint32_t d = ids_indexed ? ids_seen.Find(ih, [&](uint32_t i) {
      return FileStemView(files->Name(i)) == id;
    })
                             : IndexTable::kNone;
    if (d != IndexTable::kNone) {
      Problem(path, path + ": document id '" + std::string(id) + "' is already used by " +
                        files->Path(d) +
                        " (ids are file names without extension; rename one); skipped");
      return;
    }
    const uint32_t index = uint32_t(files->size());
    // The table's new slots are a fresh mapping; the entries the listing
    // has freed meanwhile are small blocks glibc keeps mapped. Hand those
    // pages back first, or the two add up at the listing's peak.
    if (files_seen.WillGrow()) ReturnFreePages();
    files_seen.Insert(kh, index);
    if (ids_indexed) ids_seen.Insert(ih, index);
    keys.push_back(key);
    files->Add(dir, handle, name.size(), dct);
  }

  void NoRoom(const std::string& path) {
    Problem(path, path + ": too many input files (their names exceed 4 GB); skipped");
  }

  // A file named on the command line: its directory part is shared with the
  // previous such file when equal (a shell glob lists one directory).
  void LooseFile(const std::string& p, const struct stat& st) {
    const size_t slash = p.rfind('/');
    const size_t cut = slash == std::string::npos ? 0 : slash + 1;
    const std::string_view prefix = std::string_view(p).substr(0, cut);
    if (loose_dir == UINT32_MAX || files->DirectoryAt(loose_dir) != prefix)
      loose_dir = files->AddDirectory(prefix);
    if (loose_dir == UINT32_MAX) return NoRoom(p);
    const std::string_view name = std::string_view(p).substr(cut);
    const uint32_t h = files->StoreName(name);
    if (h == UINT32_MAX) return NoRoom(p);
    AddFile(p, loose_dir, h, files->StoredName(h, name.size()), st, kNoDate);
  }

  // A manifest that cannot be read: its dates are not used.
  void ManifestUnread(const std::string& mpath, const Status& s) {
    std::string m = s.message();
    const std::string tail = "; skipped";
    if (m.size() > tail.size() && m.compare(m.size() - tail.size(), tail.size(), tail) == 0)
      m.resize(m.size() - tail.size());
    Problem(mpath, m + "; the manifest's dates are not used", false);
  }

  // Lists `dir` with readdir: an entry the directory says is a regular file
  // needs no stat of its own (its identity is the directory's device and the
  // entry's inode), which on a corpus of many small files is most of the
  // cost of listing it.
  void Directory(const std::string& dir, const struct stat& dst) {
    const FileKey dkey{uint64_t(dst.st_dev), uint64_t(dst.st_ino)};
    const uint64_t dh = IndexTable::Hash(dkey.dev, dkey.ino);
    if (dirs_seen.Find(dh, [&](uint32_t i) { return dir_keys[i] == dkey; }) != IndexTable::kNone) {
      Problem(dir, dir + ": a directory already being read (symbolic link loop or a "
                         "second path to it); skipped");
      return;
    }
    dirs_seen.Insert(dh, uint32_t(dir_keys.size()));
    dir_keys.push_back(dkey);
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      Problem(dir, dir + ": cannot list directory: " + std::strerror(errno) + "; skipped");
      return;
    }
    struct Entry {
      uint32_t name;            // handle in the list's arena
      uint32_t ino_lo, ino_hi;  // 4-byte aligned: 20 bytes a record
      // From the manifest (PackDate): while it is read, the date of the
      // last line naming the entry itself.
      int32_t dct;
      uint16_t len;
      unsigned char type;
      unsigned char seen;  // manifest lines named: 1 the entry, 2 its stem
    };
    static_assert(sizeof(Entry) == 20, "Entry is meant to pack");
    ChunkedVector<Entry, 10> entries;
    size_t listed = 0;
    bool full = false;
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string_view n = e->d_name;
      if (n != "." && n != "..") {
        ++listed;
        // A regular file that is not .txt is never an input nor reported.
        if (e->d_type != DT_REG || IsTxtName(n)) {
          const uint32_t h = files->StoreName(n);
          if (h == UINT32_MAX) {
            full = true;
          } else {
            const uint64_t ino = e->d_ino;
            entries.push_back({h, uint32_t(ino), uint32_t(ino >> 32), kNoDate,
                               uint16_t(n.size()), e->d_type, 0});
          }
        }
      }
      errno = 0;
    }
    if (errno != 0) {
      Problem(dir, dir + ": error while listing directory: " + std::strerror(errno) +
                       "; the entries after " + std::to_string(listed) + " were not read");
    }
    ::closedir(d);
    if (full) NoRoom(dir);
    auto name_of = [&](const Entry& e) { return files->StoredName(e.name, e.len); };
    using It = ChunkedIterator<Entry, 10>;
    const It first{&entries, 0}, last{&entries, std::ptrdiff_t(entries.size())};
    std::sort(first, last, [&](const Entry& a, const Entry& b) { return name_of(a) < name_of(b); });
    std::string prefix = dir;
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    // The manifest dates the .txt entries, by name or by stem. It is read a
    // line at a time and each line looked up among the sorted entries: the
    // manifest, as large as the listing, is never held. What a line needs
    // to know of the name's earlier line (ParseManifest's warnings) is kept
    // per entry; for a name no entry has, in `others`.
    const std::string mpath = prefix + kManifestName;
    struct stat mst;
    if (::stat(mpath.c_str(), &mst) == 0 && S_ISREG(mst.st_mode)) {
      // Per entry: whether a line named it (Entry::seen, the date in
      // Entry::dct) or its stem (the date here). A line naming a name
      // already named with another date gets a warning whose text needs
      // the earlier line's number: rather than keep line numbers per
      // entry, those warnings are kept pending (a rare case: a manifest
      // disagreeing with itself) and a second read finds their lines.
      ChunkedVector<int32_t> stem_date;  // in name order, as the entries
      for (size_t k = 0; k < entries.size(); ++k) stem_date.push_back(kNoDate);
      struct Pending {
        size_t warning;  // its place in `warnings`
        int32_t line;
        uint64_t key;    // entry * 2 + (named by its stem)
      };
      std::vector<Pending> pending;
      std::unordered_map<std::string, std::pair<int32_t, int32_t>> others;
      std::vector<std::string> warnings;
      auto find = [&](std::string_view n) -> size_t {
        const It it = std::lower_bound(first, last, n, [&](const Entry& a, std::string_view x) {
          return name_of(a) < x;
        });
        return it != last && name_of(*it) == n ? size_t(it - first) : SIZE_MAX;
      };
      // The key of the entry a line's name is looked up under (the entry
      // named so, else the one named so plus .txt), UINT64_MAX for none:
      // lines share a key exactly when they share a name.
      std::string stem_txt, warning;
      size_t exact = SIZE_MAX, stem = SIZE_MAX;
      auto key_of = [&](std::string_view name) -> uint64_t {
        exact = find(name);
        stem_txt.assign(name).append(".txt");
        stem = find(stem_txt);
        return exact != SIZE_MAX ? uint64_t(exact) * 2
                                 : stem != SIZE_MAX ? uint64_t(stem) * 2 + 1 : UINT64_MAX;
      };
      Status ms = ForEachLine(mpath, [&](int n, std::string_view line) {
        std::string_view name;
        int32_t date;
        warning.clear();
        if (!ParseManifestLine(mpath, n, line, &name, &date, &warning)) {
          if (!warning.empty()) warnings.push_back(warning);
          return;
        }
        const uint64_t key = key_of(name);
        if (key == UINT64_MAX) {
          auto& o = others[std::string(name)];
          if (o.first != 0 && o.second != date)
            warnings.push_back(ManifestDuplicateWarning(mpath, n, name, o.first));
          o = {n, date};
          return;
        }
        const bool had = exact != SIZE_MAX ? (entries[exact].seen & 1) != 0
                                           : (entries[stem].seen & 2) != 0;
        const int32_t prev_date = exact != SIZE_MAX ? entries[exact].dct : stem_date[stem];
        if (had && prev_date != date) {
          pending.push_back({warnings.size(), n, key});
          warnings.emplace_back();
        }
        if (exact != SIZE_MAX) entries[exact].seen |= 1, entries[exact].dct = date;
        if (stem != SIZE_MAX) entries[stem].seen |= 2, stem_date[stem] = date;
      });
      if (ms.ok() && !pending.empty()) {
        // Last line so far of each name with a pending warning.
        std::unordered_map<uint64_t, int32_t> last_line;
        for (const Pending& p : pending) last_line.emplace(p.key, 0);
        size_t next = 0;
        ms = ForEachLine(mpath, [&](int n, std::string_view line) {
          std::string_view name;
          int32_t date;
          warning.clear();
          if (next == pending.size() || !ParseManifestLine(mpath, n, line, &name, &date, &warning))
            return;
          auto it = last_line.find(key_of(name));
          if (it == last_line.end()) return;
          if (pending[next].line == n && pending[next].key == it->first && it->second != 0)
            warnings[pending[next++].warning] =
                ManifestDuplicateWarning(mpath, n, name, it->second);
          it->second = n;
        });
        if (ms.ok() && next != pending.size())
          ms = Status::IOError(mpath + ": changed while being read; skipped");
      }
      if (!ms.ok()) {
        ManifestUnread(mpath, ms);
        for (size_t k = 0; k < entries.size(); ++k) entries[k].dct = kNoDate;
      } else {
        for (auto& w : warnings) Problem(mpath, std::move(w), false);
        // Freed as it is applied: gone before the files are added.
        for (size_t k = 0; k < entries.size(); ++k) {
          stem_date.ReleaseBefore(k);
          Entry& e = entries[k];
          if (e.seen & 1) continue;  // dated by its own name
          e.dct = e.seen & 2 ? stem_date[k] : kNoDate;
        }
      }
    }
    uint32_t list_dir = UINT32_MAX;  // added with its first file
    std::string ps;
    // The entries passed are freed while the identity table grows: the two
    // are not held whole at once.
    for (size_t k = 0; k < entries.size(); ++k) {
      entries.ReleaseBefore(k);
      const Entry& e = entries[k];
      const std::string_view name = name_of(e);
      ps.assign(prefix).append(name);
      const bool txt = IsTxtName(name);
      struct stat st;
      if (e.type == DT_REG) {
        st = {};
        st.st_dev = dst.st_dev;
        st.st_ino = ino_t(uint64_t(e.ino_hi) << 32 | e.ino_lo);
        st.st_mode = S_IFREG;
      } else {
        struct stat lst;
        if (::lstat(ps.c_str(), &lst) != 0) continue;  // vanished meanwhile
        if (S_ISLNK(lst.st_mode)) {
          if (::stat(ps.c_str(), &st) != 0) {
            // Links to anything but .txt files are not inputs; only report those.
            if (!txt && errno != ELOOP) continue;
            Problem(ps, ps + (errno == ELOOP ? ": symbolic link loop; skipped"
                                             : ": broken symbolic link (" +
                                                   std::string(std::strerror(errno)) +
                                                   "); skipped"));
            continue;
          }
        } else {
          st = lst;
        }
      }
      if (S_ISDIR(st.st_mode)) {
        Directory(ps, st);
      } else if (txt) {
        if (list_dir == UINT32_MAX) list_dir = files->AddDirectory(prefix);
        if (list_dir == UINT32_MAX) {
          NoRoom(ps);
          continue;
        }
        // Not regular (FIFO, device): LoadDocument reports it.
        AddFile(ps, list_dir, e.name, name, st, e.dct);
      }
    }
  }
};

}  // namespace

void CollectInputs(const std::vector<std::string>& paths, InputList* files,
                   std::vector<InputProblem>* problems) {
  Collector c;
  c.files = files;
  c.problems = problems;
  c.base = files->size();
  // What is only read back to name a duplicate goes to disk as it grows
  // (in memory still when no temporary file can be made): the files'
  // identities and the list's records. The names stay: the listing sorts them.
  (void)c.keys.Spill("", "the input listing");
  (void)files->SpillRecords();
  for (const auto& p : paths) {
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) {
      int e = errno;
      struct stat lst;
      if (e == ELOOP) {
        c.Problem(p, p + ": symbolic link loop; skipped");
      } else if (e == ENOENT && ::lstat(p.c_str(), &lst) == 0) {
        c.Problem(p, p + ": broken symbolic link (target missing); skipped");
      } else if (e == ENOENT) {
        c.Problem(p, p + ": no such file or directory; skipped");
      } else {
        c.Problem(p, p + ": cannot access: " + std::strerror(e) + "; skipped");
      }
    } else if (S_ISDIR(st.st_mode)) {
      c.Directory(p, st);
    } else {
      c.LooseFile(p, st);
    }
  }
}

}  // namespace eg
