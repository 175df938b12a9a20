#include "events/dates.h"

#include <date/date.h>

#include <cstdio>

namespace eg {

namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int Num(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

long Days(int y, unsigned m, unsigned d) {
  return date::sys_days(date::year(y) / date::month(m) / date::day(d)).time_since_epoch().count();
}

long MonthEnd(int y, unsigned m) {
  return date::sys_days(date::year(y) / date::month(m) / date::last).time_since_epoch().count();
}

}  // namespace

std::string_view DatingValue(const Timex& tx) {
  // A DATE with a day beside its value ("a week ago": 2025-W33, counted
  // back to 2025-08-13) is dated by that day.
  if (tx.type == TimexType::kDate && !tx.anchored.empty()) return tx.anchored;
  if (tx.type == TimexType::kDate || tx.type == TimexType::kTime) return tx.value;
  return tx.anchored;
}

std::string_view DatingText(const Timex& tx, std::string_view doc_text) {
  const uint32_t end = tx.anchored_end > tx.end ? tx.anchored_end : tx.end;
  if (tx.start >= doc_text.size()) return {};
  return doc_text.substr(tx.start, end - tx.start);
}

std::string EventDateOf(std::string_view v) {
  if (v.size() > 10 && v[10] == 'T') v = v.substr(0, 10);
  // The time stage writes decades and centuries the TimeML way ("197",
  // "19"); events.json writes them as 197X and 19XX.
  if (v.size() == 3 && Digits(v)) return std::string(v) + "X";
  if (v.size() == 2 && Digits(v)) return std::string(v) + "XX";
  if (v.size() < 4) return "";
  std::string_view y = v.substr(0, 4);
  if (v.size() == 4) {
    if (Digits(y)) return std::string(v);
    // Decade 197X or century 19XX.
    if (Digits(y.substr(0, 3)) && y[3] == 'X') return std::string(v);
    if (Digits(y.substr(0, 2)) && y.substr(2) == "XX") return std::string(v);
    return "";
  }
  if (!Digits(y) || v[4] != '-') return "";
  std::string_view rest = v.substr(5);
  if (rest.size() == 2 && Digits(rest)) {
    int m = Num(rest);
    return (m >= 1 && m <= 12) ? std::string(v) : "";
  }
  if (rest.size() == 5 && Digits(rest.substr(0, 2)) && rest[2] == '-' && Digits(rest.substr(3))) {
    date::year_month_day ymd{date::year(Num(y)), date::month(unsigned(Num(rest.substr(0, 2)))),
                             date::day(unsigned(Num(rest.substr(3))))};
    return ymd.ok() ? std::string(v) : "";
  }
  if (rest.size() == 3 && rest[0] == 'W' && Digits(rest.substr(1))) return std::string(v);
  // A weekend ("over the weekend": 2025-W43-WE) is dated by its Saturday,
  // as a reader dates "talks over the weekend" (the Sunday as well).
  if (rest.size() == 6 && rest[0] == 'W' && Digits(rest.substr(1, 2)) && rest.substr(3) == "-WE") {
    const int w = Num(rest.substr(1, 2));
    if (w < 1 || w > 53) return "";
    const date::sys_days jan4 = date::sys_days(date::year(Num(y)) / date::January / date::day(4));
    const date::sys_days monday = jan4 - (date::weekday(jan4) - date::Monday);
    const date::year_month_day sat{monday + date::days(7 * (w - 1) + 5)};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(sat.year()), unsigned(sat.month()),
                  unsigned(sat.day()));
    return buf;
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && Digits(rest.substr(1)))
    return std::string(v);
  // Seasons (2025-SU) and parts of the year keep the year only.
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") return std::string(y);
  return "";
}

std::string DayBefore(std::string_view v) {
  if (v.size() != 10 || !Digits(v.substr(0, 4)) || v[4] != '-' || !Digits(v.substr(5, 2)) ||
      v[7] != '-' || !Digits(v.substr(8, 2)))
    return "";
  const date::year_month_day ymd{date::year(Num(v.substr(0, 4))),
                                 date::month(unsigned(Num(v.substr(5, 2)))),
                                 date::day(unsigned(Num(v.substr(8, 2))))};
  if (!ymd.ok()) return "";
  const date::year_month_day eve{date::sys_days(ymd) - date::days(1)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(eve.year()), unsigned(eve.month()),
                unsigned(eve.day()));
  return buf;
}

bool DateInterval(std::string_view v, long* first, long* last) {
  std::string norm = EventDateOf(v);
  if (norm.empty()) return false;
  std::string_view s = norm;
  if (s.size() == 4) {
    if (Digits(s)) {
      int y = Num(s);
      *first = Days(y, 1, 1);
      *last = Days(y, 12, 31);
    } else if (s[3] == 'X' && s[2] != 'X') {
      int y = Num(s.substr(0, 3)) * 10;
      *first = Days(y, 1, 1);
      *last = Days(y + 9, 12, 31);
    } else {
      int y = Num(s.substr(0, 2)) * 100;
      *first = Days(y, 1, 1);
      *last = Days(y + 99, 12, 31);
    }
    return true;
  }
  int y = Num(s.substr(0, 4));
  std::string_view rest = s.substr(5);
  if (rest[0] == 'W') {
    int w = Num(rest.substr(1));
    // ISO week: the week with the year's first Thursday is week 1.
    date::sys_days jan4 = date::year(y) / date::January / 4;
    date::weekday wd{jan4};
    date::sys_days monday1 = jan4 - (wd - date::Monday);
    long start = (monday1 + date::days(7 * (w - 1))).time_since_epoch().count();
    *first = start;
    *last = start + 6;
    return true;
  }
  if (rest[0] == 'Q' || rest[0] == 'H') {
    int k = Num(rest.substr(1));
    unsigned months = rest[0] == 'Q' ? 3 : 6;
    unsigned m0 = unsigned(k - 1) * months + 1;
    if (k < 1 || m0 + months - 1 > 12) return false;
    *first = Days(y, m0, 1);
    *last = MonthEnd(y, m0 + months - 1);
    return true;
  }
  unsigned m = unsigned(Num(rest.substr(0, 2)));
  if (rest.size() == 2) {
    *first = Days(y, m, 1);
    *last = MonthEnd(y, m);
    return true;
  }
  *first = *last = Days(y, m, unsigned(Num(rest.substr(3))));
  return true;
}

DayInterval::DayInterval(std::string_view value) {
  ok = !value.empty() && DateInterval(value, &first, &last);
}

bool DatesCompatible(std::string_view a, const DayInterval& as, std::string_view b,
                     const DayInterval& bs) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (!as.ok || !bs.ok) return false;
  return (as.first <= bs.first && bs.last <= as.last) ||
         (bs.first <= as.first && as.last <= bs.last);
}

bool DatesCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  return DatesCompatible(a, DayInterval(a), b, DayInterval(b));
}

long DateSpanDays(std::string_view value) {
  long a, b;
  if (!DateInterval(value, &a, &b)) return 1L << 40;
  return b - a + 1;
}

}  // namespace eg
