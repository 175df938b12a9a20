// Time stage: recognises and normalises time expressions (TIMEX3, as in
// TempEval-3) in one document.
//
// Two phases, as in HeidelTime: recognition emits an expression with an
// underspecified value ("the Friday before the reference"); resolution fills
// it in from the publication date (deictic: "yesterday", "Friday", "last
// week") or from the narrative reference time, the last date the text placed
// an event at (anaphoric: "two days later", "the next day"). The direction of
// a bare weekday or month comes from the sentence's tense. All calendar
// arithmetic uses Howard Hinnant's date library.
//
// Extents follow TimeML: no leading preposition ("on Friday" -> "Friday"),
// determiners and modifiers kept ("the last week", "early December"), but a
// determiner of the noun after a date or an adjective is left out ("the Oct.
// 23 deadline" -> "Oct. 23", "a two-year deal" -> "two-year").
//
// Values follow TimeML as annotated in TempEval-3: decades have three digits
// ("the 1970s" = 197), centuries two (19), unknown counts X (PXY), vague
// references PRESENT_REF/PAST_REF/FUTURE_REF; "in two weeks" is the duration
// P2W. Files: lexicon (word tables), recognizer (matchers -> Spec), tense
// (direction of bare weekdays/months), resolver (Spec -> value), tagger.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/text.h"

namespace eg {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  uint32_t start = 0, end = 0;  // byte span in the document, end exclusive
  uint32_t first_token = 0, end_token = 0;
  uint32_t sentence = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: 2025-08-15, 2025-W33, P2D, PRESENT_REF, XXXX-08-15 ...
  // For a duration counted from the narrative reference time ("two days
  // later": value P2D), the date it lands on (2025-08-17), in the same
  // format as a DATE's value. For "a week ago" / "two weeks ago" (a DATE
  // whose TimeML value is the week), the day counted back from the
  // publication date. Empty otherwise. What dates an event.
  std::string anchored;
  // With `anchored`: the byte end of the phrase with its signal word ("Two
  // days later"), what a reader quotes as the event's date; 0 otherwise.
  uint32_t anchored_end = 0;
  // In a "since" clause ("their first call since the vote on April 3"): a
  // landmark, not a time the narrative moves to.
  bool landmark = false;
  // Told in a past-perfect flashback ("had phoned both leaders on July
  // 26"), or after one in its paragraph ("Two days later, ..."): the
  // narrative's time returns to the story's where the paragraph ends.
  bool flashback = false;
};

// Tags every time expression in `text`, in document order. `dct` is the
// publication date; without one, deictic values stay underspecified
// ("XXXX-XX-XX" style) rather than guessed.
std::vector<Timex> TagTimexes(const TextAnalysis& text,
                              const std::optional<date::year_month_day>& dct);

}  // namespace eg
