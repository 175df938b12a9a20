// Folding of name text for matching: ASCII lower case, Latin diacritics
// stripped ("Erdoğan" = "erdogan", "Orbán" = "orban"), typographic
// apostrophes made ASCII. Hashing folds on the fly so the per-token lookups
// of the actors stage allocate nothing; Fold() builds a string for the rarer
// comparisons (fuzzy matching of candidate names).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "text/token_hash.h"

namespace eg {

// Hash of the folded bytes of `s` (HashFoldedBytes of Fold(s), without
// building the string).
uint64_t FoldedHash(std::string_view s);

// The hash behind FoldedHash, over bytes already folded: the text stage's
// token hash (text/token_hash.h), so the hash the text stage stores for an
// all-ASCII token is that token's FoldedHash.
inline uint64_t FoldedHashStep(uint64_t h, uint64_t word) { return TokenHashStep(h, word); }
inline uint64_t FoldedHashSeed(size_t n) { return TokenHashSeed(n); }
inline uint64_t FoldedHashFinish(uint64_t h) { return TokenHashFinish(h); }
inline uint64_t HashFoldedBytes(std::string_view folded) { return HashTokenBytes(folded); }
// Appends the folded form of `s` to *out.
void FoldInto(std::string_view s, std::string* out);
std::string Fold(std::string_view s);
// Levenshtein distance of two short strings, capped: returns cap + 1 as soon
// as the distance must exceed `cap`.
int EditDistance(std::string_view a, std::string_view b, int cap);
// Set of the bytes of `s`, each byte mapped to one of 32 bits (a-z their
// own). Two strings within edit distance d differ in at most 2d bits: a
// test that rejects most pairs before EditDistance.
uint32_t ByteMask(std::string_view s);
inline bool MayBeWithin(size_t len_a, uint32_t mask_a, size_t len_b, uint32_t mask_b, int d) {
  size_t diff = len_a > len_b ? len_a - len_b : len_b - len_a;
  if (diff > size_t(d)) return false;
  // Bits set in a ^ b, without a library call on CPUs built for no popcnt.
  uint32_t x = mask_a ^ mask_b;
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
  return int(x) <= 2 * d;
}
// Stable slug of a name: folded, runs of non-alphanumerics become '-'.
std::string Slug(std::string_view name);

}  // namespace eg
