#include "render/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace eg {
namespace fs = std::filesystem;

namespace {
const char* kLockName = ".lock";
// Large enough that a write() costs little against the bytes it carries,
// small enough that eight outputs (one at a time per render thread) stay
// small against the data they render.
constexpr size_t kBufferBytes = size_t(128) << 10;

// out_dir, absolute and without a trailing slash.
fs::path NormalOut(const std::string& out_dir) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(out_dir.empty() ? "." : out_dir), ec).lexically_normal();
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  return p;
}
}  // namespace

namespace {
// The hidden sibling of out_dir whose name starts with ".OUT.eventgraph-KIND-".
std::string SiblingPrefix(const std::string& out_dir, const char* kind) {
  fs::path out = NormalOut(out_dir);
  const std::string tail = std::string(".eventgraph-") + kind + "-";
  if (!out.has_filename()) return (out / tail).string();  // "/"
  return (out.parent_path() / ("." + out.filename().string() + tail)).string();
}

// Removes `dir` (the outputs a commit replaced, and the lock `lock_fd` holds)
// in a detached process: freeing an earlier output's blocks is the slowest
// step of replacing it (~20 ms for the seed corpus's 9 MB of outputs on an
// ext4 mounted with `discard`, serial at any -j), and nothing waits for it.
// The process keeps the lock until it is done, so a run starting meanwhile
// leaves the directory alone; if it dies, the next run removes the rest
// (RemoveStaleStaging). Without a process, the removal happens here.
void RemoveInBackground(const std::string& dir, int lock_fd) {
  // Listed before the fork: the child calls only async-signal-safe functions.
  std::vector<std::string> files, dirs;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code sec;
    if (it->is_directory(sec) && !it->is_symlink(sec))
      dirs.push_back(it->path().string());
    else
      files.push_back(it->path().string());
  }
  std::sort(dirs.rbegin(), dirs.rend());  // a subdirectory before its parent
  dirs.push_back(dir);
  auto remove_all = [&] {
    for (const auto& f : files) ::unlink(f.c_str());
    for (const auto& d : dirs) ::rmdir(d.c_str());
  };
  if (ec) {  // could not list it: whatever std::filesystem can do, here
    fs::remove_all(dir, ec);
    return;
  }
  const pid_t child = ::fork();
  if (child < 0) {
    remove_all();
    return;
  }
  if (child == 0) {
    // The grandchild does the work, so that no caller has a child to reap.
    const pid_t grandchild = ::fork();
    if (grandchild > 0) ::_exit(0);
    if (grandchild == 0) {
      ::setsid();  // a Ctrl-C meant for the caller's shell does not stop it
      // Nothing of the caller's (a pipe it reads to its end) stays open.
      if (lock_fd > 0) ::close_range(0, unsigned(lock_fd) - 1, 0);
      ::close_range(unsigned(lock_fd) + 1, ~0U, 0);
    }
    remove_all();  // (if the second fork failed, the first child does it)
    ::_exit(0);
  }
  int st = 0;
  while (::waitpid(child, &st, 0) < 0 && errno == EINTR) {
  }
}
}  // namespace

std::string StagingPrefix(const std::string& out_dir) { return SiblingPrefix(out_dir, "staging"); }
std::string ReplacedPrefix(const std::string& out_dir) {
  return SiblingPrefix(out_dir, "replaced");
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(tmp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path, bool sync) {
  path_ = path;
  sync_ = sync;
  tmp_ = path + ".tmp" + std::to_string(::getpid());
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) error_ = Status::IOError(path + ": cannot create: " + std::strerror(errno));
  buf_.reserve(kBufferBytes);
  return error_;
}

void OutputFile::Write(std::string_view s) {
  if (fd_ < 0 || !error_.ok()) return;
  if (buf_.size() + s.size() > kBufferBytes) {
    Flush();
    if (s.size() >= kBufferBytes) {  // large piece: straight to the file, no copy
      WriteAll(s);
      return;
    }
  }
  buf_.append(s);
}

void OutputFile::Flush() {
  WriteAll(buf_);
  buf_.clear();
}

void OutputFile::WriteAll(std::string_view s) {
  size_t off = 0;
  while (off < s.size() && error_.ok()) {
    ssize_t n = ::write(fd_, s.data() + off, s.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = Status::IOError(path_ + ": write failed: " + std::strerror(errno));
    } else {
      off += size_t(n);
    }
  }
}

Status OutputFile::Close() {
  if (fd_ < 0) return error_.ok() ? Status::IOError(path_ + ": not open") : error_;
  Flush();
  int fd = fd_;
  fd_ = -1;
  if (error_.ok() && sync_ && ::fsync(fd) != 0)
    error_ = Status::IOError(path_ + ": cannot finish writing: " + std::strerror(errno));
  if (::close(fd) != 0 && error_.ok())
    error_ = Status::IOError(path_ + ": cannot finish writing: " + std::strerror(errno));
  if (error_.ok() && std::rename(tmp_.c_str(), path_.c_str()) != 0)
    error_ = Status::IOError(path_ + ": cannot rename into place: " + std::strerror(errno));
  if (!error_.ok()) ::unlink(tmp_.c_str());
  return error_;
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  OutputFile f;
  Status s = f.Open(path);
  if (!s.ok()) return s;
  f.Write(contents);
  return f.Close();
}

void RemoveStaleStaging(const std::string& out_dir, std::vector<std::string>* removed) {
  const fs::path prefix(StagingPrefix(out_dir));
  const std::string name_prefixes[] = {prefix.filename().string(),
                                       fs::path(ReplacedPrefix(out_dir)).filename().string()};
  std::error_code ec;
  fs::directory_iterator it(prefix.parent_path(), ec);
  if (ec) return;
  std::vector<fs::path> stale;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(name_prefixes[0], 0) != 0 && name.rfind(name_prefixes[1], 0) != 0) continue;
    std::error_code sec;
    if (!fs::is_directory(fs::symlink_status(it->path(), sec))) continue;
    // A live run holds the lock; a dead one released it when it died.
    std::string lock = (it->path() / kLockName).string();
    int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      bool live = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
      ::close(fd);
      if (live) continue;
    }
    stale.push_back(it->path());
  }
  for (const auto& p : stale) {
    std::error_code rec;
    fs::remove_all(p, rec);
    if (!rec && removed) removed->push_back(p.string());
  }
}

StagedOutputs::~StagedOutputs() { Abort(); }

Status StagedOutputs::Begin(const std::string& out_dir, std::vector<std::string>* removed) {
  out_dir_ = out_dir;
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec || !fs::is_directory(out_dir, ec))
    return Status::IOError(out_dir + ": cannot create the output directory: " +
                           (ec ? ec.message() : std::string("not a directory")));
  RemoveStaleStaging(out_dir, removed);
  std::string dir = StagingPrefix(out_dir) + std::to_string(::getpid());
  fs::remove_all(dir, ec);  // ours from an earlier call in this process
  if (!fs::create_directory(dir, ec))
    return Status::IOError(dir + ": cannot create the staging directory: " + ec.message());
  staging_ = dir;
  std::string lock = (fs::path(dir) / kLockName).string();
  lock_fd_ = ::open(lock.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX) != 0) {
    std::string err = std::strerror(errno);
    Abort();
    return Status::IOError(lock + ": cannot lock the staging directory: " + err);
  }
  return Status::OK();
}

Status StagedOutputs::Commit(std::vector<std::string>* committed) {
  if (staging_.empty()) return Status::IOError(out_dir_ + ": nothing staged");
  std::vector<fs::path> rel;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(staging_, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    fs::path r = it->path().lexically_relative(staging_);
    if (r == kLockName) continue;
    rel.push_back(r);
  }
  if (ec) return Status::IOError(staging_ + ": cannot list the staged outputs: " + ec.message());
  std::sort(rel.begin(), rel.end());
  // A file that replaces an earlier output is on the disk before it takes
  // its place: a crash never trades a whole earlier file for an empty one.
  // A file with nothing to replace risks nothing already written, and is
  // not waited for (the wait is one journal commit, ~10-30 ms, a tenth of a
  // 20 MB run). Each fsync mostly waits for the journal; overlapping them
  // costs about one wait instead of one per file.
  synced_.clear();
  for (const auto& r : rel) {
    struct stat st;
    if (::lstat((fs::path(out_dir_) / r).c_str(), &st) == 0) synced_.push_back(r.string());
  }
  std::vector<std::string> errors(synced_.size());
  std::atomic<size_t> next{0};
  auto sync_some = [&] {
    for (size_t i; (i = next.fetch_add(1)) < synced_.size();) {
      fs::path p = fs::path(staging_) / synced_[i];
      int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0 || ::fsync(fd) != 0) errors[i] = p.string() + ": cannot sync: " + std::strerror(errno);
      if (fd >= 0) ::close(fd);
    }
  };
  {
    std::vector<std::thread> pool;
    for (size_t t = 1; t < std::min<size_t>(synced_.size(), 8); ++t) pool.emplace_back(sync_some);
    sync_some();
    for (auto& t : pool) t.join();
  }
  for (const auto& e : errors)
    if (!e.empty()) return Status::IOError(e);
  // A file that replaces one trades places with it (one atomic step, as a
  // rename), so the earlier output lands in the staging directory and is
  // freed in the background (RemoveInBackground) instead of by the rename.
  bool holds_replaced = false;
  for (const auto& r : rel) {
    fs::path from = fs::path(staging_) / r, to = fs::path(out_dir_) / r;
    if (r.has_parent_path()) fs::create_directories(to.parent_path(), ec);
    struct stat st;
    if (::lstat(to.c_str(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) &&
        ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0) {
      holds_replaced = true;
    } else if (std::rename(from.c_str(), to.c_str()) != 0) {  // new, or no exchange here
      return Status::IOError(to.string() + ": cannot move into place: " + std::strerror(errno));
    }
    if (committed) committed->push_back(to.string());
  }
  if (holds_replaced) {
    // Renamed first, so that the staging name is free for this process's next
    // Begin() and no run mistakes the directory for a staging one.
    const std::string replaced = ReplacedPrefix(out_dir_) + std::to_string(::getpid());
    fs::remove_all(replaced, ec);
    if (std::rename(staging_.c_str(), replaced.c_str()) == 0) {
      RemoveInBackground(replaced, lock_fd_);
      ::close(lock_fd_);
      lock_fd_ = -1;
      staging_.clear();
    }
  }
  Abort();
  return Status::OK();
}

void StagedOutputs::Abort() {
  if (lock_fd_ >= 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
  }
  if (!staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
    staging_.clear();
  }
}

}  // namespace eg
