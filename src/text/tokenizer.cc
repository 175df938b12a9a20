// The text stage's scanner: one pass over the bytes drives a 256-entry class
// table; only non-ASCII bytes are decoded. Token flags are computed while
// the token is scanned, so no byte is looked at twice (except by the
// vectorised lower-casing loop). The sentence pass then walks the tokens,
// not the bytes.
#include <algorithm>
#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/text.h"
#include "text/token_hash.h"

namespace eg {

uint32_t DecodeUtf8(std::string_view s, size_t i, int* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *len = 1; return c; }
  // Lead bytes C2..F4 only; every continuation byte must be 10xxxxxx, and the
  // sequence must fit: anything else is one invalid byte (U+FFFD, length 1).
  const int n = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || i + size_t(n) > s.size()) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + size_t(k)]);
    if ((cc & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

namespace {

// Byte classes. kMulti: a byte >= 0x80, decoded and classified by code point.
enum ByteClass : uint8_t { kSpace, kNewline, kLower, kUpper, kDigit, kApos, kPunct, kMulti };

constexpr std::array<uint8_t, 256> MakeByteTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) t[c] = kMulti;
    else if (c == '\n' || c == '\r') t[c] = kNewline;
    else if (c <= 0x20 || c == 0x7F) t[c] = kSpace;
    else if (c >= 'a' && c <= 'z') t[c] = kLower;
    else if (c >= 'A' && c <= 'Z') t[c] = kUpper;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c == '\'') t[c] = kApos;
    else t[c] = kPunct;
  }
  return t;
}
constexpr auto kByte = MakeByteTable();

// ASCII letters and digits: the bytes a word or number run continues over.
constexpr std::array<bool, 256> MakeAlnumTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}
constexpr auto kAlnum = MakeAlnumTable();

// Bytes an apostrophe can start with: ' and the lead bytes of ’ ‘ (0xE2)
// and ʼ (0xCA). Asked after every word: one load, not three compares.
constexpr std::array<bool, 256> MakeAposLeadTable() {
  std::array<bool, 256> t{};
  t['\''] = t[0xE2] = t[0xCA] = true;
  return t;
}
constexpr auto kAposLead = MakeAposLeadTable();

// Bytes after a run of ASCII letters and digits at which a word may go on
// (an apostrophe between letters, a non-ASCII letter) or be followed by a
// possessive: ' and every byte >= 0x80. At any other byte the word ends.
constexpr std::array<bool, 256> MakeMayGoOnWordTable() {
  std::array<bool, 256> t{};
  for (int c = 0x80; c < 256; ++c) t[c] = true;
  t['\''] = true;
  return t;
}
constexpr auto kMayGoOnWord = MakeMayGoOnWordTable();

// End of the run of ASCII letters and digits starting at p[j]. The loop
// exit of a byte-at-a-time scan is mispredicted once per word; with SSE2
// one 16-byte block usually holds the whole word and the branch is stable.
inline size_t AlnumRunEnd(const unsigned char* p, size_t j, size_t n) {
#if defined(__SSE2__)
  // A range test in one compare: a byte is in [lo, lo + k) when byte - lo,
  // modulo 256, is below k; adding 0x80 - lo instead makes that unsigned
  // test the signed compare SSE2 has (below -128 + k), for every byte.
  const __m128i to_a = _mm_set1_epi8(char(0x80 - 'a')), to_0 = _mm_set1_epi8(char(0x80 - '0')),
                letters = _mm_set1_epi8(char(-128 + 26)), digits = _mm_set1_epi8(char(-128 + 10)),
                bit = _mm_set1_epi8(0x20);
  while (j + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    const __m128i l = _mm_or_si128(x, bit);  // 'A'..'Z' to 'a'..'z'; no other byte lands there
    const __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(l, to_a), letters);
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, to_0), digits);
    const unsigned other = unsigned(_mm_movemask_epi8(_mm_or_si128(alpha, digit))) ^ 0xFFFFu;
    if (other != 0) return j + size_t(__builtin_ctz(other));
    j += 16;
  }
#endif
  while (j < n && kAlnum[p[j]]) ++j;
  return j;
}

// Classes of a whole character (after decoding).
enum CharClass : uint8_t { cSpace, cNewline, cLetter, cDigit, cApos, cOther };

CharClass ClassOfCodePoint(uint32_t cp) {
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return cApos;
  if (cp == 0x00A0 || cp == 0x2009 || cp == 0x200A || cp == 0x2002 || cp == 0x2003 ||
      cp == 0x202F || cp == 0x200B || cp == 0xFEFF || cp == 0x3000)
    return cSpace;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return cNewline;
  // General punctuation, Latin-1 punctuation and symbols, arrows, math, boxes.
  if ((cp >= 0x2010 && cp <= 0x205F) || (cp >= 0x0080 && cp <= 0x00BF) || cp == 0x00D7 ||
      cp == 0x00F7 || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x20A0 && cp <= 0x20CF) ||
      (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
      (cp >= 0x2600 && cp <= 0x27BF))
    return cOther;
  return cLetter;
}

constexpr CharClass kClassOfByte[] = {cSpace, cNewline, cLetter, cLetter,
                                      cDigit, cApos,    cOther,  cOther};

// Class of the character at s[i] and its length in bytes.
inline CharClass ClassAt(std::string_view s, size_t i, int* len) {
  const uint8_t b = kByte[static_cast<unsigned char>(s[i])];
  if (b != kMulti) { *len = 1; return kClassOfByte[b]; }
  return ClassOfCodePoint(DecodeUtf8(s, i, len));
}

inline bool IsWordChar(std::string_view s, size_t i) {
  int len;
  CharClass c = ClassAt(s, i, &len);
  return c == cLetter || c == cDigit;
}

// A single opening quote mark earlier on the line of byte b: a bare
// apostrophe after a word then likely closes it ('the Americas' said).
inline bool OpenQuoteBefore(std::string_view s, size_t b) {
  for (size_t k = b; k > 0 && b - k < 300;) {
    --k;
    const char c = s[k];
    if (c == '\n') return false;
    if (c == '\'' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(' || s[k - 1] == '\n')) return true;
    if (uint8_t(c) == 0x98 && k >= 2 && uint8_t(s[k - 2]) == 0xE2 && uint8_t(s[k - 1]) == 0x80)
      return true;  // U+2018 LEFT SINGLE QUOTATION MARK
  }
  return false;
}


// Upper-case first letters outside ASCII: Latin-1, Latin Extended-A (even
// code points), Greek and Cyrillic capitals.
inline bool IsUpperCodePoint(uint32_t cp) {
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
         (cp >= 0x410 && cp <= 0x42F) || (cp >= 0x100 && cp < 0x180 && (cp % 2) == 0);
}

inline bool IsAsciiLetter(unsigned char c) { return kByte[c] == kLower || kByte[c] == kUpper; }

// Words after which a glued period does not end a sentence. Titles, months
// and business words are abbreviations in any case ("Gen.", "jan."); words
// that are also common English words count only as written in abbreviations:
// capitalised days ("Sat." but not "they sat."), "No." before a number.
// Looked up by the token's key (TextAnalysis::keys: a word of up to six
// bytes is its key and its length) in one table: asked at nearly every
// sentence end, where lower-casing the word and probing three word sets
// cost ~85 instructions.
enum AbbrevKind : uint8_t { kAbbrevAnyCase = 1, kAbbrevCapitalized = 2, kAbbrevBeforeNumber = 4 };
class AbbreviationTable {
 public:
  AbbreviationTable() {
    for (std::string_view w :
         {"mr",   "mrs",  "ms",   "dr",   "st",     "sr",   "jr",  "gen",  "sen",  "rep",  "gov",
          "lt",   "col",  "sgt",  "capt", "cmdr",   "adm",  "maj", "prof", "rev",  "hon",  "pres",
          "supt", "vs",   "etc",  "inc",  "corp",   "co",   "ltd", "jan",  "feb",  "mar",  "apr",
          "jun",  "jul",  "aug",  "sep",  "sept",   "oct",  "nov", "dec",  "ft",   "mt",   "approx",
          "dept", "fig",  "vol",  "al",   "gens",   "sens", "reps", "govs", "messrs"})
      Add(w, kAbbrevAnyCase);
    for (std::string_view w :
         {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "est",
          // "Md. Touhid Hossain", "Mohd. Najib": Muhammad abbreviated before
          // a South and Southeast Asian name.
          "md", "mohd", "muhd"})
      Add(w, kAbbrevCapitalized);
    for (std::string_view w : {"no", "nos", "art", "p", "pp"}) Add(w, kAbbrevBeforeNumber);
  }
  // The kinds of the word whose key and size are given (0: none).
  uint8_t Kinds(uint64_t key, size_t size) const {
    if (size > 6) return 0;
    const uint64_t k = key | (uint64_t(size) << 56);
    for (size_t i = Slot(k);; i = (i + 1) & (kSlots - 1)) {
      if (keys_[i] == k) return kinds_[i];
      if (keys_[i] == 0) return 0;
    }
  }

 private:
  static constexpr size_t kSlots = 256;  // more than three times the words
  static size_t Slot(uint64_t k) { return size_t((k * 0x9E3779B97F4A7C15ull) >> 56); }
  void Add(std::string_view w, uint8_t kind) {
    uint64_t key = 0;
    for (size_t i = 0; i < w.size(); ++i) key |= uint64_t(uint8_t(w[i])) << (8 * i);
    const uint64_t k = key | (uint64_t(w.size()) << 56);
    size_t i = Slot(k);
    while (keys_[i] != 0 && keys_[i] != k) i = (i + 1) & (kSlots - 1);
    keys_[i] = k;
    kinds_[i] |= kind;
  }
  uint64_t keys_[kSlots] = {};
  uint8_t kinds_[kSlots] = {};
};

// `key`, `size`: the word's (lower-cased) key and its size.
bool IsAbbreviation(uint64_t key, size_t size, bool capitalized, bool number_follows) {
  static const AbbreviationTable kTable;
  const uint8_t kinds = kTable.Kinds(key, size);
  return (kinds & kAbbrevAnyCase) || (capitalized && (kinds & kAbbrevCapitalized)) ||
         (number_follows && (kinds & kAbbrevBeforeNumber));
}

// What a one-byte punctuation token is to the sentence splitter: a clause
// boundary where an over-long sentence may be cut (, ; :), a sentence end
// (. ! ?), or neither. One load instead of six compares, and one branch.
enum PunctRole : uint8_t { kNoRole, kSoftBreak, kSentenceEnd };
constexpr std::array<uint8_t, 256> MakePunctRoleTable() {
  std::array<uint8_t, 256> t{};
  t[','] = t[';'] = t[':'] = kSoftBreak;
  t['.'] = t['!'] = t['?'] = kSentenceEnd;
  return t;
}
constexpr auto kPunctRole = MakePunctRoleTable();

// Closing marks that stay with the sentence they end: quotes, brackets,
// more terminal punctuation.
inline bool IsClosingMark(std::string_view p) {
  if (p.size() == 1) {
    switch (p[0]) {
      case '"': case '\'': case ')': case ']': case '.': case '!': case '?': return true;
      default: return false;
    }
  }
  return p == "\xE2\x80\x9D" || p == "\xE2\x80\x99" || p == "\xC2\xBB";  // ” ’ »
}

// `marks`: the indices, ascending, of the tokens that are punctuation or
// start a line, the only ones whose own test can end a sentence; between
// two of them only the run-on cut applies, found without visiting the
// tokens (a branch per token on its kind was mispredicted at nearly every
// punctuation token).
void SplitSentences(const std::vector<uint32_t>& marks, TextAnalysis* out) {
  const std::string_view text = out->text;
  auto& toks = out->tokens;
  auto& sents = out->sentences;
  const uint32_t nt = uint32_t(toks.size());
  uint32_t first = 0;
  auto close = [&](uint32_t end_tok) {
    if (end_tok <= first) return;
    Sentence st;
    st.first_token = first;
    st.end_token = end_tok;
    st.start = toks[first].start;
    st.end = toks[end_tok - 1].end;
    sents.push_back(st);
    toks[first].flags |= kSentenceStart;
    first = end_tok;
  };
  uint32_t soft = 0;  // token after the last ',', ';' or ':' of this sentence
  // A run-on "sentence" (scraped text, a list without stops) is cut at its
  // last clause boundary when it reaches kMaxSentenceTokens, so that later
  // stages, which look around a word within its sentence, stay linear in
  // the size of the text. The cut as the token k is reached:
  auto run_on = [&](uint32_t k) {
    close(soft > first + kMaxSentenceTokens / 4 ? soft : k);
    ++out->sentences_cut;
  };
  // The cuts among tokens [a, b), none of them a mark.
  auto run_on_gap = [&](uint32_t a, uint32_t b) {
    for (uint32_t k = a;;) {
      k = std::max(k, first + kMaxSentenceTokens);
      if (k >= b) return;
      run_on(k);
      ++k;
    }
  };
  uint32_t next = 0;  // the tokens before it are done
  for (const uint32_t k : marks) {
    if (k < next) continue;  // passed over with the closing marks of a sentence end
    run_on_gap(next, k);
    next = k + 1;
    const Token& t = toks[k];
    if (t.flags & kLineStart) close(k);  // every line break ends a sentence
    if (k - first >= kMaxSentenceTokens) run_on(k);
    if (t.kind != TokenKind::kPunct) continue;
    const char c = text[t.start];
    const uint8_t role = kPunctRole[static_cast<unsigned char>(c)];
    soft = role == kSoftBreak ? k + 1 : soft;
    if (role != kSentenceEnd) continue;
    uint32_t e = k + 1;
    while (e < nt && (toks[e].flags & kGlued) && toks[e].kind == TokenKind::kPunct &&
           IsClosingMark(out->Str(toks[e])))
      ++e;
    if (e >= nt) {
      next = nt;  // as at the end of the text: no more cuts
      break;
    }
    const Token& nx = toks[e];
    if (nx.flags & (kGlued)) continue;  // "3.5", "example.com", "?!x"
    if (c == '.' && k > first && (t.flags & kGlued)) {
      const Token& prev = toks[k - 1];
      if (prev.kind == TokenKind::kWord) {
        const std::string_view w = out->Str(prev);
        if (IsAbbreviation(out->keys[k - 1], w.size(), (prev.flags & kCapitalized) != 0,
                           nx.kind == TokenKind::kNumber))
          continue;
        if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') continue;  // "George W. Bush"
      }
    }
    // The next token must look like a sentence start: not lower case.
    if (kByte[static_cast<unsigned char>(text[nx.start])] == kLower) continue;
    close(e);
    next = e;  // the closing marks are passed over
  }
  run_on_gap(next, nt);
  close(nt);
}

// ASCII lower-casing: a byte gets 0x20 added when it is in 'A'..'Z'; bytes
// >= 0x80 are never touched. Sixteen bytes at a time with SSE2 (every x86-64
// has it), else eight at a time in a 64-bit word (SWAR).
void LowerAscii(const char* src, size_t n, char* dst) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1),
                bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    // Signed compares: bytes >= 0x80 are negative and never in range.
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i in = _mm_and_si128(_mm_cmpgt_epi8(x, below_a), _mm_cmplt_epi8(x, above_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm_or_si128(x, _mm_and_si128(in, bit)));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, src + i, 8);
    const uint64_t h = x & (0x7F * kOnes);
    const uint64_t ge_a = h + (0x80 - 'A') * kOnes;  // high bit: h >= 'A'
    const uint64_t gt_z = h + (0x7F - 'Z') * kOnes;  // high bit: h > 'Z'
    const uint64_t upper = ge_a & ~gt_z & ~x & (0x80 * kOnes);
    x |= upper >> 2;
    std::memcpy(dst + i, &x, 8);
  }
  for (; i < n; ++i) {
    const char c = src[i];
    dst[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
}

// HashTokenBytes of each single byte: one-byte punctuation, a good share
// of the tokens, takes its hash from here instead of three multiplies.
constexpr std::array<uint64_t, 256> kByteHash = [] {
  std::array<uint64_t, 256> t{};
  for (uint64_t c = 0; c < 256; ++c) t[c] = TokenHashFinish(TokenHashStep(TokenHashSeed(1), c));
  return t;
}();

// kLowBytes[r]: a mask of the low r bytes of a word (r = 1..7), one load
// where the shift that makes it took four instructions at every token.
constexpr std::array<uint64_t, 8> kLowBytes = [] {
  std::array<uint64_t, 8> t{};
  for (size_t r = 1; r < 8; ++r) t[r] = ~uint64_t(0) >> (8 * (8 - r));
  return t;
}();

// HashTokenBytes of lower[s, e), a word at a time; *high gets the bytes'
// high bits (non-zero: the token is not all ASCII), *key the token's prefix
// key (TextAnalysis::keys: its first word, zero-padded). The last partial
// word is read past the token when the buffer has the bytes, then masked
// off.
inline uint64_t HashLowered(const char* lower, size_t size, size_t s, size_t e, uint64_t* high,
                            uint64_t* key) {
  const char* p = lower + s;
  const size_t n = e - s;
  if (n == 1) {
    const auto c = static_cast<unsigned char>(*p);
    *high = c & 0x80;
    *key = c;
    return kByteHash[c];
  }
  uint64_t h = TokenHashSeed(n), hi = 0, w = 0;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    std::memcpy(&w, p + k, 8);
    hi |= w;
    h = TokenHashStep(h, w);
  }
  if (k < n) {
    w = 0;
    if (s + k + 8 <= size) {
      std::memcpy(&w, p + k, 8);
      w &= kLowBytes[n - k];
    } else {
      for (size_t b = 0; k + b < n; ++b) w |= uint64_t(static_cast<unsigned char>(p[k + b])) << (8 * b);
    }
    hi |= w;
    h = TokenHashStep(h, w);
  }
  // Up to 8 bytes the last word is the first; a longer token's first word
  // is read again.
  if (n > 8) std::memcpy(&w, p, 8);
  *key = w;
  *high = hi & 0x8080808080808080ull;
  return TokenHashFinish(h);
}

// Each token's hash and prefix key (TextAnalysis::hashes, keys), and its
// kNonAscii flag. A loop of its own over the tokens, after the scan: taken
// as each token was pushed, the two push_backs' capacity tests and the
// reloads of the vectors' pointers after each one-byte store (which may
// alias them) cost more than reading the document's bytes again here,
// through pointers held in registers.
void HashTokens(TextAnalysis* out) {
  const size_t nt = out->tokens.size();
  out->hashes.resize(nt);  // UninitAllocator: not zeroed first
  out->keys.resize(nt);
  Token* const toks = out->tokens.data();
  uint64_t* const hashes = out->hashes.data();
  uint64_t* const keys = out->keys.data();
  const char* const lower = out->lower.data();
  const size_t size = out->lower.size();
  for (size_t k = 0; k < nt; ++k) {
    uint64_t high, key;
    hashes[k] = HashLowered(lower, size, toks[k].start, toks[k].end, &high, &key);
    keys[k] = key;
    // A branch, not a select: the flag is rare (multi-byte characters),
    // so the branch is well predicted, and the token is left unwritten.
    if (high != 0) toks[k].flags |= kNonAscii;
  }
}

}  // namespace

uint32_t TextAnalysis::SentenceOf(uint32_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](uint32_t v, const Sentence& s) { return v < s.first_token; });
  return it == sentences.begin() ? 0 : uint32_t(it - sentences.begin() - 1);
}

void Analyze(std::string_view text, size_t from, TextAnalysis* out) {
  const size_t n = text.size();
  out->text = text;
  out->lower.resize(n);
  LowerAscii(text.data(), n, out->lower.data());
  auto& toks = out->tokens;
  toks.clear();
  out->sentences.clear();
  out->hashes.clear();
  out->keys.clear();
  out->sentences_cut = 0;
  if (from >= n) return;
  toks.reserve((n - from) / 4 + 16);
  // The tokens SplitSentences stops at (kept per thread, as `out` is).
  thread_local std::vector<uint32_t> marks;
  marks.clear();

  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // Flags the next token gets from what preceded it: kGlued unless
  // whitespace, kLineStart after a line break.
  uint8_t pending = kLineStart;
  // Fields are stored straight into the vector rather than building a Token
  // on the stack and copying it (the copy reloads bytes just stored one by
  // one, which the CPU cannot forward from its store buffer).
  auto push = [&](size_t s, size_t e, TokenKind k, uint8_t flags) {
    Token& t = toks.emplace_back();
    t.start = uint32_t(s);
    t.end = uint32_t(e);
    t.kind = k;
    t.flags = flags;  // kNonAscii is added with the token's hash

    // The kind is a constant at each call: only a line start costs a test.
    if (k == TokenKind::kPunct || (flags & kLineStart))
      marks.push_back(uint32_t(toks.size() - 1));
    pending = kGlued;
  };

  size_t i = from;
  while (i < n) {
    uint8_t b = kByte[p[i]];
    int len = 1;
    CharClass mc = cOther;  // class of a multi-byte character
    uint32_t cp = 0;
    if (b == kMulti) {
      cp = DecodeUtf8(text, i, &len);
      mc = ClassOfCodePoint(cp);
    }
    switch (b) {
      case kSpace:
        pending &= uint8_t(~kGlued);
        ++i;
        while (i < n && kByte[p[i]] == kSpace) ++i;
        continue;
      case kNewline:
        pending = kLineStart;
        ++i;
        continue;
      case kDigit: {
        // Numbers: digits, letters, and ',' or '.' between a digit and a digit.
        size_t j = i + 1;
        while (j < n) {
          j = AlnumRunEnd(p, j, n);
          if (j >= n) break;
          if ((p[j] == ',' || p[j] == '.') && j + 1 < n && kByte[p[j + 1]] == kDigit) {
            j += 2;
            continue;
          }
          if (kByte[p[j]] == kMulti) {
            int l2;
            if (ClassOfCodePoint(DecodeUtf8(text, j, &l2)) == cLetter) { j += size_t(l2); continue; }
          }
          break;
        }
        push(i, j, TokenKind::kNumber, pending);
        i = j;
        continue;
      }
      case kMulti:
        if (mc == cSpace) {
          pending &= uint8_t(~kGlued);
          i += size_t(len);
          continue;
        }
        if (mc == cNewline) {
          pending = kLineStart;
          i += size_t(len);
          continue;
        }
        if (mc != cLetter) {
          push(i, i + size_t(len), TokenKind::kPunct, pending);
          i += size_t(len);
          continue;
        }
        break;  // a word starting with a non-ASCII letter
      case kLower:
      case kUpper:
        // Abbreviation with internal periods: single letters each followed by '.'.
        if (i + 3 < n && p[i + 1] == '.' && IsAsciiLetter(p[i + 2]) && p[i + 3] == '.') {
          size_t j = i, letters = 0, upper = 0;
          while (j + 1 < n && IsAsciiLetter(p[j]) && p[j + 1] == '.') {
            ++letters;
            upper += kByte[p[j]] == kUpper;
            j += 2;
          }
          uint8_t f = pending;
          if (b == kUpper) f |= kCapitalized;
          if (upper == letters) f |= kAllCaps;
          push(i, j, TokenKind::kWord, f);
          i = j;
          continue;
        }
        break;
      default:  // kApos, kPunct: one-byte punctuation
        push(i, i + 1, TokenKind::kPunct, pending);
        ++i;
        continue;
    }

    // A word: letters, digits, apostrophes between letters; stops before a
    // possessive "'s" / "’s".
    const size_t s = i;
    bool capitalized;
    size_t j;
    if (b == kMulti) {
      capitalized = IsUpperCodePoint(cp);
      j = i + size_t(len);
    } else {
      capitalized = b == kUpper;
      j = i + 1;
    }
    // Whether the word ends at an ASCII byte that is no apostrophe (a space,
    // punctuation), as most words do: then neither the loop's class tests
    // nor the possessive test after the word need to run.
    bool plain_end = false;
    for (;;) {
      j = AlnumRunEnd(p, j, n);
      if (j >= n) break;
      if (!kMayGoOnWord[p[j]]) {
        plain_end = true;
        break;
      }
      const uint8_t b2 = kByte[p[j]];
      int l2 = 1;
      CharClass c2;
      if (b2 == kMulti) c2 = ClassOfCodePoint(DecodeUtf8(text, j, &l2));
      else c2 = kClassOfByte[b2];
      if (c2 == cLetter) { j += size_t(l2); continue; }
      if (c2 == cApos && j + size_t(l2) < n) {
        const size_t a = j + size_t(l2);
        int l3;
        if (ClassAt(text, a, &l3) == cLetter) {
          const bool is_s = p[a] == 's' || p[a] == 'S';
          if (is_s && (a + 1 >= n || !IsWordChar(text, a + 1))) break;  // possessive
          j = a;
          continue;
        }
      }
      break;
    }
    // No branch on `capitalized` (about one word in six, unpredictably):
    // the all-caps test first asks the second byte, lower case in most words.
    uint8_t f = uint8_t(pending | (capitalized ? kCapitalized : 0));
    // All caps: two or more ASCII letters, none lower case. Only capitalised
    // words whose second byte is not lower case need the second look.
    if (j - s >= 2 && kByte[p[s + 1]] != kLower && capitalized) {
      size_t upper = 0;
      bool lower = false;
      for (size_t k = s; k < j; ++k) {
        upper += kByte[p[k]] == kUpper;
        lower |= kByte[p[k]] == kLower;
      }
      if (upper >= 2 && !lower) f |= kAllCaps;
    }
    push(s, j, TokenKind::kWord, f);
    i = j;
    if (plain_end) {
      // One space after a word, the commonest gap between tokens, is
      // passed here rather than by a round of the main loop's dispatch
      // (as its kSpace case does: the next token is not glued).
      if (p[i] == ' ') {
        pending = 0;
        ++i;
      }
      continue;
    }
    // Possessive "'s" glued to the word. Apostrophes are ' or start with
    // 0xE2 (’ ‘) or 0xCA (ʼ): other bytes need no decoding.
    if (i < n && kAposLead[p[i]]) {
      int la;
      if (ClassAt(text, i, &la) == cApos && i + size_t(la) < n) {
        const size_t a = i + size_t(la);
        if ((p[a] == 's' || p[a] == 'S') && (a + 1 >= n || !IsWordChar(text, a + 1))) {
          push(i, a + 1, TokenKind::kPossessive, pending);
          i = a + 1;
        } else if (capitalized && j - s >= 4 && p[j - 1] == 's' && p[a] == ' ' &&
                   a + 1 < n && kByte[p[a + 1]] == kUpper && !OpenQuoteBefore(text, s)) {
          // "The United Arab Emirates' President", "the United States'
          // envoy": the plural possessive of a name is the bare apostrophe
          // (before a capital; a lower-case word after it may close a
          // quotation: 'the Americas' and ...).
          push(i, a, TokenKind::kPossessive, pending);
          i = a;
        }
      }
    }
  }
  HashTokens(out);
  SplitSentences(marks, out);
}

}  // namespace eg
