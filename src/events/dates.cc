#include "events/dates.h"

#include <date/date.h>

#include "corpus/document.h"  // FormatDate
#include "time/date_span.h"

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
  if (rest.size() == 5) {  // a day that exists
    const std::optional<DaySpan> day = ParseDaySpan(v);
    return day && day->precision == DatePrecision::kDay ? std::string(v) : "";
  }
  // A week, quarter or half that exists (2025-W33, 2025-Q3, 2025-H1).
  if ((rest.size() == 3 && rest[0] == 'W') ||
      (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')))
    return ParseDaySpan(v) ? std::string(v) : "";
  // A weekend ("over the weekend": 2025-W43-WE) is dated by its Saturday,
  // as a reader dates "talks over the weekend" (the Sunday as well).
  if (rest.size() == 6 && rest[0] == 'W' && Digits(rest.substr(1, 2)) && rest.substr(3) == "-WE") {
    const std::optional<DaySpan> week = ParseDaySpan(v.substr(0, 8));  // 2025-W43
    return week ? FormatDate(date::year_month_day{week->first + date::days{5}}) : "";
  }
  // Seasons (2025-SU) and parts of the year keep the year only.
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") return std::string(y);
  return "";
}

std::string DayBefore(std::string_view v) {
  const std::optional<DaySpan> day = v.size() == 10 ? ParseDaySpan(v) : std::nullopt;
  if (!day || day->precision != DatePrecision::kDay) return "";
  return FormatDate(date::year_month_day{day->first - date::days{1}});
}

bool DateInterval(std::string_view v, long* first, long* last) {
  // EventDateOf first: a season dates an event by its year, a weekend by
  // its Saturday, "197" is the decade 197X.
  const std::string norm = EventDateOf(v);
  const std::optional<DaySpan> span = norm.empty() ? std::nullopt : ParseDaySpan(norm);
  if (!span) return false;
  *first = span->first.time_since_epoch().count();
  *last = span->last.time_since_epoch().count();
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
