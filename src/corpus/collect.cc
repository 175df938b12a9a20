// CollectInputs: command-line paths -> the list of files to read.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <utility>

#include "corpus/file_reader.h"
#include "corpus/loader.h"

namespace eg {
namespace fs = std::filesystem;

namespace {

const char* kManifestName = "MANIFEST.tsv";

using FileKey = std::pair<dev_t, ino_t>;

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

struct Collector {
  std::vector<InputFile>* files;
  std::vector<InputProblem>* problems;
  std::set<FileKey> dirs_seen;  // never read a directory twice
  struct KeyHash {
    size_t operator()(const FileKey& k) const { return std::hash<uint64_t>()(k.second * 31 + k.first); }
  };
  std::unordered_map<FileKey, size_t, KeyHash> files_seen;  // file identity -> index in files
  std::unordered_map<std::string, size_t> ids_seen;         // document id -> index in files

  void Problem(const std::string& path, std::string msg, bool skipped = true) {
    problems->push_back({path, std::move(msg), skipped});
  }

  void AddFile(const std::string& path, const struct stat& st,
               std::optional<date::year_month_day> dct) {
    FileKey key{st.st_dev, st.st_ino};
    auto f = files_seen.find(key);
    if (f != files_seen.end()) {
      Problem(path, path + ": the same file as " + (*files)[f->second].path + ", already read; skipped");
      return;
    }
    std::string id = FileStem(path);
    auto d = ids_seen.find(id);
    if (d != ids_seen.end()) {
      Problem(path, path + ": document id '" + id + "' is already used by " +
                        (*files)[d->second].path +
                        " (ids are file names without extension; rename one); skipped");
      return;
    }
    files_seen.emplace(key, files->size());
    ids_seen.emplace(std::move(id), files->size());
    files->push_back({path, dct});
  }

  std::map<std::string, date::year_month_day> ReadManifest(const fs::path& dir) {
    std::map<std::string, date::year_month_day> manifest;
    std::string mpath = (dir / kManifestName).string();
    struct stat st;
    if (::stat(mpath.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return manifest;
    std::string contents;
    Status s = ReadInputFile(mpath, &contents);
    if (!s.ok()) {
      std::string m = s.message();
      const std::string tail = "; skipped";
      if (m.size() > tail.size() && m.compare(m.size() - tail.size(), tail.size(), tail) == 0)
        m.resize(m.size() - tail.size());
      Problem(mpath, m + "; the manifest's dates are not used", false);
      return manifest;
    }
    std::vector<std::string> warnings;
    manifest = ParseManifest(mpath, contents, &warnings);
    for (auto& w : warnings) Problem(mpath, std::move(w), false);
    return manifest;
  }

  // Lists `dir` with readdir: an entry the directory says is a regular file
  // needs no stat of its own (its identity is the directory's device and the
  // entry's inode), which on a corpus of many small files is most of the
  // cost of listing it.
  void Directory(const fs::path& dir, const struct stat& dst) {
    if (!dirs_seen.insert({dst.st_dev, dst.st_ino}).second) {
      Problem(dir.string(), dir.string() +
                                ": a directory already being read (symbolic link loop or a "
                                "second path to it); skipped");
      return;
    }
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      Problem(dir.string(), dir.string() + ": cannot list directory: " +
                                std::strerror(errno) + "; skipped");
      return;
    }
    struct Entry {
      std::string name;
      ino_t ino;
      unsigned char type;
    };
    std::vector<Entry> entries;
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string_view n = e->d_name;
      if (n != "." && n != "..") entries.push_back({std::string(n), e->d_ino, e->d_type});
      errno = 0;
    }
    if (errno != 0) {
      Problem(dir.string(), dir.string() + ": error while listing directory: " +
                                std::strerror(errno) + "; the entries after " +
                                std::to_string(entries.size()) + " were not read");
    }
    ::closedir(d);
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    auto manifest = ReadManifest(dir);
    std::string prefix = dir.string();
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    for (const auto& e : entries) {
      const std::string ps = prefix + e.name;
      const bool txt = e.name.size() > 4 && EndsWith(e.name, ".txt");
      struct stat st;
      if (e.type == DT_REG) {
        if (!txt) continue;
        st = {};
        st.st_dev = dst.st_dev;
        st.st_ino = e.ino;
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
        Directory(fs::path(ps), st);
      } else if (txt) {
        std::optional<date::year_month_day> dct;
        auto m = manifest.find(e.name);
        if (m == manifest.end()) m = manifest.find(e.name.substr(0, e.name.size() - 4));
        if (m != manifest.end()) dct = m->second;
        // Not regular (FIFO, device): LoadDocument reports it.
        AddFile(ps, st, dct);
      }
    }
  }
};

}  // namespace

void CollectInputs(const std::vector<std::string>& paths, std::vector<InputFile>* files,
                   std::vector<InputProblem>* problems) {
  Collector c{files, problems, {}, {}, {}};
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
      c.Directory(fs::path(p), st);
    } else {
      c.AddFile(p, st, std::nullopt);
    }
  }
}

}  // namespace eg
