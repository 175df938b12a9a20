#include "time/date_span.h"

#include <date/iso_week.h>

namespace eg {

namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

date::sys_days YearStart(int y) { return date::sys_days{date::year{y} / date::January / 1}; }
date::sys_days YearEnd(int y) { return date::sys_days{date::year{y} / date::December / 31}; }

// The months m0 .. m0 + n - 1 of year y.
DaySpan Months(int y, unsigned m0, unsigned n, DatePrecision p) {
  return {date::sys_days{date::year{y} / date::month{m0} / 1},
          date::sys_days{date::year{y} / date::month{m0 + n - 1} / date::last}, p};
}

}  // namespace

double DaySpan::MidDay() const {
  return (first.time_since_epoch().count() + last.time_since_epoch().count()) / 2.0;
}

std::optional<DaySpan> ParseDaySpan(std::string_view v) {
  int y = 0;
  // Decade "197X" and century "19XX".
  if (v.size() == 4 && (v[3] == 'X' || v[3] == 'x')) {
    int c = 0;
    if (Digits(v, 0, 2, &c) && (v[2] == 'X' || v[2] == 'x'))
      return DaySpan{YearStart(c * 100), YearEnd(c * 100 + 99), DatePrecision::kCentury};
    int dec = 0;
    if (!Digits(v, 0, 3, &dec)) return std::nullopt;
    return DaySpan{YearStart(dec * 10), YearEnd(dec * 10 + 9), DatePrecision::kDecade};
  }
  if (!Digits(v, 0, 4, &y)) return std::nullopt;
  if (v.size() == 4) return DaySpan{YearStart(y), YearEnd(y), DatePrecision::kYear};
  if (v.size() < 7 || v[4] != '-') return std::nullopt;
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest[0] == 'W' && rest.size() == 3 && Digits(rest, 1, 2, &n) && n >= 1 && n <= 53) {
    // ISO week: week 1 is the week with the year's first Thursday.
    const date::sys_days monday{iso_week::year{y} / iso_week::weeknum(unsigned(n)) / iso_week::mon};
    return DaySpan{monday, monday + date::days{6}, DatePrecision::kWeek};
  }
  if (rest.size() == 2 && rest[0] == 'Q' && Digits(rest, 1, 1, &n) && n >= 1 && n <= 4)
    return Months(y, unsigned(3 * n - 2), 3, DatePrecision::kSeason);
  if (rest.size() == 2 && rest[0] == 'H' && Digits(rest, 1, 1, &n) && n >= 1 && n <= 2)
    return Months(y, unsigned(6 * n - 5), 6, DatePrecision::kSeason);
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") {
    const unsigned m0 = rest == "SP" ? 3 : rest == "SU" ? 6 : rest == "FA" ? 9 : 12;
    const date::sys_days first{date::year{y} / date::month{m0} / 1};
    return DaySpan{first, first + date::days{90}, DatePrecision::kSeason};
  }
  if (!Digits(rest, 0, 2, &n) || n < 1 || n > 12) return std::nullopt;
  const date::year_month ym{date::year{y}, date::month(unsigned(n))};
  if (rest.size() == 2)
    return DaySpan{date::sys_days{ym / 1}, date::sys_days{ym / date::last}, DatePrecision::kMonth};
  int day = 0;
  if (rest.size() < 5 || rest[2] != '-' || !Digits(rest, 3, 2, &day)) return std::nullopt;
  const date::year_month_day ymd = ym / day;
  if (!ymd.ok()) return std::nullopt;
  // Anything after the day (a time "T10:00") keeps day precision.
  return DaySpan{date::sys_days{ymd}, date::sys_days{ymd}, DatePrecision::kDay};
}

std::optional<DateSpan> ParseDateSpan(std::string_view v) {
  const std::optional<DaySpan> days = ParseDaySpan(v);
  if (!days) return std::nullopt;
  DateSpan d;
  static_cast<DaySpan&>(d) = *days;
  d.value = std::string(v);
  return d;
}

}  // namespace eg
