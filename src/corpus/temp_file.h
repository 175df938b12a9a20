// OpenTempFile: a scratch file that never shows up on disk, for the stages
// that spill what they would otherwise keep in memory (event mentions,
// the document list); WriteAllAt / ReadAllAt: whole blocks in and out of it.
//
// `dir` empty means $TMPDIR, else /tmp; *used_dir is set to the directory
// tried, for the caller's later messages. The file is opened O_TMPFILE where
// the filesystem allows it, else made with mkstemp and unlinked at once; it
// is close-on-exec and gone when the descriptor is closed. On failure the
// status names the directory, says what the file was `for_what` ("the event
// mentions") and suggests TMPDIR.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/status.h"

namespace eg {

Status OpenTempFile(const std::string& dir, const char* for_what, int* fd, std::string* used_dir);

// Writes all `n` bytes of `p` at file offset `at`, through short writes and
// EINTR. Returns 0, or the errno of the failure (ENOSPC when nothing more
// could be written).
int WriteAllAt(int fd, const void* p, size_t n, uint64_t at);
// Reads exactly `n` bytes at `at` into `p`. Returns 0, or the errno of the
// failure (EIO when the file ends first).
int ReadAllAt(int fd, void* p, size_t n, uint64_t at);

}  // namespace eg
