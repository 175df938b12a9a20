#include "time/date_span.h"

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

}  // namespace

double DateSpan::MidDay() const {
  return (first.time_since_epoch().count() + last.time_since_epoch().count()) / 2.0;
}

std::optional<DateSpan> ParseDateSpan(std::string_view v) {
  DateSpan d;
  d.value = std::string(v);
  int y = 0;
  // Decade "197X" and century "19XX".
  if (v.size() == 4 && (v[3] == 'X' || v[3] == 'x')) {
    int c = 0;
    if (Digits(v, 0, 2, &c) && (v[2] == 'X' || v[2] == 'x')) {
      d.first = YearStart(c * 100);
      d.last = YearEnd(c * 100 + 99);
      d.precision = DatePrecision::kCentury;
      return d;
    }
    int dec = 0;
    if (!Digits(v, 0, 3, &dec)) return std::nullopt;
    d.first = YearStart(dec * 10);
    d.last = YearEnd(dec * 10 + 9);
    d.precision = DatePrecision::kDecade;
    return d;
  }
  if (!Digits(v, 0, 4, &y)) return std::nullopt;
  if (v.size() == 4) {
    d.first = YearStart(y);
    d.last = YearEnd(y);
    d.precision = DatePrecision::kYear;
    return d;
  }
  if (v.size() < 7 || v[4] != '-') return std::nullopt;
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest[0] == 'W' && rest.size() == 3 && Digits(rest, 1, 2, &n) && n >= 1 && n <= 53) {
    // ISO week: Monday of week 1 is the Monday on or before January 4.
    date::sys_days jan4{date::year{y} / date::January / 4};
    date::weekday wd{jan4};
    date::sys_days week1 = jan4 - date::days{(wd.c_encoding() + 6) % 7};
    d.first = week1 + date::days{7 * (n - 1)};
    d.last = d.first + date::days{6};
    d.precision = DatePrecision::kWeek;
    return d;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && Digits(rest, 1, 1, &n) && n >= 1 && n <= 4) {
    d.first = date::sys_days{date::year{y} / date::month(3 * n - 2) / 1};
    d.last = date::sys_days{date::year{y} / date::month(3 * n) / date::last};
    d.precision = DatePrecision::kSeason;
    return d;
  }
  if (rest.size() == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
    int m0 = rest == "SP" ? 3 : rest == "SU" ? 6 : rest == "FA" ? 9 : 12;
    d.first = date::sys_days{date::year{y} / date::month(m0) / 1};
    d.last = d.first + date::days{90};
    d.precision = DatePrecision::kSeason;
    return d;
  }
  if (!Digits(rest, 0, 2, &n) || n < 1 || n > 12) return std::nullopt;
  date::year_month ym{date::year{y}, date::month(n)};
  if (rest.size() == 2) {
    d.first = date::sys_days{ym / 1};
    d.last = date::sys_days{ym / date::last};
    d.precision = DatePrecision::kMonth;
    return d;
  }
  int day = 0;
  if (rest.size() < 5 || rest[2] != '-' || !Digits(rest, 3, 2, &day)) return std::nullopt;
  date::year_month_day ymd = ym / day;
  if (!ymd.ok()) return std::nullopt;
  // Anything after the day (a time "T10:00") keeps day precision.
  d.first = d.last = date::sys_days{ymd};
  d.precision = DatePrecision::kDay;
  return d;
}

}  // namespace eg
