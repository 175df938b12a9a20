#include "render/timeline.h"

namespace eg {

Grouping ChooseGrouping(const View& view) {
  Grouping g;
  g.compact = view.events.size() > kCompactThreshold;
  std::optional<date::sys_days> lo, hi;
  for (const auto& ve : view.events)
    if (ve.span) {
      if (!lo || ve.span->first < *lo) lo = ve.span->first;
      if (!hi || ve.span->last > *hi) hi = ve.span->last;
    }
  g.by_week = lo && (*hi - *lo).count() <= kWeekRangeDays;
  return g;
}

Bucket BucketOf(const DateSpan& s, const Grouping& grouping) {
  Bucket b{s.value, DateLabel(s), s.first, s.last};
  if (!grouping.compact) return b;
  bool fine = s.precision == DatePrecision::kDay || s.precision == DatePrecision::kWeek;
  // Month-only dates share their month's bucket.
  if (!fine && !(s.precision == DatePrecision::kMonth && !grouping.by_week)) return b;
  if (grouping.by_week) {
    date::weekday wd{s.first};
    b.first = s.first - date::days{(wd.c_encoding() + 6) % 7};
    b.last = b.first + date::days{6};
    b.key = "week-" + IsoDay(b.first);
    b.label = "week of " + DateLabel(*ParseDateSpan(IsoDay(b.first)));
  } else {
    date::year_month_day ymd{s.first};
    b.first = date::sys_days{ymd.year() / ymd.month() / 1};
    b.last = date::sys_days{ymd.year() / ymd.month() / date::last};
    b.key = "month-" + IsoDay(b.first);
    b.label = MonthYearLabel(b.first);
  }
  return b;
}

}  // namespace eg
