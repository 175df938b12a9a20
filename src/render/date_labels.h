// Labels of dates for renderers: a DateSpan (time/date_span.h) at its
// precision, and the days of axes and lists.
#pragma once
#include <date/date.h>

#include <string>

#include "time/date_span.h"

namespace eg {

// A short label at the value's precision: "15 Aug 2025", "Aug 2025", "1938",
// "week 33, 2025", "1970s", "1900s", "summer 2025", "Q3 2025".
std::string DateLabel(const DateSpan& d);

// "2025-08-15" for a day.
std::string IsoDay(date::sys_days d);

// "Aug 2025", "15 Aug" etc. for axis ticks.
std::string MonthYearLabel(date::sys_days d);

}  // namespace eg
