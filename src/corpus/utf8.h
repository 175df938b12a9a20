// Byte-level checks on raw file contents, before any stage sees them.
// ReplaceInvalidUtf8 keeps the length: each byte that is not part of a valid
// UTF-8 sequence, and each NUL, becomes one '?' (NUL: ' '), so offsets into
// the cleaned text remain offsets into the file.
#pragma once
#include <string>

namespace eg {

// Number of bytes replaced.
size_t ReplaceInvalidUtf8(std::string* bytes);
// A UTF-16 byte-order mark, or a NUL pattern typical of UTF-16 text.
bool LooksUtf16(const std::string& bytes);
// Mostly control bytes or NULs in the first 4 KiB: not a text file.
bool LooksBinary(const std::string& bytes);

}  // namespace eg
