#include "corpus/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

namespace eg {

Status ReadInputFile(const std::string& path, std::string* out, uint64_t max_bytes) {
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
  out->clear();
  out->resize(size_t(st.st_size));
  size_t off = 0;
  for (;;) {
    if (off == out->size()) {
      // The file may have grown since fstat; read what is there, up to the limit.
      if (out->size() >= max_bytes) break;
      out->resize(std::min<uint64_t>(max_bytes, out->size() * 2 + 4096));
    }
    ssize_t n = ::read(fd, &(*out)[off], out->size() - off);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      int e = errno;
      ::close(fd);
      out->clear();
      return Status::IOError(path + ": read error: " + std::strerror(e) + "; skipped");
    }
    if (n == 0) break;
    off += size_t(n);
  }
  out->resize(off);
  ::close(fd);
  return Status::OK();
}

}  // namespace eg
