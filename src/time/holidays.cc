#include "time/holidays.h"

#include <date/date.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace eg::timex {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A whole decimal integer, optionally signed, within [lo, hi].
bool ParseInt(std::string_view s, int lo, int hi, int* out) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; s.remove_prefix(1); }
  if (s.empty() || s.size() > 4) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  v = neg ? -v : v;
  if (v < lo || v > hi) return false;
  *out = v;
  return true;
}

// "12-25", "11/4/4", "11/1/1+1", "05/1/-1", "easter-2".
bool ParseRule(std::string_view s, HolidayRule* r) {
  int a, b, c, k = 0;
  if (s.substr(0, 6) == "easter") {
    r->kind = HolidayRule::kEaster;
    if (s.size() > 6 && !ParseInt(s.substr(6), -60, 60, &k)) return false;
    r->offset = int16_t(k);
    return true;
  }
  const size_t dash = s.find('-');
  const size_t slash = s.find('/');
  if (slash == std::string_view::npos) {
    if (dash == std::string_view::npos || !ParseInt(s.substr(0, dash), 1, 12, &a) ||
        !ParseInt(s.substr(dash + 1), 1, 31, &b))
      return false;
    if (!(date::month{unsigned(a)} / date::day{unsigned(b)}).ok()) return false;
    r->kind = HolidayRule::kFixed;
    r->month = int8_t(a);
    r->day = int8_t(b);
    return true;
  }
  const size_t slash2 = s.find('/', slash + 1);
  if (slash2 == std::string_view::npos) return false;
  std::string_view nth = s.substr(slash2 + 1);
  // The offset's sign comes after the n-th count, which may be "-1" itself.
  const size_t plus = nth.find_first_of("+-", 1);
  if (plus != std::string_view::npos) {
    if (!ParseInt(nth.substr(plus), -60, 60, &k)) return false;
    nth = nth.substr(0, plus);
  }
  if (!ParseInt(s.substr(0, slash), 1, 12, &a) ||
      !ParseInt(s.substr(slash + 1, slash2 - slash - 1), 1, 7, &b) ||
      !ParseInt(nth, -5, 5, &c) || c == 0 || c < -1)
    return false;
  r->kind = HolidayRule::kNthWeekday;
  r->month = int8_t(a);
  r->weekday = int8_t(b);
  r->nth = int8_t(c);
  r->offset = int16_t(k);
  return true;
}

date::sys_days EasterSunday(int y) {  // Gregorian computus (Meeus/Jones/Butcher)
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return date::sys_days(date::year{y} / date::month{unsigned(month)} / date::day{unsigned(day)});
}

}  // namespace

Status HolidayTable::Parse(std::string_view tsv, const std::string& where, HolidayTable* out) {
  HolidayTable t;
  size_t line_no = 0;
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const std::string at = where + ":" + std::to_string(line_no) + ": ";
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::InvalidInput(at + "expected name<TAB>rule");
    HolidayRule rule;
    std::string_view rule_text = Trim(line.substr(tab + 1));
    if (!ParseRule(rule_text, &rule))
      return Status::InvalidInput(at + "bad rule '" + std::string(rule_text) +
                                  "' (MM-DD, MM/W/N[+K] or easter+K)");
    Name name;
    std::string_view words = Trim(line.substr(0, tab));
    while (!words.empty()) {
      const size_t sp = words.find(' ');
      std::string_view w = words.substr(0, sp);
      words = sp == std::string_view::npos ? std::string_view() : Trim(words.substr(sp));
      // "valentine's" is two tokens to the text stage, the word and "'s";
      // so is "veterans'", the word and the apostrophe.
      std::vector<std::string_view> parts = {w};
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s")
        parts = {w.substr(0, w.size() - 2), w.substr(w.size() - 2)};
      else if (w.size() > 1 && w.back() == '\'')
        parts = {w.substr(0, w.size() - 1), w.substr(w.size() - 1)};
      for (std::string_view p : parts) {
        if (name.n == kMaxWords)
          return Status::InvalidInput(at + "a name has at most " + std::to_string(kMaxWords) +
                                      " words");
        for (char c : p)
          if (c >= 'A' && c <= 'Z')
            return Status::InvalidInput(at + "names are written in lower case");
        name.words[name.n++] = std::string(p);
      }
    }
    if (name.n == 0) return Status::InvalidInput(at + "empty name");
    if (t.rules_.size() == 255) return Status::InvalidInput(at + "more than 255 holidays");
    name.rule = uint8_t(t.rules_.size());
    t.rules_.push_back(rule);
    t.names_.push_back(std::move(name));
  }
  // Longest first, so that the first match the recogniser finds is the
  // longest ("Christmas Eve" before "Christmas").
  std::stable_sort(t.names_.begin(), t.names_.end(),
                   [](const Name& a, const Name& b) { return a.n > b.n; });
  *out = std::move(t);
  return Status::OK();
}

bool HolidayTable::Date(int r, int y, int* m, int* d) const {
  if (r < 0 || size_t(r) >= rules_.size()) return false;
  const HolidayRule& rule = rules_[size_t(r)];
  date::sys_days day;
  switch (rule.kind) {
    case HolidayRule::kFixed:
      *m = rule.month;
      *d = rule.day;
      // February 29th outside a leap year: no such day.
      return (date::year{y} / date::month{unsigned(*m)} / date::day{unsigned(*d)}).ok();
    case HolidayRule::kEaster:
      day = EasterSunday(y) + date::days{rule.offset};
      break;
    case HolidayRule::kNthWeekday: {
      const date::year yy{y};
      const date::month mm{unsigned(rule.month)};
      const date::weekday wd{unsigned(rule.weekday % 7)};  // ISO 7 = Sunday = 0
      if (rule.nth > 0) {
        const date::year_month_weekday n{yy, mm, wd[unsigned(rule.nth)]};
        if (!n.ok()) return false;  // no fifth such weekday this month
        day = date::sys_days(n);
      } else {
        day = date::sys_days(date::year_month_weekday_last{yy, mm, date::weekday_last{wd}});
      }
      day += date::days{rule.offset};
      break;
    }
    default:
      return false;
  }
  const date::year_month_day ymd{day};
  *m = int(unsigned(ymd.month()));
  *d = int(unsigned(ymd.day()));
  return true;
}

const HolidayTable& Holidays() {
  static const HolidayTable table = [] {
    HolidayTable t;
    const Status s = HolidayTable::Parse(kHolidaysTsv, "data/time/holidays.tsv", &t);
    if (!s.ok()) std::fprintf(stderr, "eventgraph: %s\n", s.message().c_str());
    return t;
  }();
  return table;
}

}  // namespace eg::timex
