#include "actors/fold.h"

#include <algorithm>
#include <cstring>

#include "text/text.h"

namespace eg {

namespace {

// Base letter of a Latin-1 Supplement / Latin Extended-A code point, or 0.
char LatinBase(uint32_t cp) {
  // Generated from Unicode NFKD; '?' marks a code point that is no letter.
  static const char kLatin1[] =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuyty";
  static const char kExtA[] =  // U+0100 .. U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnn"
      "oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  char b = 0;
  if (cp >= 0xC0 && cp <= 0xFF) b = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F) b = kExtA[cp - 0x100];
  if (b == '?') b = 0;
  if (b) return b;
  if (cp == 0x218 || cp == 0x219) return 's';  // Ș ș
  if (cp == 0x21A || cp == 0x21B) return 't';  // Ț ț
  return 0;
}

template <typename Sink>
void FoldBytes(std::string_view s, Sink&& sink) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      sink(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    int len;
    uint32_t cp = DecodeUtf8(s, i, &len);
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032) {
      sink('\'');
    } else if (cp == 0xDF) {
      sink('s');
      sink('s');
    } else if (char b = LatinBase(cp)) {
      sink(b);
    } else {
      for (int k = 0; k < len; ++k) sink(s[i + k]);
    }
    i += len;
  }
}

}  // namespace

uint64_t FoldedHash(std::string_view s) {
  // Folding never lengthens by more than ß -> ss; names are short, so the
  // folded bytes fit on the stack.
  char buf[128];
  size_t n = 0;
  bool fits = s.size() * 2 <= sizeof(buf);
  if (fits) {
    FoldBytes(s, [&](char c) { buf[n++] = c; });
    return HashFoldedBytes(std::string_view(buf, n));
  }
  return HashFoldedBytes(Fold(s));
}

void FoldInto(std::string_view s, std::string* out) {
  FoldBytes(s, [&](char c) { out->push_back(c); });
}

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  FoldInto(s, &out);
  return out;
}

// Myers' bit-parallel algorithm (Hyyrö's form for edit distance): one
// 64-bit column state per byte of `a`, no table of rows. The result is
// min(distance, cap + 1), as a row-by-row computation cut at the cap gives.
int EditDistance(std::string_view a, std::string_view b, int cap) {
  const int n = int(a.size()), m = int(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  if (m >= 64) return a == b ? 0 : cap + 1;
  if (m == 0) return std::min(n, cap + 1);
  // Match masks of b's bytes; only the entries of bytes of a and b are
  // touched, so the table needs no clearing.
  uint64_t peq[256];
  for (unsigned char c : a) peq[c] = 0;
  for (int j = 0; j < m; ++j) peq[static_cast<unsigned char>(b[j])] = 0;
  for (int j = 0; j < m; ++j) peq[static_cast<unsigned char>(b[j])] |= uint64_t(1) << j;
  uint64_t pv = ~uint64_t(0), mv = 0;
  const uint64_t last = uint64_t(1) << (m - 1);
  int score = m;
  for (unsigned char c : a) {
    const uint64_t eq = peq[c];
    const uint64_t xv = eq | mv;
    const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    uint64_t ph = mv | ~(xh | pv);
    uint64_t mh = pv & xh;
    if (ph & last) ++score;
    else if (mh & last) --score;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return std::min(score, cap + 1);
}

uint32_t ByteMask(std::string_view s) {
  uint32_t m = 0;
  for (unsigned char c : s) m |= uint32_t(1) << ((c >= 'a' && c <= 'z') ? c - 'a' : 26 + c % 6);
  return m;
}

std::string Slug(std::string_view name) {
  std::string f = Fold(name), out;
  bool dash = false;
  for (size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    // Curly quotes are punctuation, not letters: U+2018/2019 like "'", U+201C/201D
    // like '"' ("Anna \u201cAnnie\u201d Kowalczyk" -> "anna-annie-kowalczyk").
    if (c == '\xE2' && i + 2 < f.size() && f[i + 1] == '\x80' &&
        (f[i + 2] == '\x98' || f[i + 2] == '\x99' || f[i + 2] == '\x9C' || f[i + 2] == '\x9D')) {
      if (f[i + 2] == '\x9C' || f[i + 2] == '\x9D') dash = true;
      i += 2;
      continue;
    }
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
    if (c == '\'') continue;  // "O'Brien" -> "obrien"
    if (alnum) {
      if (dash && !out.empty()) out.push_back('-');
      out.push_back(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "actor" : out;
}

}  // namespace eg
