// Text stage: sentences and tokens with byte offsets into the document.
//
// Analyze() makes one pass over the bytes. Tokens are spans, never copies:
// nothing is allocated per token. Offsets are UTF-8 byte offsets into the
// Document's text (= the original file), end exclusive.
//
// Tokenisation rules (what later stages may rely on):
// - Words: letters (any non-ASCII letter counts), digits and apostrophes
//   between letters ("don't", "O'Brien"); a trailing possessive "'s"/"’s"
//   (also "‘s") is its own token with kind kPossessive.
// - Numbers start with a digit and run over digits, letters and internal
//   ',' or '.' followed by a digit: "1,000", "3.5", "1970s", "15th", "3pm".
// - Abbreviations with internal periods ("U.S.", "a.m.") are one word token
//   including the final period.
// - Every other non-space character is a punctuation token of its own
//   (a multi-byte quote or dash is one token). '-' is always separate; the
//   kGlued flag says no whitespace preceded a token ("30-day" = 30 - day,
//   the '-' and "day" glued).
// - Sentences end at . ! ? (plus closing quotes/brackets) before whitespace
//   and a token that is not lower case, unless the period belongs to a known
//   abbreviation ("Mr.", "Jan."; "Sat." only capitalised, "No." only before
//   a number) or an initial ("George W. Bush"); every line break also ends a
//   sentence.
// - Cost: one pass over the bytes (ASCII through a class table, letter runs
//   16 bytes at a time), then one over the tokens; ~400 MB/s on one core
//   (bench/text_bench). Each token's hash (`hashes`) and prefix key
//   (`keys`) are taken in a tight loop over the tokens after the scan.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace eg {

// An allocator whose construct() without arguments default-initialises:
// a vector's resize() leaves new elements of a trivial type unwritten
// instead of zeroing them. For arrays whose every element is written right
// after they are sized (TextAnalysis::hashes and keys).
template <class T>
struct UninitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... A>
  void construct(U* p, A&&... a) {
    ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
  }
};

constexpr uint32_t kMaxSentenceTokens = 200;

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kPossessive };

enum TokenFlags : uint8_t {
  kCapitalized = 1,    // first character is an upper-case letter
  kAllCaps = 2,        // two or more letters, all upper case
  kGlued = 4,          // no whitespace between the previous token and this one
  kLineStart = 8,      // first token on its line
  kSentenceStart = 16,  // first token of its sentence
  kNonAscii = 32        // holds a byte >= 0x80 (a multi-byte character)
};

struct Token {
  uint32_t start = 0, end = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  bool Has(TokenFlags f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t start = 0, end = 0;              // byte span, trimmed of whitespace
  uint32_t first_token = 0, end_token = 0;  // token index range [first, end)
};

struct TextAnalysis {
  std::string_view text;     // the document's text (not owned)
  std::string lower;         // same bytes, ASCII letters lower-cased: same offsets
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // hashes[k] = HashTokenBytes(Lower(tokens[k])) (text/token_hash.h): later
  // stages key word tables on it instead of hashing each token again.
  std::vector<uint64_t, UninitAllocator<uint64_t>> hashes;
  // keys[k]: the first min(8, size) bytes of Lower(tokens[k]) as a
  // little-endian integer, zero-padded (byte i at bits 8i). With the size
  // it names any word of up to 8 bytes: the events stage compares tokens
  // with literals by it, and reading it here costs one load where building
  // it from the bytes at every comparison cost a dozen instructions. No
  // token holds a NUL byte (one reads as a space), so a key has exactly
  // min(8, size) non-zero bytes: a token of up to 7 bytes is named by its
  // key alone.
  std::vector<uint64_t, UninitAllocator<uint64_t>> keys;
  uint32_t sentences_cut = 0;  // run-on sentences cut at kMaxSentenceTokens

  std::string_view Str(const Token& t) const { return text.substr(t.start, t.end - t.start); }
  // Lower-cased (ASCII) form of the token, a view into `lower`. No bounds
  // check (substr's): a token is a span of the text, `lower` has its length,
  // and the later stages ask this of every token.
  std::string_view Lower(const Token& t) const {
    return std::string_view(lower.data() + t.start, t.end - t.start);
  }
  std::string_view Str(const Sentence& s) const { return text.substr(s.start, s.end - s.start); }
  // Index of the sentence containing token i (binary search).
  uint32_t SentenceOf(uint32_t token_index) const;
};

// Analyses text[from..]: tokens and sentences. `out` is reused (clears it).
void Analyze(std::string_view text, size_t from, TextAnalysis* out);

// Unicode code point at text[i] and its byte length (1 for invalid bytes).
uint32_t DecodeUtf8(std::string_view text, size_t i, int* len);

// Which quotation mark token k is, by its character: the straight ones
// (" ' `), which open or close by position, and the curly ones, which say
// which they do (“ ” ‘ ’). kNone for any other token. The stages that read
// quotations (a nickname in quotes, who speaks a quotation) ask this one
// question and decide from their own context.
enum class QuoteChar : uint8_t {
  kNone, kDouble, kSingle, kBacktick, kOpenDouble, kCloseDouble, kOpenSingle, kCloseSingle
};
QuoteChar QuoteCharAt(const TextAnalysis& t, uint32_t k);

}  // namespace eg
