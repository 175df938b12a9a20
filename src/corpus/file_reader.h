// Reading one input file whole, safely: only regular files are read (a FIFO
// or a device would block or never end), the size is bounded, and every
// failure is a Status whose message names the file and the system's reason.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "corpus/status.h"

namespace eg {

// Larger files are refused: offsets in the pipeline are 32-bit and one
// article is never this large.
constexpr uint64_t kMaxInputBytes = 256ull << 20;

// Reads `path` into `out`. Messages end with "; skipped".
Status ReadInputFile(const std::string& path, std::string* out,
                     uint64_t max_bytes = kMaxInputBytes);
// The same checks, but the bytes go to `chunk` in pieces of up to 64 KB as
// they are read (for a file only scanned once, never held whole). Bytes past
// `max_bytes` are not read. A read error can come after some chunks.
Status ReadInputFileChunks(const std::string& path,
                           const std::function<void(std::string_view)>& chunk,
                           uint64_t max_bytes = kMaxInputBytes);

}  // namespace eg
