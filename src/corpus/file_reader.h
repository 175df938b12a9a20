// Reading one input file whole, safely: only regular files are read (a FIFO
// or a device would block or never end), the size is bounded, and every
// failure is a Status whose message names the file and the system's reason.
#pragma once
#include <cstdint>
#include <string>

#include "corpus/status.h"

namespace eg {

// Larger files are refused: offsets in the pipeline are 32-bit and one
// article is never this large.
constexpr uint64_t kMaxInputBytes = 256ull << 20;

// Reads `path` into `out`. Messages end with "; skipped".
Status ReadInputFile(const std::string& path, std::string* out,
                     uint64_t max_bytes = kMaxInputBytes);

}  // namespace eg
