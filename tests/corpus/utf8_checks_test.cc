// RepairUtf8, LooksBinary and LooksUtf16 skip plain runs sixteen bytes at a
// time and jump to the first byte that needs a look: their answers must be
// those of a byte-by-byte reading, wherever in a block a NUL, a control
// byte, a line break or a multi-byte sequence (valid, truncated or
// invalid) falls, and at every length around the block size.
#include "corpus/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace eg {
namespace {

// Byte-by-byte readings, as the functions were written before the blocks.
size_t RefSeqLen(const std::string& s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t n;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

Utf8Repair RefRepair(std::string* bytes) {
  std::string& s = *bytes;
  Utf8Repair r;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') {
      if (r.total() == 0) r.first_offset = i;
      s[i] = ' ';
      ++r.nul;
      ++i;
      continue;
    }
    const size_t n = RefSeqLen(s, i);
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

bool RefControl(unsigned char c) {
  return c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' &&
                    c != 0x1B);
}

// LooksBinary without the signature test (the inputs below start with
// none of the signatures).
bool RefBinary(const std::string& b) {
  const size_t head = std::min<size_t>(b.size(), 4096);
  size_t head_ctrl = 0, ctrl = 0, invalid = 0;
  for (size_t i = 0; i < b.size();) {
    const unsigned char c = b[i];
    if (c < 0x80) {
      if (RefControl(c)) {
        ++ctrl;
        if (i < head) ++head_ctrl;
      }
      ++i;
      continue;
    }
    size_t n = RefSeqLen(b, i);
    if (n == 0) {
      ++invalid;
      n = 1;
    }
    i += n;
  }
  if (head_ctrl * 10 > head) return true;
  if (ctrl * 10 > b.size()) return true;
  return (ctrl + invalid) * 10 > b.size() * 3;
}

bool RefUtf16(const std::string& b) {
  const size_t n = std::min<size_t>(b.size(), 512);
  size_t zeros_odd = 0, zeros_even = 0;
  for (size_t i = 0; i < n; ++i)
    if (b[i] == '\0') (i % 2 ? zeros_odd : zeros_even)++;
  return n >= 16 && ((zeros_odd > n * 4 / 10 && zeros_even < n / 20) ||
                     (zeros_even > n * 4 / 10 && zeros_odd < n / 20));
}

// Text of plain ASCII letters with, at the rate given, bytes drawn from the
// ones the checks look at.
std::string Mixed(std::mt19937* rng, size_t len, int per_mille) {
  static const std::vector<std::string> kOdd = {
      std::string(1, '\0'), "\n", "\r", "\t", "\f", "\x1B", "\x01", "\x1F", "\x7F",
      "\xC3\xA9",          // é
      "\xE2\x80\x9C",      // “
      "\xF0\x9F\x98\x80",  // an emoji
      "\xC3",              // truncated
      "\xE2\x80",          // truncated
      "\x80", "\xFF", "\xC0\xAF", "\xED\xA0\x80"};  // invalid
  std::uniform_int_distribution<int> mille(0, 999), letter('a', 'z');
  std::uniform_int_distribution<size_t> pick(0, kOdd.size() - 1);
  std::string s;
  while (s.size() < len) {
    if (mille(*rng) < per_mille) s += kOdd[pick(*rng)];
    else s.push_back(char(letter(*rng)));
  }
  s.resize(len);
  return s;
}

// The loader's one pass (RepairUtf8UnlessBinary) gives what LooksBinary
// and RepairUtf8 give one after the other.
void ExpectOnePassAgrees(const std::string& s) {
  std::string one = s, two = s;
  Utf8Repair fix;
  const bool text = RepairUtf8UnlessBinary(&one, &fix);
  ASSERT_EQ(text, !LooksBinary(s)) << s.size();
  if (!text) return;
  const Utf8Repair b = RepairUtf8(&two);
  EXPECT_EQ(one, two);
  EXPECT_EQ(fix.invalid, b.invalid);
  EXPECT_EQ(fix.nul, b.nul);
  if (b.total()) {
    EXPECT_EQ(fix.first_offset, b.first_offset);
  }
}

TEST(Utf8Checks, AgreeWithAByteByByteReading) {
  std::mt19937 rng(20251122);
  for (int per_mille : {0, 2, 20, 150, 600}) {
    for (size_t len = 0; len <= 70; ++len) {
      for (int rep = 0; rep < 20; ++rep) {
        const std::string s = Mixed(&rng, len, per_mille);
        std::string fast = s, ref = s;
        const Utf8Repair a = RepairUtf8(&fast), b = RefRepair(&ref);
        ASSERT_EQ(fast, ref) << "len " << len << " rate " << per_mille;
        EXPECT_EQ(a.invalid, b.invalid);
        EXPECT_EQ(a.nul, b.nul);
        if (b.total()) {
          EXPECT_EQ(a.first_offset, b.first_offset);
        }
        EXPECT_EQ(LooksBinary(s), RefBinary(s)) << "len " << len << " rate " << per_mille;
        EXPECT_EQ(LooksUtf16(s), RefUtf16(s)) << "len " << len << " rate " << per_mille;
        ExpectOnePassAgrees(s);
      }
    }
  }
}

TEST(Utf8Checks, LongFilesAndTheirHeads) {
  std::mt19937 rng(7);
  for (int per_mille : {1, 30, 120, 400}) {
    for (size_t len : {511u, 512u, 513u, 4095u, 4096u, 4097u, 20000u}) {
      const std::string s = Mixed(&rng, len, per_mille);
      std::string fast = s, ref = s;
      const Utf8Repair a = RepairUtf8(&fast), b = RefRepair(&ref);
      ASSERT_EQ(fast, ref);
      EXPECT_EQ(a.total(), b.total());
      EXPECT_EQ(LooksBinary(s), RefBinary(s)) << len << " " << per_mille;
      EXPECT_EQ(LooksUtf16(s), RefUtf16(s)) << len << " " << per_mille;
      ExpectOnePassAgrees(s);
    }
  }
  // UTF-16 without a mark: every other byte NUL, from either side.
  std::string le, be;
  for (char c : std::string(300, 'x')) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  EXPECT_TRUE(LooksUtf16(le));
  EXPECT_TRUE(LooksUtf16(be));
  EXPECT_EQ(LooksUtf16(le), RefUtf16(le));
}

}  // namespace
}  // namespace eg
