// Recognition: one pass over the tokens of a document with small matchers
// driven by the word tables (lexicon.h). Emits, in document order and without
// overlaps, the token span of each time expression (TimeML extent: no leading
// preposition; determiners and modifiers kept) and its underspecified value.
#pragma once
#include <cstdint>
#include <vector>

#include "text/text.h"
#include "time/spec.h"

namespace eg::timex {

struct Candidate {
  uint32_t first_token = 0, end_token = 0;
  uint32_t start = 0, end = 0;  // byte span (may drop a sentence-final period)
  Spec spec;
};

void Recognize(const TextAnalysis& text, std::vector<Candidate>* out);

}  // namespace eg::timex
