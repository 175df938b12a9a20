// Resolution: turns an underspecified Spec into a TIMEX3 value, against the
// publication date (deictic) or the narrative reference time (anaphoric).
// Calendar arithmetic goes through Howard Hinnant's date library.
#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>
#include <cstdlib>

#include "time/holidays.h"
#include "time/spec.h"

namespace eg::timex {
namespace {

using date::sys_days;

sys_days Days(int y, int m, int d) {
  return sys_days(date::year{y} / date::month{unsigned(m)} / date::day{unsigned(d)});
}
date::year_month_day Ymd(sys_days s) { return date::year_month_day(s); }
int Y(const date::year_month_day& v) { return int(v.year()); }
int M(const date::year_month_day& v) { return int(unsigned(v.month())); }
int D(const date::year_month_day& v) { return int(unsigned(v.day())); }
int IsoWeekday(sys_days s) { return int(date::weekday(s).iso_encoding()); }

// A (possibly partial) calendar point: m or d 0 when unknown.
struct Point {
  int y = 0, m = 0, d = 0;
  bool ok = false;
};

// printf for the few formats of TIMEX3 values: literal bytes, "%d" and
// "%0Nd" (the sign counts in the width, as in printf). snprintf was a tenth
// of the time stage.
// Appends to *dst (building the value in place spares a string move).
void FmtTo(std::string* dst, const char* f, int a, int b = 0, int c = 0) {
  const int args[3] = {a, b, c};
  int next = 0;
  std::string& out = *dst;
  for (; *f; ++f) {
    if (*f != '%') { out.push_back(*f); continue; }
    ++f;
    int width = 0;
    if (*f == '0') ++f;
    while (*f >= '1' && *f <= '9') width = width * 10 + (*f++ - '0');
    // *f == 'd'
    const int v = next < 3 ? args[next++] : 0;
    char digits[12];
    int nd = 0;
    unsigned u = v < 0 ? 0u - unsigned(v) : unsigned(v);
    do { digits[nd++] = char('0' + u % 10); u /= 10; } while (u);
    if (v < 0) out.push_back('-');
    for (int k = nd + (v < 0); k < width; ++k) out.push_back('0');
    while (nd) out.push_back(digits[--nd]);
  }
}

void DayValueTo(std::string* out, int y, int m, int d) {
  if (m == 0) FmtTo(out, "%04d-XX-XX", y);
  else if (d == 0) FmtTo(out, "%04d-%02d-XX", y, m);
  else FmtTo(out, "%04d-%02d-%02d", y, m, d);
}

// Adds n months to (y, m); the day is clamped to the month's last day.
void AddMonths(Point* p, int n) {
  int idx = p->y * 12 + (p->m - 1) + n;
  p->y = idx >= 0 ? idx / 12 : (idx - 11) / 12;
  p->m = idx - p->y * 12 + 1;
  if (p->d > 0) {
    auto last = date::year_month_day_last(date::year{p->y} / date::month{unsigned(p->m)} / date::last);
    int ld = int(unsigned(last.day()));
    if (p->d > ld) p->d = ld;
  }
}

void AddDays(Point* p, int n) {
  auto v = Ymd(Days(p->y, p->m, p->d) + date::days{n});
  p->y = Y(v); p->m = M(v); p->d = D(v);
}

bool ApplyShift(Point* p, Unit u, int n) {
  switch (u) {
    case kNoUnit: case kSecond: case kMinute: case kHour: return true;
    case kDay:
      if (p->d == 0) return false;
      AddDays(p, n);
      return true;
    case kWeek: case kWeekend:
      if (p->d == 0) return false;
      AddDays(p, 7 * n);
      return true;
    case kFortnight:
      if (p->d == 0) return false;
      AddDays(p, 14 * n);
      return true;
    case kMonth:
      if (p->m == 0) return false;
      AddMonths(p, n);
      return true;
    case kQuarter:
      if (p->m == 0) return false;
      AddMonths(p, 3 * n);
      return true;
    case kYear: p->y += n; return true;
    case kDecade: p->y += 10 * n; return true;
    case kCentury: p->y += 100 * n; return true;
    case kMillennium: p->y += 1000 * n; return true;
  }
  return true;
}

Dir Effective(Dir dir, int tense) {
  if (dir != Dir::kTense) return dir;
  if (tense < 0) return Dir::kPast;
  if (tense > 0) return Dir::kFuture;
  return Dir::kTense;
}

// Year of month m (and day d, 0 = whole month) relative to base (by, bm, bd),
// for "last"/"next"/"this" and for the tense bands below.
int ChooseYear(int by, int bm, int bd, int m, int d, Dir dir) {
  long cand = m * 100L + d, base = bm * 100L + (d ? bd : 0);
  switch (dir) {
    case Dir::kPast: return cand > base ? by - 1 : by;
    case Dir::kPastStrict: return cand >= base ? by - 1 : by;
    case Dir::kFuture: return cand < base ? by + 1 : by;
    // A base of a whole year (bm 0): "the following June" after "In 1960"
    // is in 1961, as "the previous June" is in 1959.
    case Dir::kFutureStrict: return cand <= base || bm == 0 ? by + 1 : by;
    default: return by;
  }
}

// A month or a month and day without a year: the nearest such date to the
// anchor; the tense decides from two months away (news
// mentions of "in October" are rarely more than half a year off).
constexpr double kTenseBand = 2;

int NearestYear(int by, int bm, int bd, int m, int d, Dir dir) {
  if (dir == Dir::kPastStrict || dir == Dir::kFutureStrict || dir == Dir::kSame)
    return ChooseYear(by, bm, bd, m, d, dir);
  // A base of a whole year ("In 1984, ... In July"): a month of that year.
  if (bm == 0) return by;
  double diff;  // in months, candidate minus anchor
  if (d && bd) {
    if (d > 28 && !(date::year{by} / date::month{unsigned(m)} / date::day{unsigned(d)}).ok())
      diff = m - bm;
    else
      diff = (Days(by, m, d) - Days(by, bm, bd)).count() / 30.44;
  } else {
    diff = m - bm;
  }
  // With a tense: the latest (past) or earliest (future) occurrence that is
  // not more than kTenseBand months on the wrong side of the anchor.
  // Far on the other side, the nearest year still wins for a past-tense report
  // of a deal "to close in January" written in October.
  if (dir == Dir::kPast) return diff > kTenseBand ? by - 1 : diff < -8 ? by + 1 : by;
  if (dir == Dir::kFuture) return diff < -kTenseBand ? by + 1 : by;
  if (diff > 6) return by - 1;
  if (diff < -6) return by + 1;
  return by;
}

int YearNear(bool stated_past, int by, int bm, int bd, int m, int d, Dir dir) {
  return stated_past ? ChooseYear(by, bm, bd, m, d, Dir::kPast) : NearestYear(by, bm, bd, m, d, dir);
}

// The year of a day named with its weekday and no year ("Friday, June 8"):
// `y`, the year chosen from the anchor and the tense, when the day falls on
// that weekday then; else the narrative's year when it does there (a story
// of 2025 telling the 2018 summit, "on its opening day, Friday, June 8");
// else still `y` (a weekday that fits neither is likelier a slip of the
// writer's than a third year).
int YearOfWeekday(int y, const RefTime& ref, int m, int d, int wd) {
  const auto falls = [&](int year) {
    const auto ymd = date::year{year} / date::month{unsigned(m)} / date::day{unsigned(d)};
    return ymd.ok() && IsoWeekday(sys_days(ymd)) == wd;
  };
  if (falls(y)) return y;
  if (ref.known && ref.y != y && falls(ref.y)) return ref.y;
  return y;
}

sys_days WeekdayNear(sys_days b, int wd, Dir dir) {
  int cur = IsoWeekday(b);
  switch (dir) {
    case Dir::kPast: return b - date::days{(cur - wd + 7) % 7};
    case Dir::kPastStrict: { int k = (cur - wd + 7) % 7; return b - date::days{k == 0 ? 7 : k}; }
    case Dir::kFuture: return b + date::days{(wd - cur + 7) % 7};
    case Dir::kFutureStrict: { int k = (wd - cur + 7) % 7; return b + date::days{k == 0 ? 7 : k}; }
    case Dir::kSame: return b + date::days{wd - cur};
    default: {
      // No tense: news mostly reports what happened; prefer the past week,
      // except for the day after the anchor ("talks in Doha Thursday",
      // written on a Wednesday), which is nearer than six days back.
      int back = (cur - wd + 7) % 7;
      if (back > 5) return b + date::days{7 - back};
      return b - date::days{back};
    }
  }
}

const char* kSeasonCode[] = {"", "SP", "SU", "FA", "WI"};
const char* kPodCode[] = {"", "MO", "AF", "EV", "NI"};

int SeasonOfMonth(int m) { return m >= 3 && m <= 5 ? 1 : m <= 8 && m >= 6 ? 2 : m >= 9 && m <= 11 ? 3 : 4; }

void TimeSuffixTo(std::string* out, const Spec& s) {
  if (s.hour >= 0) FmtTo(out, "T%02d:%02d", s.hour, s.minute < 0 ? 0 : s.minute);
  else if (s.pod != kNoPod) (*out += 'T') += kPodCode[s.pod];
}

// Value when the anchor is unknown (no publication date).
// Writes over *out.
void UnresolvedTo(std::string* out, const Spec& s) {
  out->clear();
  switch (s.gran) {
    case Gran::kDay:
      if (s.month && s.day && !s.day_offset) FmtTo(out, "XXXX-%02d-%02d", s.month, s.day);
      else if (s.weekday && !s.day_offset) FmtTo(out, "XXXX-WXX-%d", s.weekday);
      else *out = "XXXX-XX-XX";
      TimeSuffixTo(out, s);
      return;
    case Gran::kWeek: *out = "XXXX-WXX"; return;
    case Gran::kWeekend: *out = "XXXX-WXX-WE"; return;
    case Gran::kMonth:
      if (s.month) FmtTo(out, "XXXX-%02d", s.month); else *out = "XXXX-XX";
      return;
    case Gran::kQuarter:
      if (s.quarter) FmtTo(out, "XXXX-Q%d", s.quarter); else *out = "XXXX-QX";
      return;
    case Gran::kHalf:
      if (s.half) FmtTo(out, "XXXX-H%d", s.half); else *out = "XXXX-HX";
      return;
    case Gran::kSeason:
      *out = "XXXX-";
      *out += s.season ? kSeasonCode[s.season] : "XX";
      return;
    case Gran::kYear: *out = "XXXX"; return;
    case Gran::kDecade: *out = "XXX"; return;  // three digits, as a decade value
    case Gran::kCentury: *out = "XX"; return;  // TimeML writes centuries as two digits
  }
  *out = "XXXX-XX-XX";
}

void SetRef(ResolveContext* ctx, int y, int m, int d) {
  if (ctx->keeps_ref) return;
  ctx->ref.known = true;
  ctx->ref.y = y; ctx->ref.m = m; ctx->ref.d = d;
  if (!d) return;
  ctx->ref_day = ctx->ref;
  // Kept once per month: the newest day of it, last.
  int n = ctx->n_days, k = 0;
  while (k < n && !(ctx->days[k].y == y && ctx->days[k].m == m)) ++k;
  if (k == n && n == ResolveContext::kDaysKept) k = 0;  // full: the oldest goes
  if (k == n) ++ctx->n_days;
  for (int i = k; i + 1 < ctx->n_days; ++i) ctx->days[i] = ctx->days[i + 1];
  ctx->days[ctx->n_days - 1] = ctx->ref;
}

// The day a day-level expression counts from when the reference is coarser
// (ref.d == 0): the last day the narrative stood at (ref_day), unless the
// reference moved to another year since, where the narrative stood at a day
// before: that day, the newest of the reference's year (and month); where
// it did not, the reference itself when a story goes on from it ("When he
// flew to Beijing in April 1984, ... he wrote that night").
const RefTime& DayRef(const ResolveContext& ctx) {
  if (ctx.ref.y == ctx.ref_day.y) return ctx.ref_day;
  for (int i = ctx.n_days - 1; i >= 0; --i) {
    const RefTime& d = ctx.days[i];
    if (d.y == ctx.ref.y && (ctx.ref.m == 0 || d.m == ctx.ref.m)) return d;
  }
  return ctx.narrative ? ctx.ref : ctx.ref_day;
}

}  // namespace

void ResolveTo(const Spec& s, ResolveContext* ctx, std::string* dst) {
  std::string& out = *dst;
  out.clear();
  if (s.literal) { out = s.value; return; }
  ctx->keeps_ref = s.keeps_ref;

  // Base point.
  Point b;
  bool need_anchor = s.anchor != Anchor::kNone;
  // A clock time needs a day: a reference coarser than a day does not do.
  // Expressions counted in days or hours ("two days later", "the same day",
  // "10 p.m.") need a reference with a day: a coarser one ("in 1938", an aside)
  // gives way to the last day the narrative stood at.
  // A day of the month alone ("on the 15th") takes the month spoken of,
  // whether or not a day of it was named.
  const bool month_day = s.gran == Gran::kDay && s.day && !s.month && !s.weekday && s.hour < 0 &&
                         s.pod == kNoPod;
  const bool day_level = s.hour >= 0 || s.pod != kNoPod ||
                         (s.gran == Gran::kDay && !s.month && !s.holiday && !month_day) ||
                         s.shift_unit == kDay || s.shift_unit == kWeek;
  // "that same day" names the day of the event just told: after "last
  // October" it is a day of that month (1998-10-XX), not the last day named
  // before it. (A year alone says too little: the last day stays.)
  const bool same_day = s.anchor == Anchor::kRef && s.dir == Dir::kSame && s.gran == Gran::kDay &&
                        s.shift_unit == kNoUnit && !s.weekday && !s.month && s.hour < 0 &&
                        s.pod == kNoPod && ctx->ref.m != 0;
  const RefTime& ref =
      day_level && !same_day && ctx->ref.d == 0 && ctx->ref_day.known ? DayRef(*ctx)
      : month_day && ctx->ref.m == 0 && ctx->ref_day.known          ? ctx->ref_day
                                                                     : ctx->ref;
  const bool ref_ok = ref.known && !(s.hour >= 0 && ref.d == 0);
  // "Howe and Wu talked until nearly 2 a.m." in a story told from "In
  // July" 1984: a clock time of a day of that month, not of the
  // publication date; the narrative stays where it stood.
  if (s.anchor == Anchor::kRef && !ref_ok && ref.known && ctx->narrative && ref.m != 0 &&
      !s.literal && s.shift_unit == kNoUnit) {
    DayValueTo(&out, ref.y, ref.m, 0);
    return;
  }
  if (s.anchor == Anchor::kRef && ref_ok) {
    b.y = ref.y; b.m = ref.m; b.d = ref.d; b.ok = true;
  } else if (ctx->has_dct) {
    b.y = ctx->dy; b.m = ctx->dm; b.d = ctx->dd; b.ok = true;
  }
  const bool explicit_year = s.year >= 0;
  bool needs_base = need_anchor || !explicit_year;
  if (s.gran == Gran::kDecade && s.decade >= 0) needs_base = false;
  if (s.gran == Gran::kCentury && s.century >= 0) needs_base = false;
  if (needs_base && !b.ok) { UnresolvedTo(&out, s); return; }
  if (!ApplyShift(&b, s.shift_unit, s.shift)) {
    // Anchor coarser than the shift ("the next day" after "in August").
    if (s.gran == Gran::kDay) { DayValueTo(&out, b.y, b.m, 0); return; }
    UnresolvedTo(&out, s);
    return;
  }
  const Dir dir = Effective(s.dir, ctx->tense);
  // A direction the text states ("since January") is not the tense's guess:
  // no nearest-year exception (see NearestYear).
  const bool stated_past = s.dir == Dir::kPast;

  switch (s.gran) {
    case Gran::kDay: {
      int y = b.y, m = b.m, d = b.d;
      if (s.month && s.day) {
        m = s.month; d = s.day;
        y = explicit_year ? s.year : YearNear(stated_past, b.y, b.m, b.d, m, d, dir);
        if (!explicit_year && s.weekday) y = YearOfWeekday(y, ctx->ref, m, d, s.weekday);
        auto ymd = date::year{y} / date::month{unsigned(m)} / date::day{unsigned(d)};
        if (!ymd.ok()) { FmtTo(&out, "%04d-%02d", y, m); return; }
      } else if (s.holiday) {
        int hm = 0, hd = 0;
        y = explicit_year ? s.year : b.y;
        const HolidayTable& holidays = Holidays();
        if (!holidays.Date(s.holiday - 1, y, &hm, &hd)) { FmtTo(&out, "%04d", y); break; }
        if (!explicit_year) {
          int y2 = ChooseYear(b.y, b.m, b.d, hm, hd, dir == Dir::kTense ? Dir::kSame : dir);
          if (y2 != y) {
            y = y2;
            if (!holidays.Date(s.holiday - 1, y, &hm, &hd)) { FmtTo(&out, "%04d", y); break; }
          }
        }
        m = hm; d = hd;
      } else if (month_day) {
        if (b.m == 0) { DayValueTo(&out, b.y, 0, 0); break; }
        // The month spoken of ("In March, ... on the 28th"). In the month of
        // publication, the tense may move it to the month before or after
        // ("will vote on the 3rd", written on the 20th: next month's).
        Point p{b.y, b.m, s.day, true};
        if (ctx->has_dct && b.y == ctx->dy && b.m == ctx->dm) {
          const int today = ctx->dd;
          if (dir == Dir::kPast && s.day > today) AddMonths(&p, -1);
          else if (dir == Dir::kFuture && s.day < today) AddMonths(&p, 1);
          else if (dir == Dir::kTense && s.day - today > 15) AddMonths(&p, -1);
          else if (dir == Dir::kTense && today - s.day > 15) AddMonths(&p, 1);
        }
        // The month spoken of cannot put a day told in the past after the
        // publication date ("the visit next month. ... He hosted X on the
        // 14th"), nor one still to come before it: the publication's month
        // then, moved by the tense.
        if (ctx->has_dct && (dir == Dir::kPast || dir == Dir::kFuture) &&
            !(b.y == ctx->dy && b.m == ctx->dm)) {
          const long here = p.y * 10000L + p.m * 100L + s.day;
          const long dct = ctx->dy * 10000L + ctx->dm * 100L + ctx->dd;
          if (dir == Dir::kPast ? here > dct : here < dct) {
            p = Point{ctx->dy, ctx->dm, s.day, true};
            if (dir == Dir::kPast && s.day > ctx->dd) AddMonths(&p, -1);
            else if (dir == Dir::kFuture && s.day < ctx->dd) AddMonths(&p, 1);
          }
        }
        const auto ymd = date::year{p.y} / date::month{unsigned(p.m)} / date::day{unsigned(s.day)};
        if (!ymd.ok()) { FmtTo(&out, "%04d-%02d", p.y, p.m); return; }
        y = p.y; m = p.m; d = s.day;
      } else if (s.weekday) {
        if (b.d == 0) { DayValueTo(&out, b.y, b.m, 0); break; }
        auto v = Ymd(WeekdayNear(Days(b.y, b.m, b.d), s.weekday, dir));
        y = Y(v); m = M(v); d = D(v);
      } else if (explicit_year) {
        y = s.year;
      }
      if (s.day_offset && m && d) {
        const auto v = Ymd(Days(y, m, d) + date::days{s.day_offset});
        y = Y(v); m = M(v); d = D(v);
      }
      DayValueTo(&out, y, m, d);
      if (m && d) TimeSuffixTo(&out, s);
      SetRef(ctx, y, m, d);
      break;
    }
    case Gran::kWeek: case Gran::kWeekend: {
      if (s.holiday && b.d) {  // "Easter week": the week of the holiday
        const HolidayTable& holidays = Holidays();
        int y = explicit_year ? s.year : b.y, hm = 0, hd = 0;
        if (!holidays.Date(s.holiday - 1, y, &hm, &hd)) { FmtTo(&out, "%04d-WXX", y); break; }
        // The week under way counts as this one whatever the tense ("as
        // Easter week began", written on its Monday).
        const iso_week::year_weeknum_weekday here(Days(b.y, b.m, b.d));
        const iso_week::year_weeknum_weekday that(Days(y, hm, hd));
        if (!explicit_year && !(here.year() == that.year() && here.weeknum() == that.weeknum())) {
          const int y2 = ChooseYear(b.y, b.m, b.d, hm, hd, dir == Dir::kTense ? Dir::kSame : dir);
          if (y2 != y) {
            y = y2;
            if (!holidays.Date(s.holiday - 1, y, &hm, &hd)) { FmtTo(&out, "%04d-WXX", y); break; }
          }
        }
        b.y = y; b.m = hm; b.d = hd;
      } else if (s.month && s.day) {  // "the week of March 6"
        int y = explicit_year ? s.year : YearNear(stated_past, b.y, b.m, b.d, s.month, s.day, dir);
        auto ymd = date::year{y} / date::month{unsigned(s.month)} / date::day{unsigned(s.day)};
        if (!ymd.ok()) { FmtTo(&out, "%04d-WXX", y); return; }
        b.y = y; b.m = s.month; b.d = s.day;
      }
      if (b.d == 0) { FmtTo(&out, "%04d-WXX", b.y); break; }
      sys_days day = Days(b.y, b.m, b.d);
      if (s.gran == Gran::kWeekend && s.shift_unit == kNoUnit) {
        int wd = IsoWeekday(day);
        if ((dir == Dir::kPast || dir == Dir::kTense) && wd < 6) day -= date::days{7};
      }
      iso_week::year_weeknum_weekday w(day);
      FmtTo(&out, "%04d-W%02d", int(w.year()), int(unsigned(w.weeknum())));
      if (s.gran == Gran::kWeekend) out += "-WE";
      break;
    }
    case Gran::kMonth: {
      int y = b.y, m = b.m;
      if (s.month) {
        m = s.month;
        y = explicit_year ? s.year : YearNear(stated_past, b.y, b.m, b.d, m, 0, dir);
        // "crashed last February", written in March: the month just ended is
        // "last month"; "last February" is the one a year before.
        if (!explicit_year && dir == Dir::kPastStrict && b.m && m == b.m - 1) --y;
      } else if (explicit_year) {
        y = s.year;
      }
      if (m == 0) { FmtTo(&out, "%04d", y); break; }
      FmtTo(&out, "%04d-%02d", y, m);
      SetRef(ctx, y, m, 0);
      break;
    }
    case Gran::kQuarter: {
      int y = explicit_year ? s.year : b.y;
      int q = s.quarter ? s.quarter : (b.m ? (b.m - 1) / 3 + 1 : 0);
      // The day the quarter ended ("the second quarter ended Oct. 31").
      if (!explicit_year && s.quarter && s.month && s.day && s.shift_unit == kNoUnit) {
        FmtTo(&out, "%04d-Q%d", YearNear(stated_past, b.y, b.m, b.d, s.month, s.day, dir), q);
        break;
      }
      // "announced a drop in profits for the fourth quarter", written in
      // January: a quarter still ahead of the anchor's, told in the past, is
      // last year's (results come out after the quarter ends).
      if (!explicit_year && s.quarter && !s.fiscal && s.shift_unit == kNoUnit && b.m &&
          dir == Dir::kPast && s.quarter > (b.m - 1) / 3 + 1)
        --y;
      if (q) FmtTo(&out, "%04d-Q%d", y, q); else FmtTo(&out, "%04d-QX", y);
      break;
    }
    case Gran::kHalf: {
      int y = explicit_year ? s.year : b.y;
      int h = s.half ? s.half : (b.m ? (b.m - 1) / 6 + 1 : 0);
      if (h) FmtTo(&out, "%04d-H%d", y, h); else FmtTo(&out, "%04d-HX", y);
      break;
    }
    case Gran::kSeason: {
      int y = explicit_year ? s.year : b.y;
      int cur = b.m ? SeasonOfMonth(b.m) : 0;
      int cy = b.y - (b.m && b.m <= 2 ? 1 : 0);  // January belongs to last year's winter
      int se = s.season ? s.season : cur;
      if (!explicit_year && s.season && cur) {
        y = cy;
        switch (dir) {
          case Dir::kPast: if (se > cur) --y; break;
          case Dir::kPastStrict: if (se >= cur) --y; break;
          case Dir::kFuture: if (se < cur) ++y; break;
          case Dir::kFutureStrict: if (se <= cur) ++y; break;
          default: break;
        }
      }
      FmtTo(&out, se ? "%04d-" : "%04d", y);
      if (se) out += kSeasonCode[se];
      break;
    }
    case Gran::kYear: {
      int y = explicit_year ? s.year : b.y;
      FmtTo(&out, "%04d", y);
      SetRef(ctx, y, 0, 0);
      break;
    }
    case Gran::kDecade: {
      int dc = s.decade >= 0 ? s.decade : b.y / 10;
      FmtTo(&out, "%03d", dc);  // TimeML: "the 1970s" = 197
      break;
    }
    case Gran::kCentury: {
      int c = s.century >= 0 ? s.century : b.y / 100;
      FmtTo(&out, "%02d", c);
      break;
    }
  }
}

}  // namespace eg::timex
