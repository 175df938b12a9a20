#include "text/text.h"

namespace eg {

QuoteChar QuoteCharAt(const TextAnalysis& t, uint32_t k) {
  const Token& tok = t.tokens[k];
  if (tok.kind != TokenKind::kPunct) return QuoteChar::kNone;
  const uint32_t len = tok.end - tok.start;
  const unsigned char c = static_cast<unsigned char>(t.text[tok.start]);
  if (len == 1) {
    switch (c) {
      case '"': return QuoteChar::kDouble;
      case '\'': return QuoteChar::kSingle;
      case '`': return QuoteChar::kBacktick;
      default: return QuoteChar::kNone;
    }
  }
  // U+2018..U+201D: E2 80 98/99/9C/9D.
  if (len != 3 || c != 0xE2 || static_cast<unsigned char>(t.text[tok.start + 1]) != 0x80)
    return QuoteChar::kNone;
  switch (static_cast<unsigned char>(t.text[tok.start + 2])) {
    case 0x98: return QuoteChar::kOpenSingle;
    case 0x99: return QuoteChar::kCloseSingle;
    case 0x9C: return QuoteChar::kOpenDouble;
    case 0x9D: return QuoteChar::kCloseDouble;
    default: return QuoteChar::kNone;
  }
}

}  // namespace eg
