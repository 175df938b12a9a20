#include "corpus/utf8.h"

#include <emmintrin.h>

#include <algorithm>
#include <cstring>

namespace eg {

namespace {
// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t ValidSeqLen(const std::string& s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t n;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

bool IsControl(unsigned char c) {
  return c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' &&
                    c != 0x1B);
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}
}  // namespace

// True when none of the 8 bytes at p is >= 0x80 or below `lim` (0x01 or 0x20).
inline bool PlainAscii8(const char* p, uint64_t lim) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  return ((w | ((w - lim * kOnes) & ~w)) & kHigh) == 0;
}

// The same tests sixteen bytes at a time (SSE2, in every x86-64 CPU): the
// checks below see every byte of the corpus, and a file is nearly all
// plain ASCII. Each returns a bit per byte that the test fails, so that a
// loop jumps straight to the first such byte. A signed compare puts bytes
// >= 0x80 below any ASCII limit.
inline __m128i Load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
// Bytes of the 16 at p that are NUL or >= 0x80.
inline uint32_t NulOrHigh16(const char* p) {
  return uint32_t(_mm_movemask_epi8(_mm_cmplt_epi8(Load16(p), _mm_set1_epi8(1))));
}
// Bytes of the 16 at p that are >= 0x80 or a control byte other than a tab
// or a line break (\n, \r): the others count nothing in LooksBinary.
inline uint32_t NotPlainText16(const char* p) {
  const __m128i v = Load16(p);
  const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  const __m128i ok = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
  return uint32_t(_mm_movemask_epi8(_mm_andnot_si128(ok, low)));
}

Utf8Repair RepairUtf8(std::string* bytes) {
  std::string& s = *bytes;
  Utf8Repair r;
  for (size_t i = 0; i < s.size();) {
    if (i + 16 <= s.size()) {
      const uint32_t bad = NulOrHigh16(s.data() + i);
      if (!bad) { i += 16; continue; }
      i += size_t(__builtin_ctz(bad));  // the bytes before it are plain ASCII
    } else if (i + 8 <= s.size() && PlainAscii8(s.data() + i, 0x01)) {
      i += 8;
      continue;
    }
    if (s[i] == '\0') {
      if (r.total() == 0) r.first_offset = i;
      s[i] = ' ';
      ++r.nul;
      ++i;
      continue;
    }
    size_t n = ValidSeqLen(s, i);
    if (n == 0) {
      if (r.total() == 0) r.first_offset = i;
      s[i] = '?';
      ++r.invalid;
      ++i;
      continue;
    }
    i += n;
  }
  return r;
}

bool IsCleanUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') return false;
    size_t n = ValidSeqLen(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

Bom DetectBom(const std::string& b) {
  auto at = [&](size_t i) { return i < b.size() ? (unsigned char)b[i] : 0x100u; };
  if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return Bom::kUtf8;
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return Bom::kUtf32LE;
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return Bom::kUtf32BE;
  if (at(0) == 0xFF && at(1) == 0xFE) return Bom::kUtf16LE;
  if (at(0) == 0xFE && at(1) == 0xFF) return Bom::kUtf16BE;
  return Bom::kNone;
}

const char* BomName(Bom b) {
  switch (b) {
    case Bom::kNone: return "none";
    case Bom::kUtf8: return "UTF-8";
    case Bom::kUtf16LE: return "UTF-16LE";
    case Bom::kUtf16BE: return "UTF-16BE";
    case Bom::kUtf32LE: return "UTF-32LE";
    case Bom::kUtf32BE: return "UTF-32BE";
  }
  return "none";
}

size_t ConvertUtf16ToUtf8(const std::string& b, size_t from, bool le, std::string* out) {
  out->clear();
  out->reserve((b.size() - std::min(from, b.size())) * 3 / 2);
  size_t bad = 0;
  auto unit = [&](size_t i) -> uint32_t {
    unsigned lo = (unsigned char)b[le ? i : i + 1], hi = (unsigned char)b[le ? i + 1 : i];
    return (hi << 8) | lo;
  };
  size_t i = from;
  for (; i + 1 < b.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), out);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      AppendUtf8(0xFFFD, out);
      ++bad;
      continue;
    }
    AppendUtf8(u, out);
  }
  if (i < b.size()) {  // odd trailing byte
    AppendUtf8(0xFFFD, out);
    ++bad;
  }
  return bad;
}

bool LooksUtf16(const std::string& b) {
  size_t n = std::min<size_t>(b.size(), 512), zeros_odd = 0, zeros_even = 0;
  for (size_t i = 0; i < n; ++i) {
    // Sixteen bytes without a NUL at once (nearly every file's head).
    if (i % 16 == 0 && i + 16 <= n &&
        _mm_movemask_epi8(_mm_cmpeq_epi8(Load16(b.data() + i), _mm_setzero_si128())) == 0) {
      i += 15;
      continue;
    }
    if (b[i] == '\0') (i % 2 ? zeros_odd : zeros_even)++;
  }
  // ASCII-range UTF-16: every other byte is NUL, the others are not.
  return n >= 16 && ((zeros_odd > n * 4 / 10 && zeros_even < n / 20) ||
                     (zeros_even > n * 4 / 10 && zeros_odd < n / 20));
}

const char* BinaryKind(const std::string& b) {
  struct Sig { const char* magic; size_t len; const char* name; };
  static const Sig kSigs[] = {
      {"%PDF-", 5, "PDF"},          {"PK\x03\x04", 4, "ZIP (or DOCX/ODT)"},
      {"\x1F\x8B", 2, "gzip"},      {"\x89PNG", 4, "PNG image"},
      {"\xFF\xD8\xFF", 3, "JPEG image"}, {"GIF8", 4, "GIF image"},
      {"\x7F" "ELF", 4, "ELF executable"}, {"\xD0\xCF\x11\xE0", 4, "MS Office (OLE)"},
      {"BZh", 3, "bzip2"},          {"\xFD" "7zXZ", 5, "xz"},
      {"7z\xBC\xAF", 4, "7-Zip"},   {"SQLite format 3", 15, "SQLite database"},
  };
  // (The first byte first: asked of every file, twice by the loader.)
  for (const auto& s : kSigs)
    if (b.size() >= s.len && b[0] == s.magic[0] && std::memcmp(b.data(), s.magic, s.len) == 0)
      return s.name;
  return nullptr;
}

namespace {

// What LooksBinary counts, and (when `repair`) RepairUtf8's repairs, in one
// pass: both walk the same bytes the same way (a control byte, an invalid
// byte: one step; a valid sequence: its length), and the loader needs both
// of every file, every byte of the corpus.
struct TextScan {
  size_t ctrl = 0, head_ctrl = 0, invalid = 0;
  Utf8Repair fix;
  bool Binary(size_t size) const {
    const size_t head = std::min<size_t>(size, 4096);
    if (head_ctrl * 10 > head) return true;
    if (ctrl * 10 > size) return true;
    return (ctrl + invalid) * 10 > size * 3;
  }
};

// With `repair`, the repairs are written to `out` (b's own bytes: a byte
// is replaced once passed, never read again).
template <bool repair>
TextScan ScanText(const std::string& b, char* out) {
  // The head decides for most files; the whole file is counted too so that
  // text followed by megabytes of binary is caught.
  const size_t head = std::min<size_t>(b.size(), 4096);
  TextScan r;
  for (size_t i = 0; i < b.size();) {
    if (i + 16 <= b.size()) {
      const uint32_t bad = NotPlainText16(b.data() + i);
      if (!bad) { i += 16; continue; }
      i += size_t(__builtin_ctz(bad));  // the bytes before it count nothing
    } else if (i + 8 <= b.size() && PlainAscii8(b.data() + i, 0x20)) {
      i += 8;
      continue;
    }
    const unsigned char c = b[i];
    if (c < 0x80) {
      if (IsControl(c)) {
        ++r.ctrl;
        if (i < head) ++r.head_ctrl;
        if constexpr (repair) {
          if (c == 0) {
            if (r.fix.total() == 0) r.fix.first_offset = i;
            out[i] = ' ';
            ++r.fix.nul;
          }
        }
      }
      ++i;
      continue;
    }
    size_t n = ValidSeqLen(b, i);
    if (n == 0) {
      ++r.invalid;
      if constexpr (repair) {
        if (r.fix.total() == 0) r.fix.first_offset = i;
        out[i] = '?';
        ++r.fix.invalid;
      }
      n = 1;
    }
    i += n;
  }
  return r;
}

}  // namespace

bool LooksBinary(const std::string& b) {
  if (BinaryKind(b)) return true;
  return ScanText<false>(b, nullptr).Binary(b.size());
}

bool RepairUtf8UnlessBinary(std::string* bytes, Utf8Repair* fix) {
  if (BinaryKind(*bytes)) return false;
  const TextScan r = ScanText<true>(*bytes, bytes->data());
  if (r.Binary(bytes->size())) return false;
  *fix = r.fix;
  return true;
}

}  // namespace eg
