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
// Appends the folded form of `s` to *out.
void FoldInto(std::string_view s, std::string* out);
std::string Fold(std::string_view s);
// Levenshtein distance of two short strings, capped: returns cap + 1 as soon
// as the distance must exceed `cap`.
int EditDistance(std::string_view a, std::string_view b, int cap);
// Stable slug of a name: folded, runs of non-alphanumerics become '-'.
std::string Slug(std::string_view name);

}  // namespace eg
