// Timelines: the years of dates that head the entries of a dated list.
//
// An explainer's "- 12 February: Trump and Putin speak by phone" list tells
// its entries in order and in the historical present, so the tense gives a
// yearless date no direction and the nearest year wins: written in November,
// "12 February" would be the coming one. A block of two or more consecutive
// lines, each opening (after an optional bullet) with a month or a month's
// day (not a weekday) that a colon or a dash follows, is such a list: walking back
// from its last entry, a yearless entry later than the entry after it moves
// back a year until it is not. Entries with a written year, and the last
// entry, keep their values; so does an agenda whose entries already ascend.
// A heading over a range of days ("May 10-11 -", "April 2 to April 9:") is
// its first day's entry, and the range's end takes that day's year.
#pragma once
#include <vector>

#include "text/text.h"
#include "time/timex.h"

namespace eg::timex {

// Adjusts the values of timeline heads in `timexes` (document order, as
// TagTimexes returns them) in place.
void OrderTimelineEntries(const TextAnalysis& text, std::vector<Timex>* timexes);

}  // namespace eg::timex
