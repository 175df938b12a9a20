#include "corpus/temp_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace eg {

Status OpenTempFile(const std::string& dir, const char* for_what, int* fd, std::string* used_dir) {
  std::string d = dir;
  if (d.empty()) {
    const char* t = std::getenv("TMPDIR");
    d = t && *t ? t : "/tmp";
  }
  *used_dir = d;
  int f = ::open(d.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (f < 0) {
    // Named only for the moment between mkstemp and unlink.
    std::string name = d + "/eventgraph-XXXXXX";
    f = ::mkostemp(name.data(), O_CLOEXEC);
    if (f >= 0) ::unlink(name.c_str());
  }
  *fd = f;
  if (f < 0)
    return Status::IOError(d + ": cannot create a temporary file for " + for_what + ": " +
                           std::strerror(errno) + " (set TMPDIR to a writable directory)");
  return Status::OK();
}

int WriteAllAt(int fd, const void* p, size_t n, uint64_t at) {
  const char* b = static_cast<const char*>(p);
  for (size_t off = 0; off < n;) {
    ssize_t w = ::pwrite(fd, b + off, n - off, off_t(at + off));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return w < 0 ? errno : ENOSPC;
    off += size_t(w);
  }
  return 0;
}

int ReadAllAt(int fd, void* p, size_t n, uint64_t at) {
  char* b = static_cast<char*>(p);
  for (size_t got = 0; got < n;) {
    ssize_t r = ::pread(fd, b + got, n - got, off_t(at + got));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return r < 0 ? errno : EIO;
    got += size_t(r);
  }
  return 0;
}

}  // namespace eg
