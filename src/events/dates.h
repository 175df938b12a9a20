// Date values of events: which TIMEX3 values can date an event, and how two
// event dates relate. Values are TIMEX3-style strings (2025-08-15, 2025-08,
// 2025, 2025-W33, 2025-Q3, 198X, 19XX); empty means null.
#pragma once
#include <string>
#include <string_view>

#include "time/timex.h"

namespace eg {

// The value of a time expression that can date an event: a DATE's or TIME's
// value, or the date a duration counted from the narrative reaches ("two
// days later": P2D, anchored 2025-08-17); a DATE's day counted back beside
// its week value ("a week ago": 2025-W33, anchored 2025-08-13); empty for
// other durations and sets.
std::string_view DatingValue(const Timex& tx);

// The words of `doc_text` that date an event with `tx`: its extent, with the
// signal of an anchored duration ("Two days later").
std::string_view DatingText(const Timex& tx, std::string_view doc_text);

// The calendar value a TIMEX3 value gives an event, at the precision the text
// gives: a time of day keeps only its day ("2025-08-15T20:00" -> "2025-08-15"),
// a season its year, a weekend its Saturday. Empty for values that cannot
// date an event: durations, sets, PRESENT_REF, values whose year is unknown
// ("XXXX-08-15"), and days, weeks, quarters or halves that do not exist
// ("2025-02-30", "2025-W54", "2025-Q5"). Every value it gives has a span
// (DateInterval).
std::string EventDateOf(std::string_view timex_value);

// The day before a day-precise value ("2025-05-24" -> "2025-05-23"); empty
// for any other value.
std::string DayBefore(std::string_view day);

// First and last day covered by a date value as days since 1970-01-01:
// the span (ParseDaySpan, time/date_span.h) of EventDateOf(value), so a
// season covers its year and a weekend its Saturday. False when the value
// is not a calendar value. No allocation (EventDateOf's values fit a
// short string).
bool DateInterval(std::string_view value, long* first, long* last);

// Equal, or one interval inside the other (2025-08-15 and 2025-08). Empty
// (null) dates are compatible with nothing here; callers decide about nulls.
bool DatesCompatible(std::string_view a, std::string_view b);

// A date value's interval (DateInterval), parsed once by callers that
// compare one value with many; ok = false for empty and non-calendar values.
// (Days since 1970 as numbers for the merge's comparisons.)
struct DayInterval {
  bool ok = false;
  long first = 0, last = 0;
  DayInterval() = default;
  explicit DayInterval(std::string_view value);
};

// DatesCompatible(a, b) for values whose spans (`as` of a, `bs` of b) are known.
bool DatesCompatible(std::string_view a, const DayInterval& as, std::string_view b,
                     const DayInterval& bs);

// Days covered by a value: 1 for a day, ~30 for a month, ...; large when unknown.
long DateSpanDays(std::string_view value);

}  // namespace eg
