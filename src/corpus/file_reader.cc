#include "corpus/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace eg {

namespace {

// The directory a thread last read a file from, held open (O_PATH): the
// inputs of a corpus come directory by directory, and opening the next file
// by its name relative to it spares the kernel the walk of every component
// of its path, the larger part of the cost of opening a small file (~3% of
// the main job's time on the bench corpus, 8,740 files six directories
// deep). The same file is opened, with the same errors, as long as the
// directory is not moved while the job runs.
class LastDirectory {
 public:
  ~LastDirectory() {
    if (fd_ >= 0) ::close(fd_);
  }
  // open(path, flags), through the held directory when `path` names a file
  // in one (a '/' that is neither its first nor its last byte).
  int Open(const std::string& path, int flags) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == path.size())
      return ::open(path.c_str(), flags);
    const std::string_view dir(path.data(), slash);
    if (fd_ < 0 || dir != dir_) {
      if (fd_ >= 0) ::close(fd_);
      dir_.assign(dir);
      fd_ = ::open(dir_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
      // Whatever failed, the plain open gives the error that names it.
      if (fd_ < 0) return ::open(path.c_str(), flags);
    }
    return ::openat(fd_, path.c_str() + slash + 1, flags);
  }

 private:
  std::string dir_;
  int fd_ = -1;
};

// Opens `path` for reading if it is a regular file of at most `max_bytes`.
// `near`: open it through the thread's last directory.
Status OpenChecked(const std::string& path, uint64_t max_bytes, int* fd_out, struct stat* st_out,
                   bool near = false) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
  thread_local LastDirectory last;
  int fd = near ? last.Open(path, flags) : ::open(path.c_str(), flags);
  if (fd < 0) {
    int e = errno;
    if (e == ENOENT) return Status::NotFound(path + ": no such file; skipped");
    if (e == ELOOP) return Status::InvalidInput(path + ": symbolic link loop; skipped");
    return Status::IOError(path + ": cannot read: " + std::strerror(e) + "; skipped");
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return Status::IOError(path + ": cannot read: " + std::strerror(e) + "; skipped");
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput(path + ": is a directory; skipped");
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput(path + ": not a regular file (device, FIFO or socket); skipped");
  }
  if (uint64_t(st.st_size) > max_bytes) {
    ::close(fd);
    return Status::InvalidInput(path + ": " + std::to_string(st.st_size) +
                                " bytes, larger than the limit of " +
                                std::to_string(max_bytes >> 20) + " MiB; skipped");
  }
  *fd_out = fd;
  *st_out = st;
  return Status::OK();
}

}  // namespace

Status ReadInputFileChunks(const std::string& path,
                           const std::function<void(std::string_view)>& chunk,
                           uint64_t max_bytes) {
  int fd = -1;
  struct stat st;
  if (Status s = OpenChecked(path, max_bytes, &fd, &st); !s.ok()) return s;
  char buf[size_t(64) << 10];
  uint64_t total = 0;
  while (total < max_bytes) {
    ssize_t n = ::read(fd, buf, size_t(std::min<uint64_t>(sizeof buf, max_bytes - total)));
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      int e = errno;
      ::close(fd);
      return Status::IOError(path + ": read error: " + std::strerror(e) + "; skipped");
    }
    if (n == 0) break;
    total += uint64_t(n);
    chunk(std::string_view(buf, size_t(n)));
  }
  ::close(fd);
  return Status::OK();
}

Status ReadInputFile(const std::string& path, std::string* out, uint64_t max_bytes) {
  int fd = -1;
  struct stat st;
  if (Status s = OpenChecked(path, max_bytes, &fd, &st, /*near=*/true); !s.ok()) return s;
  out->clear();
  out->resize(size_t(st.st_size));
  const size_t expected = out->size();
  size_t off = 0;
  char probe[4096];
  for (;;) {
    // Once the buffer is full (the size fstat gave), reads go to a small
    // buffer on the stack to find the end of the file: growing the string
    // to look for it would double every file's buffer, and copy it, just
    // to read nothing. Until then one read fills the buffer and goes on
    // into the stack's: a file of the size fstat gave comes back short of
    // what was asked, its end found by the same system call (a second
    // read, only to be told the end, cost one call per document).
    const bool full = off == out->size();
    if (full && out->size() >= max_bytes) break;
    struct iovec iov[2];
    int parts = 0;
    if (!full) iov[parts++] = {&(*out)[off], out->size() - off};
    const size_t probe_room = size_t(std::min<uint64_t>(sizeof probe, max_bytes - out->size()));
    if (probe_room > 0) iov[parts++] = {probe, probe_room};
    const size_t asked = (full ? 0 : out->size() - off) + probe_room;
    ssize_t n = ::readv(fd, iov, parts);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      int e = errno;
      ::close(fd);
      out->clear();
      return Status::IOError(path + ": read error: " + std::strerror(e) + "; skipped");
    }
    if (n == 0) break;
    const size_t in_buffer = full ? 0 : std::min(size_t(n), out->size() - off);
    off += in_buffer;
    // The file grew since fstat: keep what is there, up to the limit.
    if (size_t(n) > in_buffer) {
      out->append(probe, size_t(n) - in_buffer);
      off += size_t(n) - in_buffer;
    }
    // A regular file's read stops short of what was asked at its end; a
    // read that stops short elsewhere (it can on some file systems) is
    // followed by another unless the file has the size fstat gave.
    if (size_t(n) < asked && off == expected) break;
  }
  out->resize(off);
  ::close(fd);
  return Status::OK();
}

}  // namespace eg
