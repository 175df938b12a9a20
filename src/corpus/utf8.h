// Byte-level checks and repairs on raw file contents, before any stage sees
// them.
// - RepairUtf8 keeps the length: each byte that is not part of a
//   valid UTF-8 sequence becomes one '?', each NUL one ' ', so offsets into
//   the cleaned text remain offsets into the file.
// - DetectBom / ConvertUtf16ToUtf8: UTF-16 files (with a byte-order mark) are
//   converted; offsets then refer to the converted text, not to the file.
// - LooksBinary / BinaryKind: files that are not text at all.
// - RepairUtf8UnlessBinary: the loader's LooksBinary and RepairUtf8 in one
//   pass (each walked every byte of the corpus).
#pragma once
#include <cstddef>
#include <string>

namespace eg {

struct Utf8Repair {
  size_t invalid = 0;       // bytes replaced by '?'
  size_t nul = 0;           // NUL bytes replaced by ' '
  size_t first_offset = 0;  // offset of the first replaced byte (valid if any)
  size_t total() const { return invalid + nul; }
};

// Repairs `bytes` in place, one byte for one byte.
Utf8Repair RepairUtf8(std::string* bytes);
// True when every sequence is valid UTF-8 and there is no NUL.
bool IsCleanUtf8(const std::string& bytes);

enum class Bom { kNone, kUtf8, kUtf16LE, kUtf16BE, kUtf32LE, kUtf32BE };
Bom DetectBom(const std::string& bytes);
const char* BomName(Bom b);  // "UTF-16LE", ...

// Converts UTF-16 (after its BOM, `little_endian` or not) to UTF-8. Unpaired
// surrogates and a trailing odd byte become U+FFFD; returns how many.
size_t ConvertUtf16ToUtf8(const std::string& bytes, size_t from, bool little_endian,
                          std::string* out);

// A NUL pattern typical of UTF-16 text without a byte-order mark.
bool LooksUtf16(const std::string& bytes);
// Not a text file: a known binary signature (PDF, ZIP, ...), more than 10% of
// control bytes, or more than 30% of control and non-UTF-8 bytes together.
bool LooksBinary(const std::string& bytes);
// LooksBinary and, unless it holds, RepairUtf8 (its result in *fix), in one
// pass over the bytes: false when the bytes look binary (they may then be
// partly repaired).
bool RepairUtf8UnlessBinary(std::string* bytes, Utf8Repair* fix);
// "PDF", "ZIP", ... for a known signature, else nullptr.
const char* BinaryKind(const std::string& bytes);

}  // namespace eg
