#include "actors/fold.h"

#include <algorithm>

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
  uint64_t h = 1469598103934665603ull;
  FoldBytes(s, [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  });
  return h;
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

int EditDistance(std::string_view a, std::string_view b, int cap) {
  const int n = int(a.size()), m = int(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  // Names are short: two rows on the stack, no allocation.
  constexpr int kMax = 64;
  if (m >= kMax) return a == b ? 0 : cap + 1;
  int prev_buf[kMax + 1], cur_buf[kMax + 1];
  int* prev = prev_buf;
  int* cur = cur_buf;
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], cap + 1);
}

std::string Slug(std::string_view name) {
  std::string f = Fold(name), out;
  bool dash = false;
  for (char c : f) {
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
