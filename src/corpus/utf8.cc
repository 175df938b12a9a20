#include "corpus/utf8.h"

#include <algorithm>

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
}  // namespace

size_t ReplaceInvalidUtf8(std::string* bytes) {
  std::string& s = *bytes;
  size_t replaced = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') { s[i] = ' '; ++replaced; ++i; continue; }
    size_t n = ValidSeqLen(s, i);
    if (n == 0) { s[i] = '?'; ++replaced; ++i; continue; }
    i += n;
  }
  return replaced;
}

bool LooksUtf16(const std::string& b) {
  if (b.size() >= 2 && ((unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE)) return true;
  if (b.size() >= 2 && ((unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF)) return true;
  size_t n = std::min<size_t>(b.size(), 512), zeros_odd = 0, zeros_even = 0;
  for (size_t i = 0; i < n; ++i)
    if (b[i] == '\0') (i % 2 ? zeros_odd : zeros_even)++;
  return n >= 16 && (zeros_odd > n * 4 / 10 || zeros_even > n * 4 / 10);
}

bool LooksBinary(const std::string& b) {
  size_t n = std::min<size_t>(b.size(), 4096), bad = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = b[i];
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' &&
                   c != 0x1B))
      ++bad;
  }
  return bad * 10 > n;  // more than 10% control bytes
}

}  // namespace eg
