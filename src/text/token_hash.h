// The 64-bit hash of a token's bytes that the text stage stores for every
// token (TextAnalysis::hashes) and later stages key their word tables on,
// so they need not hash each token again.
// Definition: seed with the length, then one multiply-xor step per eight
// bytes (little-endian words, the last one zero-padded), then a finaliser.
// For the bytes of TextAnalysis::Lower(t) of an all-ASCII token this equals
// what the actors stage's FoldedHash gives (folding an ASCII word is
// lower-casing it); the actors stage builds on these same steps.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace eg {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "words are read little-endian");
constexpr uint64_t TokenHashStep(uint64_t h, uint64_t word) {
  h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}
constexpr uint64_t TokenHashSeed(size_t n) { return 0x243F6A8885A308D3ull ^ n; }
constexpr uint64_t TokenHashFinish(uint64_t h) {
  h = (h ^ (h >> 29)) * 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

// The hash of `bytes` (any length, any content).
uint64_t HashTokenBytes(std::string_view bytes);

}  // namespace eg
