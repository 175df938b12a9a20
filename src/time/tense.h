// Tense of the clause around a time expression, for the direction of a bare
// weekday or month ("met on Friday" -> the past Friday, "will meet on Monday"
// -> the coming Monday). A cheap stand-in for POS tags: the nearest tense
// marker in the sentence wins (past-tense verb forms vs "will", "'ll",
// "is expected to", "plans to", "next"...).
#pragma once
#include <cstdint>

#include "text/text.h"

namespace eg::timex {

// -1 past, +1 future, 0 unknown, for the expression at tokens [b, e).
int TenseAround(const TextAnalysis& text, uint32_t b, uint32_t e);
// The same when the caller knows the sentence holding token b.
int TenseAround(const TextAnalysis& text, uint32_t sentence, uint32_t b, uint32_t e);

// True when token i is a past-tense verb by TenseAround's markers ("said",
// "met", "announced"), not a participle after "be"/"been" ("was held").
// i must lie in `sentence`.
bool PastVerbAt(const TextAnalysis& text, uint32_t sentence, uint32_t i);
// (A verb with a short prefix glued by a hyphen, "co-hosted", is read from
// the prefix: i may be the prefix.)

// True when the expression at token b (in `sentence`) sits in a past-perfect
// clause: "had" and a participle before it ("he had spoken with Y by phone,
// most recently over Easter"), with no "when", "but", "while" or relative
// pronoun between. A flashback sets its event before the narrative's
// reference time and leaves that time where it was (Reichenbach), so "the
// same afternoon" after it is still the main story's day.
bool InPastPerfect(const TextAnalysis& text, uint32_t sentence, uint32_t b);

}  // namespace eg::timex
