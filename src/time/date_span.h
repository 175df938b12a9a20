// DateSpan: a TIMEX3-style date value ("2025-08-15", "2025-08", "1938",
// "2025-W33", "197X", "19XX", "2025-SU", "2025-Q3") read as the span of days
// it covers: the actors stage asks who held an office over the days a
// sentence speaks of, renderers place an event at its precision (a
// year-only event covers the whole year and is never drawn on January 1).
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace eg {

enum class DatePrecision { kDay, kWeek, kMonth, kSeason, kYear, kDecade, kCentury };

struct DateSpan {
  date::sys_days first;  // first day covered
  date::sys_days last;   // last day covered (inclusive)
  DatePrecision precision = DatePrecision::kDay;
  std::string value;  // the value it was parsed from

  double MidDay() const;  // middle of the span, in days since 1970-01-01
};

// Parses a date value; nullopt for empty or unrecognised values (drawn as
// "date unknown" rather than guessed).
std::optional<DateSpan> ParseDateSpan(std::string_view value);

}  // namespace eg
