// Recognition of time expressions: a single pass over the tokens. At each
// token that can start an expression (a number or a word of the time lexicon)
// the matchers parse an optional modifier prefix ("the", "about", "early",
// "last", "the end of"...) and then one head (a counted unit, a weekday, a
// month date, a year, a season, a quarter, a clock time, a deictic word...)
// with its suffixes ("ago", "later", "of 1990", "night"). The longest match
// wins; no allocation happens unless something matched.
//
// The matchers are members of the recognizer Rec (time/recognizer_internal.h),
// one family per file: recognizer_scan.cc (the pass and its pre-filter),
// recognizer_driver.cc (one match and its emission), recognizer_prefix.cc,
// recognizer_numbers.cc, recognizer_clock.cc, recognizer_month_dates.cc, and
// the heads: recognizer_units.cc (durations and shifts), recognizer_periods.cc
// (years, seasons, quarters), recognizer_days.cc (weekdays, holidays),
// recognizer_deictic.cc (deictic words, parts of the day), recognizer_sets.cc.
#include "time/recognizer.h"

#include "time/recognizer_internal.h"

namespace eg::timex {

void Recognize(const TextAnalysis& text, std::vector<Candidate>* out) {
  detail::Rec r(text, out);
  r.Run();
}

}  // namespace eg::timex
