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

}  // namespace eg
