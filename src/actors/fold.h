// Folding of name text for matching: ASCII lower case, Latin diacritics
// stripped ("Erdoğan" = "erdogan", "Orbán" = "orban"), typographic
// apostrophes made ASCII. Hashing folds on the fly so the per-token lookups
// of the actors stage allocate nothing; Fold() builds a string for the rarer
// comparisons (fuzzy matching of candidate names).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace eg {

// FNV-1a hash of the folded bytes of `s`.
uint64_t FoldedHash(std::string_view s);
// FNV-1a parameters of FoldedHash, for callers that hash bytes they know
// are already folded (lower-case ASCII).
constexpr uint64_t kFoldedHashSeed = 1469598103934665603ull;
constexpr uint64_t kFoldedHashPrime = 1099511628211ull;
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
  return diff <= size_t(d) && __builtin_popcount(mask_a ^ mask_b) <= 2 * d;
}
// Stable slug of a name: folded, runs of non-alphanumerics become '-'.
std::string Slug(std::string_view name);

}  // namespace eg
