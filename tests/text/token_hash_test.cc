// The per-token hash the text stage stores (TextAnalysis::hashes,
// text/token_hash.h): HashTokenBytes of the token's lower-cased bytes, for
// every token, whatever its length; kNonAscii on tokens with multi-byte
// characters. And the prefix key stored beside it (TextAnalysis::keys): the
// first min(8, size) lower-cased bytes, little-endian, zero-padded.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/text.h"
#include "text/token_hash.h"

namespace eg {
namespace {

// The documented definition, a byte at a time.
uint64_t Reference(std::string_view s) {
  uint64_t h = TokenHashSeed(s.size());
  for (size_t k = 0; k < s.size(); k += 8) {
    uint64_t w = 0;
    for (size_t b = 0; b < 8 && k + b < s.size(); ++b)
      w |= uint64_t(static_cast<unsigned char>(s[k + b])) << (8 * b);
    h = TokenHashStep(h, w);
  }
  return TokenHashFinish(h);
}

// The documented prefix key, a byte at a time.
uint64_t ReferenceKey(std::string_view s) {
  uint64_t k = 0;
  for (size_t b = 0; b < 8 && b < s.size(); ++b)
    k |= uint64_t(static_cast<unsigned char>(s[b])) << (8 * b);
  return k;
}

TEST(TokenHash, HashTokenBytesIsTheWordwiseDefinition) {
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789-'\xC3\xA9\xE2\x80\x99XYZ";
  for (size_t off = 0; off < 8; ++off)
    for (size_t n = 0; off + n <= text.size() && n <= 34; ++n) {
      std::string_view s(text.data() + off, n);
      EXPECT_EQ(HashTokenBytes(s), Reference(s)) << off << " " << n;
    }
  EXPECT_NE(HashTokenBytes("ab"), HashTokenBytes(std::string_view("ab\0", 3)));
}

TEST(TokenHash, StoredForEveryTokenOverItsLowerCasedBytes) {
  // Words of 1..7, 8, 9..16, 17+ bytes, numbers, punctuation, a possessive,
  // non-ASCII words and a multi-byte dash; the last token ends the text so
  // its tail cannot be read past.
  const std::string s =
      "A Counterintelligence official, the UNDERSECRETARY-General's aide, met "
      "Erdo\xC4\x9F" "an and Stra\xC3\x9F" "enbahnhaltestelle-Bauarbeiter on 1,000.5 "
      "days \xE2\x80\x94 \"Mr. O'Brien\xE2\x80\x99s\" 15th AbCdEfGhIjKlMnOpQrS";
  TextAnalysis a;
  Analyze(s, 0, &a);
  ASSERT_EQ(a.hashes.size(), a.tokens.size());
  ASSERT_EQ(a.keys.size(), a.tokens.size());
  bool long_word = false, very_long = false, non_ascii = false;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    std::string lowered(a.Str(t));
    for (char& c : lowered)
      if (c >= 'A' && c <= 'Z') c = char(c + 32);
    EXPECT_EQ(a.Lower(t), lowered);
    EXPECT_EQ(a.hashes[k], Reference(lowered)) << lowered;
    EXPECT_EQ(a.keys[k], ReferenceKey(lowered)) << lowered;
    bool high = false;
    for (char c : lowered) high |= static_cast<unsigned char>(c) >= 0x80;
    EXPECT_EQ(t.Has(kNonAscii), high) << lowered;
    long_word |= lowered.size() > 8;
    very_long |= lowered.size() > 16;
    non_ascii |= high && t.kind == TokenKind::kWord;
  }
  EXPECT_TRUE(long_word && very_long && non_ascii);
  // Case does not change the hash; the text does.
  EXPECT_EQ(a.hashes[1], HashTokenBytes("counterintelligence"));
  EXPECT_NE(a.hashes[1], HashTokenBytes("counterintelligencE"));
  EXPECT_EQ(a.hashes.back(), HashTokenBytes("abcdefghijklmnopqrs"));
}

TEST(TokenHash, ReusedAnalysisKeepsHashesInStep) {
  TextAnalysis a;
  Analyze("One two three four five six seven.", 0, &a);
  Analyze("Eight nine", 0, &a);
  ASSERT_EQ(a.hashes.size(), 2u);
  EXPECT_EQ(a.hashes[0], HashTokenBytes("eight"));
  EXPECT_EQ(a.hashes[1], HashTokenBytes("nine"));
  ASSERT_EQ(a.keys.size(), 2u);
  EXPECT_EQ(a.keys[1], ReferenceKey("nine"));
  Analyze("header\n", 7, &a);
  EXPECT_TRUE(a.hashes.empty());
  EXPECT_TRUE(a.keys.empty());
}

// No token holds a NUL byte (the tokenizer reads it as a space), so a
// token's key has exactly min(8, size) non-zero bytes: the events stage
// compares a token with a literal of up to 7 bytes by the key alone.
TEST(TokenHash, NoTokenHoldsANulByteSoTheKeyGivesShortLengths) {
  static const char kText[] = "with\0out me\0t \0\0 in\0-";
  const std::string s(kText, sizeof kText - 1);
  TextAnalysis a;
  Analyze(s, 0, &a);
  std::vector<std::string> words;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const std::string_view w = a.Lower(a.tokens[k]);
    EXPECT_EQ(w.find('\0'), std::string_view::npos) << k;
    words.emplace_back(w);
    uint64_t key = a.keys[k];
    size_t nonzero = 0;
    for (; key; key >>= 8) nonzero += (key & 0xFF) != 0;
    EXPECT_EQ(nonzero, std::min<size_t>(8, w.size())) << w;
  }
  EXPECT_EQ(words, (std::vector<std::string>{"with", "out", "me", "t", "in", "-"}));
}

// The allocator of TextAnalysis::hashes and keys: a vector that uses it
// keeps its elements through growth, and constructs from values as any.
TEST(UninitAllocator, VectorKeepsWhatIsWritten) {
  std::vector<uint64_t, UninitAllocator<uint64_t>> v;
  v.push_back(7);
  v.resize(3);
  v[1] = 8;
  v[2] = 9;
  v.resize(1000);  // reallocates: the written elements move along
  EXPECT_EQ(v[0], 7u);
  EXPECT_EQ(v[1], 8u);
  EXPECT_EQ(v[2], 9u);
  v.resize(2);
  v.insert(v.begin(), 3, uint64_t(5));
  EXPECT_EQ(v, (std::vector<uint64_t, UninitAllocator<uint64_t>>{5, 5, 5, 7, 8}));
  std::vector<std::string, UninitAllocator<std::string>> strings(2);  // class types
  EXPECT_TRUE(strings[0].empty());                                     // still constructed
}

// A token's kNonAscii flag is its own text's, whatever the analysis held.
TEST(TokenHash, ReusedAnalysisFlagsOnlyItsOwnNonAsciiTokens) {
  TextAnalysis a;
  Analyze("Caf\xC3\xA9 cr\xC3\xA8me", 0, &a);
  Analyze("cafe creme", 0, &a);
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_FALSE(a.tokens[0].Has(kNonAscii));
  EXPECT_FALSE(a.tokens[1].Has(kNonAscii));
  EXPECT_EQ(a.hashes[1], HashTokenBytes("creme"));
}

}  // namespace
}  // namespace eg
