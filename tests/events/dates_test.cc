// DateInterval, DayInterval, DateSpanDays and DayBefore: event dates as days
// since 1970, read by the time stage's ParseDaySpan after EventDateOf.
#include "events/dates.h"

#include <gtest/gtest.h>

#include "time/date_span.h"

namespace eg {
namespace {

long Day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count();
}

// The first and last day of `v`, or {0, -1} when it has none.
std::pair<long, long> Interval(const char* v) {
  long a = 0, b = -1;
  if (!DateInterval(v, &a, &b)) return {0, -1};
  return {a, b};
}

std::pair<long, long> Days(long a, long b) { return {a, b}; }

TEST(DateInterval, CoversTheDaysOfEachPrecision) {
  EXPECT_EQ(Interval("2025-08-15"), Days(Day(2025, 8, 15), Day(2025, 8, 15)));
  EXPECT_EQ(Interval("2025-08-15T20:00"), Days(Day(2025, 8, 15), Day(2025, 8, 15)));
  EXPECT_EQ(Interval("2024-02"), Days(Day(2024, 2, 1), Day(2024, 2, 29)));
  EXPECT_EQ(Interval("2025"), Days(Day(2025, 1, 1), Day(2025, 12, 31)));
  EXPECT_EQ(Interval("198X"), Days(Day(1980, 1, 1), Day(1989, 12, 31)));
  EXPECT_EQ(Interval("198"), Days(Day(1980, 1, 1), Day(1989, 12, 31)));
  EXPECT_EQ(Interval("19XX"), Days(Day(1900, 1, 1), Day(1999, 12, 31)));
  EXPECT_EQ(Interval("19"), Days(Day(1900, 1, 1), Day(1999, 12, 31)));
  EXPECT_EQ(Interval("2026-W01"), Days(Day(2025, 12, 29), Day(2026, 1, 4)));
  EXPECT_EQ(Interval("2025-Q4"), Days(Day(2025, 10, 1), Day(2025, 12, 31)));
  EXPECT_EQ(Interval("2025-H1"), Days(Day(2025, 1, 1), Day(2025, 6, 30)));
  EXPECT_EQ(Interval("2025-H2"), Days(Day(2025, 7, 1), Day(2025, 12, 31)));
}

// EventDateOf first: a season dates an event by its year (not the 91 days
// ParseDateSpan gives it), a weekend by its Saturday.
TEST(DateInterval, ReadsTheEventDateOfTheValue) {
  EXPECT_EQ(Interval("2025-SU"), Days(Day(2025, 1, 1), Day(2025, 12, 31)));
  EXPECT_EQ(Interval("2025-WI"), Days(Day(2025, 1, 1), Day(2025, 12, 31)));
  EXPECT_EQ(Interval("2025-W43-WE"), Days(Day(2025, 10, 25), Day(2025, 10, 25)));
}

TEST(DateInterval, NoneForWhatCannotDateAnEvent) {
  for (const char* v : {"", "PRESENT_REF", "P2D", "XXXX-08-15", "2025-02-29", "2025-13",
                        "2025-Q0", "2025-Q5", "2025-H0", "2025-H3", "2025-HX", "2025-W00",
                        "2025-W54", "2025-08-15x"})
    EXPECT_EQ(Interval(v), Days(0, -1)) << v;
  EXPECT_FALSE(DayInterval("2025-H3").ok);
  // EventDateOf gives no date that has no span.
  for (const char* v : {"2025-W00", "2025-W54", "2025-Q5", "2025-H3"}) EXPECT_EQ(EventDateOf(v), "") << v;
  EXPECT_GT(DateSpanDays("2025-H3"), 100000);
}

TEST(DateInterval, SpanDays) {
  EXPECT_EQ(DateSpanDays("2025-08-15"), 1);
  EXPECT_EQ(DateSpanDays("2025-W33"), 7);
  EXPECT_EQ(DateSpanDays("2025-08"), 31);
  EXPECT_EQ(DateSpanDays("2025-H1"), 181);
  EXPECT_EQ(DateSpanDays("2024"), 366);
}

TEST(DayBefore, CountsBackOverMonthsAndYears) {
  EXPECT_EQ(DayBefore("2024-03-01"), "2024-02-29");
  EXPECT_EQ(DayBefore("2025-05-24"), "2025-05-23");
  EXPECT_EQ(DayBefore("2025-01-01"), "2024-12-31");
  EXPECT_EQ(DayBefore("2025-02-30"), "");
  EXPECT_EQ(DayBefore("2025-05-24T10:00"), "");
  EXPECT_EQ(DayBefore("2025-W33"), "");
  EXPECT_EQ(DayBefore("2025"), "");
}

}  // namespace
}  // namespace eg
