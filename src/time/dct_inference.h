// The publication date of a document that carries none, inferred from its
// own dates (events.json `dct_source: "inferred"`).
//
// News reports dated events in the past: the text was written on or after
// the latest day it reports as past. InferDct looks at the document's time
// expressions tagged without a publication date (values still
// underspecified: "XXXX-08-15", "XXXX-WXX-5") and picks, in this order:
//   1. a calendar date with its year on a short line (80 bytes at most,
//      not ending a sentence) among the first six non-blank lines (a
//      masthead, a section, a title and the authors may come first): a
//      byline ("Published August 16, 2025"), unless it speaks of the
//      future. A wire dateline opening a line among the first five
//      ("MOSCOW, Oct 22 (Reuters) -") is the story's own day and wins over
//      a byline a week or less after it (an "Updated:" time), taking the
//      byline's year;
//   2. only when `floor` is known: a dateline alone (its year, or the
//      floor's as below); else the day after the latest calendar date,
//      on or after the floor, in a past-tense clause ("On August 15 the two
//      leaders met": August 16; a story dates by the calendar what lies a
//      day or more back). A date without a year ("August 15") takes the
//      floor's year, unless the text names a later year outside the future;
//      named with its weekday ("Friday, August 15"), the first year from the
//      floor's in which it falls on that weekday.
//      Without a floor nothing vouches that a date is the news and not
//      history: wire copy writes the year of older dates ("the Aug. 7, 1998,
//      bombings" in a story of 1999) and leaves out this year's.
// No such date: no guess (std::nullopt), and deictic dates stay unresolved.
//
// `floor`, when known, is a day the text was written on or after, from
// outside the time stage (the actors stage's offices still held: a story
// naming "Chancellor Friedrich Merz" was written once he held the office);
// a candidate before it is dropped.
#pragma once
#include <date/date.h>

#include <optional>
#include <vector>

#include "text/text.h"
#include "time/timex.h"

namespace eg {

std::optional<date::year_month_day> InferDct(const TextAnalysis& text,
                                             const std::vector<Timex>& undated,
                                             std::optional<date::sys_days> floor);

// The day a transcript was recorded, when its head says so ("This
// conversation was recorded on Tuesday, October 14.", "Recorded Oct. 14,
// 2025") among its first eight non-blank lines: a day-precise date right
// after "recorded" (and "on"), from `timexes` tagged against the
// publication date `dct`, at most two weeks before it. The speakers' "yesterday"
// and "on Wednesday" count from that day, not from the day of publication.
std::optional<date::year_month_day> RecordingDate(const TextAnalysis& text,
                                                  const std::vector<Timex>& timexes,
                                                  date::year_month_day dct);

}  // namespace eg
