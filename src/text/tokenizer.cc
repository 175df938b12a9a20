#include <algorithm>
#include <array>

#include "text/text.h"

namespace eg {

uint32_t DecodeUtf8(std::string_view s, size_t i, int* len) {
  unsigned char c = s[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

namespace {

enum CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kApos, kOther };

// ASCII classes in a table: the hot loop needs no branches per class.
constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == '\n' || c == '\r') t[c] = kNewline;
    else if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c < 0x20) t[c] = kSpace;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = kLetter;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c == '\'') t[c] = kApos;
    else t[c] = kOther;
  }
  return t;
}
constexpr auto kAscii = MakeAsciiTable();

CharClass ClassOfCodePoint(uint32_t cp) {
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return kApos;
  if (cp == 0x00A0 || cp == 0x2009 || cp == 0x200A || cp == 0x2002 || cp == 0x2003 ||
      cp == 0x202F || cp == 0x200B || cp == 0xFEFF || cp == 0x3000)
    return kSpace;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return kNewline;
  // General punctuation, Latin-1 punctuation and symbols, arrows, math, boxes.
  if ((cp >= 0x2010 && cp <= 0x205F) || (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 ||
      cp == 0x00F7 || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x20A0 && cp <= 0x20CF) ||
      (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
      (cp >= 0x2600 && cp <= 0x27BF))
    return kOther;
  return kLetter;
}

inline CharClass ClassAt(std::string_view s, size_t i, int* len) {
  unsigned char c = s[i];
  if (c < 0x80) { *len = 1; return static_cast<CharClass>(kAscii[c]); }
  uint32_t cp = DecodeUtf8(s, i, len);
  return ClassOfCodePoint(cp);
}

inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Words after which a period does not end a sentence.
bool IsAbbreviation(std::string_view w) {
  static const char* const kAbbr[] = {
      "mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "hon", "pres", "supt", "vs", "etc",
      "no", "nos", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
      "thurs", "fri", "sat", "sun", "ft", "mt", "approx", "dept", "est", "fig", "vol", "al",
      "e.g", "i.e", "u.s", "u.k", "u.n"};
  if (w.size() > 6) return false;
  char buf[8];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  std::string_view lw(buf, w.size());
  for (const char* a : kAbbr)
    if (lw == a) return true;
  return false;
}

}  // namespace

uint32_t TextAnalysis::SentenceOf(uint32_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](uint32_t v, const Sentence& s) { return v < s.first_token; });
  return it == sentences.begin() ? 0 : uint32_t(it - sentences.begin() - 1);
}

void Analyze(std::string_view text, size_t from, TextAnalysis* out) {
  out->text = text;
  out->lower.assign(text.data(), text.size());
  for (char& c : out->lower)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  auto& toks = out->tokens;
  toks.clear();
  toks.reserve(text.size() / 5 + 16);
  out->sentences.clear();

  const size_t n = text.size();
  size_t i = from;
  bool glued = false, line_start = true;

  auto push = [&](size_t s, size_t e, TokenKind k) {
    Token t;
    t.start = uint32_t(s);
    t.end = uint32_t(e);
    t.kind = k;
    uint8_t f = 0;
    if (glued) f |= kGlued;
    if (line_start) f |= kLineStart;
    if (k == TokenKind::kWord) {
      int len;
      uint32_t cp = DecodeUtf8(text, s, &len);
      bool cap = IsUpperAscii(text[s]) || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
                 (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F) ||
                 (cp >= 0x100 && cp < 0x180 && (cp % 2) == 0);
      if (cap) f |= kCapitalized;
      size_t letters = 0, upper = 0;
      for (size_t k2 = s; k2 < e; ++k2) {
        char c = text[k2];
        if ((c >= 'a' && c <= 'z') || IsUpperAscii(c)) { ++letters; upper += IsUpperAscii(c); }
      }
      if (letters >= 2 && upper == letters) f |= kAllCaps;
    }
    t.flags = f;
    toks.push_back(t);
    glued = true;
    line_start = false;
  };

  std::vector<uint32_t> line_breaks;  // token index before which a line break occurred
  while (i < n) {
    int len;
    CharClass c = ClassAt(text, i, &len);
    if (c == kSpace) { glued = false; i += len; continue; }
    if (c == kNewline) {
      glued = false;
      line_start = true;
      if (line_breaks.empty() || line_breaks.back() != toks.size())
        line_breaks.push_back(uint32_t(toks.size()));
      i += len;
      continue;
    }
    size_t s = i;
    if (c == kLetter) {
      // Abbreviation with internal periods: single letters each followed by '.'.
      if (i + 3 < n && text[i + 1] == '.' && kAscii[(unsigned char)text[i] & 0x7F] == kLetter &&
          (unsigned char)text[i] < 0x80 && (unsigned char)text[i + 2] < 0x80 &&
          kAscii[(unsigned char)text[i + 2]] == kLetter && text[i + 3] == '.') {
        size_t j = i;
        while (j + 1 < n && (unsigned char)text[j] < 0x80 && kAscii[(unsigned char)text[j]] == kLetter &&
               text[j + 1] == '.')
          j += 2;
        push(s, j, TokenKind::kWord);
        i = j;
        continue;
      }
      size_t j = i + len;
      while (j < n) {
        int l2;
        CharClass c2 = ClassAt(text, j, &l2);
        if (c2 == kLetter || c2 == kDigit) { j += l2; continue; }
        if (c2 == kApos && j + l2 < n) {
          int l3;
          CharClass c3 = ClassAt(text, j + l2, &l3);
          if (c3 == kLetter) {
            // Possessive 's: split it off unless more letters follow ("O'Sullivan" has none after s? it does).
            bool is_s = (text[j + l2] == 's' || text[j + l2] == 'S');
            bool end_after_s = true;
            if (is_s && j + l2 + 1 < n) {
              int l4;
              CharClass c4 = ClassAt(text, j + l2 + 1, &l4);
              end_after_s = !(c4 == kLetter || c4 == kDigit);
            }
            if (is_s && end_after_s) break;
            j += l2;
            continue;
          }
        }
        break;
      }
      push(s, j, TokenKind::kWord);
      i = j;
      // Possessive.
      if (i < n) {
        int la;
        CharClass ca = ClassAt(text, i, &la);
        if (ca == kApos && i + la < n && (text[i + la] == 's' || text[i + la] == 'S')) {
          size_t e = i + la + 1;
          int l4 = 0;
          bool ends = e >= n || [&] {
            CharClass c4 = ClassAt(text, e, &l4);
            return !(c4 == kLetter || c4 == kDigit);
          }();
          if (ends) {
            push(i, e, TokenKind::kPossessive);
            i = e;
          }
        }
      }
      continue;
    }
    if (c == kDigit) {
      size_t j = i + 1;
      while (j < n) {
        int l2;
        CharClass c2 = ClassAt(text, j, &l2);
        if (c2 == kDigit || c2 == kLetter) { j += l2; continue; }
        if ((text[j] == ',' || text[j] == '.') && j + 1 < n && text[j + 1] >= '0' &&
            text[j + 1] <= '9') {
          j += 1;
          continue;
        }
        break;
      }
      push(s, j, TokenKind::kNumber);
      i = j;
      continue;
    }
    // Punctuation (including a lone apostrophe): one code point per token.
    push(s, i + len, TokenKind::kPunct);
    i += len;
  }

  // Sentences.
  auto& sents = out->sentences;
  size_t lb = 0;
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
  const uint32_t nt = uint32_t(toks.size());
  for (uint32_t k = 0; k < nt; ++k) {
    while (lb < line_breaks.size() && line_breaks[lb] <= k) {
      close(line_breaks[lb]);
      ++lb;
    }
    const Token& t = toks[k];
    if (t.kind != TokenKind::kPunct) continue;
    char c = text[t.start];
    if (c != '.' && c != '!' && c != '?') continue;
    // Extend over closing quotes/brackets.
    uint32_t e = k + 1;
    while (e < nt && toks[e].Has(kGlued) && toks[e].kind == TokenKind::kPunct) {
      std::string_view p = text.substr(toks[e].start, toks[e].end - toks[e].start);
      if (p == "\"" || p == "'" || p == ")" || p == "]" || p == "\xE2\x80\x9D" ||
          p == "\xE2\x80\x99" || p == "." || p == "!" || p == "?")
        ++e;
      else
        break;
    }
    if (e >= nt) break;
    if (toks[e].Has(kGlued)) continue;  // "3.5", "x.com"
    if (c == '.' && k > first) {
      const Token& prev = toks[k - 1];
      if (prev.Has(kGlued) || true) {
        std::string_view w = text.substr(prev.start, prev.end - prev.start);
        if (prev.kind == TokenKind::kWord && IsAbbreviation(w)) continue;
        // An initial: a single capital letter ("George W. Bush").
        if (prev.kind == TokenKind::kWord && w.size() == 1 && IsUpperAscii(w[0])) continue;
      }
    }
    // The next token must look like a sentence start: not lower case.
    const Token& nx = toks[e];
    char nc = text[nx.start];
    if (nc >= 'a' && nc <= 'z') continue;
    close(e);
    k = e - 1;
  }
  while (lb < line_breaks.size()) { close(line_breaks[lb]); ++lb; }
  close(nt);
}

}  // namespace eg
