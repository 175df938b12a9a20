#include "corpus/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

namespace eg {

namespace {

// Opens `path` for reading if it is a regular file of at most `max_bytes`.
Status OpenChecked(const std::string& path, uint64_t max_bytes, int* fd_out, struct stat* st_out) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
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
  if (Status s = OpenChecked(path, max_bytes, &fd, &st); !s.ok()) return s;
  out->clear();
  out->resize(size_t(st.st_size));
  size_t off = 0;
  char probe[4096];
  for (;;) {
    // Once the buffer is full (the size fstat gave), a small read on the
    // stack finds the end of the file: growing the string to look for it
    // would double every file's buffer, and copy it, just to read nothing.
    const bool full = off == out->size();
    if (full && out->size() >= max_bytes) break;
    char* to = full ? probe : &(*out)[off];
    size_t room = full ? std::min<uint64_t>(sizeof probe, max_bytes - out->size())
                       : out->size() - off;
    ssize_t n = ::read(fd, to, room);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      int e = errno;
      ::close(fd);
      out->clear();
      return Status::IOError(path + ": read error: " + std::strerror(e) + "; skipped");
    }
    if (n == 0) break;
    // The file grew since fstat: keep what is there, up to the limit.
    if (full) out->append(probe, size_t(n));
    off += size_t(n);
  }
  out->resize(off);
  ::close(fd);
  return Status::OK();
}

}  // namespace eg
