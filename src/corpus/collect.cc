// CollectInputs: command-line paths -> the list of files to read.
//
// Memory does not grow with the files: a directory's entries are sorted by
// name through a RecordSorter (batches of bounded size, spilled as sorted
// runs and merged when the directory is larger), and so are its manifest's
// lines (by the name they date), the two sorted streams then joined; the
// files found go through UniqueInputs, which turns away duplicates in
// sorted passes once all are found, into an InputList whose records and
// names are spilled as they grow. What stays in memory
// per directory read is its identity (to refuse reading it twice) and its
// path prefix. Regular files that are not .txt are dropped as they are read
// from the directory.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "corpus/chunked.h"
#include "corpus/file_reader.h"
#include "corpus/index_table.h"
#include "corpus/loader.h"
#include "corpus/manifest.h"
#include "corpus/record_sorter.h"
#include "corpus/unique_inputs.h"

namespace eg {

namespace {

const char* kManifestName = "MANIFEST.tsv";

// A file's identity; plain bytes, so that the keys can go to disk.
struct FileKey {
  uint64_t dev, ino;
  bool operator==(const FileKey& o) const { return dev == o.dev && ino == o.ino; }
};

bool IsTxtName(std::string_view n) {
  return n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0;
}

// The .txt names of a directory as bits of their hashes: "no" is certain,
// "maybe" is a name or a hash shared. A manifest line dates the entry
// named after its stem plus .txt only when there may be one: the records
// for the others (every line naming a file by its full name, "x.txt" ->
// "x.txt.txt") are never written. About a bit per byte of the directory's
// size (on ext4 ~50 bits a name; at least 512), at most `max_bytes` (a
// quarter of a sorter batch): a small directory costs little to clear.
class NameFilter {
 public:
  NameFilter(uint64_t dir_bytes, size_t max_bytes) {
    const uint64_t want = std::max<uint64_t>(dir_bytes, 512);
    size_t words = 1;
    while (words * 64 < want && words * 2 * sizeof(uint64_t) <= max_bytes) words *= 2;
    bits_.assign(words, 0);
    shift_ = 64;
    for (size_t b = words * 64; b > 1; b /= 2) --shift_;
  }
  void Add(std::string_view name) {
    const size_t i = Slot(name);
    bits_[i >> 6] |= uint64_t(1) << (i & 63);
  }
  bool MayHold(std::string_view name) const {
    const size_t i = Slot(name);
    return bits_[i >> 6] >> (i & 63) & 1;
  }

 private:
  size_t Slot(std::string_view name) const {
    return size_t(IndexTable::Hash(std::hash<std::string_view>()(name), 0x27d4eb2f) >> shift_);
  }
  std::vector<uint64_t> bits_;
  unsigned shift_;
};

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

struct Collector {
  Collector(InputList* f, std::vector<InputProblem>* p, const CollectLimits& l)
      : files(f), problems(p), limits(l), unique(f, p, l.sort_batch_bytes, l.merge_fan_in) {}
  InputList* files;
  std::vector<InputProblem>* problems;
  CollectLimits limits;
  UniqueInputs unique;
  ChunkedVector<FileKey, 9> dir_keys;  // every directory read
  IndexTable dirs_seen;            // over dir_keys: never read a directory twice
  uint32_t loose_dir = UINT32_MAX; // directory of the last file given by path

  void Problem(const std::string& path, std::string msg, bool skipped = true) {
    problems->push_back({path, std::move(msg), skipped});
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
    unique.Offer(loose_dir, name, uint64_t(st.st_dev), uint64_t(st.st_ino), kNoDate);
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
    // The entries by name: key the name, order the inode, value the type.
    RecordSorter entries("a directory's listing", limits.sort_batch_bytes, limits.merge_fan_in);
    std::optional<NameFilter> txt_names(std::in_place, uint64_t(dst.st_size),
                                        limits.sort_batch_bytes / 4);
    size_t listed = 0;
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string_view n = e->d_name;
      if (n != "." && n != "..") {
        ++listed;
        // A regular file that is not .txt is never an input nor reported.
        const bool txt = IsTxtName(n);
        if (e->d_type != DT_REG || txt) entries.Add(n, uint64_t(e->d_ino), e->d_type);
        if (txt) txt_names->Add(n);
      }
      errno = 0;
    }
    if (errno != 0) {
      Problem(dir, dir + ": error while listing directory: " + std::strerror(errno) +
                       "; the entries after " + std::to_string(listed) + " were not read");
    }
    ::closedir(d);
    entries.Finish();
    if (!entries.status().ok()) {
      Problem(dir, dir + ": cannot list directory: " + entries.status().message() + "; skipped");
      return;
    }
    std::string prefix = dir;
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    // The manifest dates the .txt entries, by name or by stem: each line
    // becomes two records, one under its name (order 0, line) and one
    // under its name plus .txt (order 1, line; only when txt_names may
    // hold that name: the others would match no entry), sorted like the entries:
    // an entry's records are then the ones under its own name, the lines
    // naming it before those naming its stem, each in line order; the
    // sorted stream is joined with the entries as they are read. A name's
    // lines with another date than its previous line get warnings, in line
    // order with the bad lines' warnings.
    const std::string mpath = prefix + kManifestName;
    RecordSorter lines("a directory's manifest", limits.sort_batch_bytes, limits.merge_fan_in);
    bool dated = false;
    struct stat mst;
    if (::stat(mpath.c_str(), &mst) == 0 && S_ISREG(mst.st_mode)) {
      std::vector<std::pair<int, std::string>> warnings;  // by line
      std::string warning, stem_txt;
      Status ms = ForEachLine(mpath, [&](int n, std::string_view line) {
        std::string_view name;
        int32_t date;
        warning.clear();
        if (!ParseManifestLine(mpath, n, line, &name, &date, &warning)) {
          if (!warning.empty()) warnings.emplace_back(n, warning);
          return;
        }
        lines.Add(name, uint64_t(uint32_t(n)), uint32_t(date));
        stem_txt.assign(name).append(".txt");
        if (txt_names->MayHold(stem_txt))
          lines.Add(stem_txt, uint64_t(1) << 32 | uint32_t(n), uint32_t(date));
      });
      if (ms.ok()) {
        lines.Finish();
        ms = lines.status();
      }
      if (ms.ok()) {
        const size_t bad_lines = warnings.size();
        std::string last_name;
        int last_line = 0;
        int32_t last_date = 0;
        RecordSorter::Record r;
        while (lines.Next(&r)) {
          if (r.order >> 32) continue;  // a stem record: the same line again
          const int n = int(uint32_t(r.order));
          const int32_t date = int32_t(r.value);
          if (last_line != 0 && r.key == last_name && date != last_date)
            warnings.emplace_back(n, ManifestDuplicateWarning(mpath, n, r.key, last_line));
          last_name.assign(r.key);
          last_line = n;
          last_date = date;
        }
        ms = lines.status();
        if (warnings.size() > bad_lines) {
          std::stable_sort(warnings.begin(), warnings.end(),
                           [](const auto& a, const auto& b) { return a.first < b.first; });
        }
      }
      if (!ms.ok()) {
        ManifestUnread(mpath, ms);
      } else {
        for (auto& w : warnings) Problem(mpath, std::move(w.second), false);
        lines.Rewind();
        dated = true;
      }
    }
    txt_names.reset();  // not kept while the subdirectories are read
    RecordSorter::Record line;
    bool more_lines = dated && lines.Next(&line);
    // Which lines dated a .txt entry: every record read from `lines` (a
    // line's own and its stem record) goes here keyed by its line number,
    // so that the lines naming no file can be told once all entries are.
    std::optional<RecordSorter> used;
    if (dated) used.emplace("a directory's manifest", limits.sort_batch_bytes, limits.merge_fan_in);
    std::string used_key;
    auto note_line = [&](bool dated_a_file) {
      const bool stem = (line.order >> 32) != 0;
      const uint32_t n = uint32_t(line.order);
      used_key.assign({char(n >> 24), char(n >> 16), char(n >> 8), char(n)});
      used_key.append(line.key.substr(0, line.key.size() - (stem ? 4 : 0)));
      used->Add(used_key, 0, dated_a_file);
    };
    // The date of entry `name`: its own last line, else its stem's.
    auto date_of = [&](std::string_view name, bool txt) {
      while (more_lines && line.key < name) {
        note_line(false);
        more_lines = lines.Next(&line);
      }
      int32_t date = kNoDate;
      bool own = false;
      while (more_lines && line.key == name) {
        note_line(txt);
        const bool stem = (line.order >> 32) != 0;
        if (!stem) own = true;
        if (!stem || !own) date = int32_t(line.value);
        more_lines = lines.Next(&line);
      }
      return date;
    };
    uint32_t list_dir = UINT32_MAX;  // added with its first file
    std::string ps;
    RecordSorter::Record e;
    while (entries.Next(&e)) {
      const std::string_view name = e.key;
      const bool txt = IsTxtName(name);
      const int32_t dct = dated ? date_of(name, txt) : kNoDate;
      ps.assign(prefix).append(name);
      struct stat st;
      if (e.value == DT_REG) {
        st = {};
        st.st_dev = dst.st_dev;
        st.st_ino = ino_t(e.order);
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
        unique.Offer(list_dir, name, uint64_t(st.st_dev), uint64_t(st.st_ino), dct);
      }
    }
    if (!entries.status().ok()) {
      Problem(dir, dir + ": " + entries.status().message() +
                       "; the directory's later entries were not read");
    } else if (dated) {
      for (; more_lines; more_lines = lines.Next(&line)) note_line(false);
      if (lines.status().ok()) UnusedManifestLines(mpath, &*used);
    }
  }

  // One warning for the manifest lines that dated no .txt file of their
  // directory (a typo, or a file since removed): how many, and the first.
  // A line's records (its name, and its name plus .txt) sit together in
  // `used`, in line order.
  void UnusedManifestLines(const std::string& mpath, RecordSorter* used) {
    used->Finish();
    size_t unused = 0;
    std::string first, key;
    bool any_used = true;
    auto close_line = [&] {
      if (!key.empty() && !any_used && unused++ == 0) first = key;
    };
    RecordSorter::Record r;
    while (used->Next(&r)) {
      if (r.key != key) {
        close_line();
        key.assign(r.key);
        any_used = false;
      }
      any_used = any_used || r.value != 0;
    }
    close_line();
    if (unused == 0 || !used->status().ok()) return;
    const int n = int(uint32_t(uint8_t(first[0])) << 24 | uint32_t(uint8_t(first[1])) << 16 |
                      uint32_t(uint8_t(first[2])) << 8 | uint8_t(first[3]));
    Problem(mpath, ManifestUnusedWarning(mpath, n, std::string_view(first).substr(4), unused),
            false);
  }
};

}  // namespace

void CollectInputs(const std::vector<std::string>& paths, InputList* files,
                   std::vector<InputProblem>* problems) {
  CollectInputs(paths, files, problems, CollectLimits());
}

void CollectInputs(const std::vector<std::string>& paths, InputList* files,
                   std::vector<InputProblem>* problems, const CollectLimits& limits) {
  Collector c(files, problems, limits);
  // The files admitted go to disk as they are: the list (records and
  // names) and their identities; in memory still when no temporary file
  // can be made.
  (void)c.unique.Spill();
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
  c.unique.Flush();
}

}  // namespace eg
