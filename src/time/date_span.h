// DateSpan: a TIMEX3-style date value ("2025-08-15", "2025-08", "1938",
// "2025-W33", "197X", "19XX", "2025-SU", "2025-Q3", "2025-H1") read as the
// span of days it covers: the actors stage asks who held an office over the
// days a sentence speaks of, renderers place an event at its precision (a
// year-only event covers the whole year and is never drawn on January 1),
// and the events stage compares event dates (events/dates.h).
//
// ParseDaySpan is the one reading of a value's days; ParseDateSpan adds the
// value itself. Calendar arithmetic goes through Howard Hinnant's date
// library (ISO weeks through iso_week).
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace eg {

// kSeason is any part of a year coarser than a month: a season (2025-SU),
// a quarter (2025-Q3) or a half (2025-H1).
enum class DatePrecision { kDay, kWeek, kMonth, kSeason, kYear, kDecade, kCentury };

// The days a value covers, without the value: cheap to make and copy (no
// allocation), for callers that parse on hot paths.
struct DaySpan {
  date::sys_days first;  // first day covered
  date::sys_days last;   // last day covered (inclusive)
  DatePrecision precision = DatePrecision::kDay;

  double MidDay() const;  // middle of the span, in days since 1970-01-01
};

// A DaySpan with the value it was parsed from (renderers label by it).
struct DateSpan : DaySpan {
  std::string value;
};

// The span of a date value; nullopt for empty or unrecognised values (drawn
// as "date unknown" rather than guessed). Recognised: a year "2016"; a
// decade "197X" and century "19XX" (x or X); "YYYY-MM"; a day "YYYY-MM-DD"
// that exists, with anything after it ("T10:00") ignored; an ISO week
// "YYYY-Www" (01-53); a quarter "YYYY-Q1".."Q4"; a half "YYYY-H1"/"H2"; a
// season "YYYY-SP|SU|FA|WI" as the 91 days from March, June, September or
// December 1. Not recognised: weekends ("2025-W43-WE"), durations, sets,
// PRESENT_REF, unknown years ("XXXX-08-15"), the TimeML decade "197".
std::optional<DaySpan> ParseDaySpan(std::string_view value);

// ParseDaySpan with the value kept in DateSpan::value.
std::optional<DateSpan> ParseDateSpan(std::string_view value);

}  // namespace eg
