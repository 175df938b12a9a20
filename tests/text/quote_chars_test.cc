// QuoteCharAt: which quotation mark a token is, by its character.
#include <gtest/gtest.h>

#include <string>

#include "text/text.h"

namespace eg {
namespace {

// The QuoteChar of every token of `s`, one letter each: d s b ( ) [ ] for
// " ' ` “ ” ‘ ’, '.' for any other token.
std::string Kinds(const std::string& s) {
  TextAnalysis t;
  Analyze(s, 0, &t);
  std::string out;
  for (uint32_t k = 0; k < t.tokens.size(); ++k) {
    switch (QuoteCharAt(t, k)) {
      case QuoteChar::kDouble: out += 'd'; break;
      case QuoteChar::kSingle: out += 's'; break;
      case QuoteChar::kBacktick: out += 'b'; break;
      case QuoteChar::kOpenDouble: out += '('; break;
      case QuoteChar::kCloseDouble: out += ')'; break;
      case QuoteChar::kOpenSingle: out += '['; break;
      case QuoteChar::kCloseSingle: out += ']'; break;
      default: out += '.'; break;
    }
  }
  return out;
}

TEST(QuoteChars, StraightCurlyAndTicks) {
  EXPECT_EQ(Kinds("\"Yes,\" he said."), "d..d...");
  EXPECT_EQ(Kinds("``Yes,'' he said."), "bb..ss...");
  EXPECT_EQ(Kinds("\xE2\x80\x9CYes\xE2\x80\x9D and \xE2\x80\x98no\xE2\x80\x99."), "(.).[.].");
  // Other punctuation and other three-byte characters are no quotes.
  EXPECT_EQ(Kinds("A \xE2\x80\x94 B (c)."), ".......");
}

}  // namespace
}  // namespace eg
