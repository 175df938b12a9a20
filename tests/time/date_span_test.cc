// ParseDateSpan: a TIMEX3 date value as the days it covers.
#include "time/date_span.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace eg {
namespace {

date::sys_days Day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

TEST(DateSpan, CoversTheDaysOfItsPrecision) {
  auto y = ParseDateSpan("2016");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->first, Day(2016, 1, 1));
  EXPECT_EQ(y->last, Day(2016, 12, 31));
  auto m = ParseDateSpan("2022-03");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->precision, DatePrecision::kMonth);
  EXPECT_EQ(m->last, Day(2022, 3, 31));
  auto q = ParseDateSpan("1989-Q3");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->first, Day(1989, 7, 1));
  EXPECT_EQ(q->last, Day(1989, 9, 30));
  auto t = ParseDateSpan("2025-08-15T11:30");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->first, t->last);
  EXPECT_EQ(t->first, Day(2025, 8, 15));
}

TEST(DateSpan, NoSpanForWhatIsNoCalendarDate) {
  EXPECT_FALSE(ParseDateSpan("PAST_REF"));
  EXPECT_FALSE(ParseDateSpan("P2D"));
  EXPECT_FALSE(ParseDateSpan("XXXX-08-15"));
  EXPECT_FALSE(ParseDateSpan("2025-13"));
  EXPECT_FALSE(ParseDateSpan("2025-HX"));
  EXPECT_FALSE(ParseDateSpan("2025-Q5"));
  // A weekend is no span of its own here (events/dates.h dates it by its
  // Saturday), nor is the TimeML decade "197" (EventDateOf writes 197X).
  EXPECT_FALSE(ParseDateSpan("2025-W43-WE"));
  EXPECT_FALSE(ParseDateSpan("197"));
}

// A half of a year (the time stage writes "the first half of 2025" as
// 2025-H1) covers six months, at the precision of a quarter or season.
TEST(DateSpan, AHalfCoversSixMonths) {
  auto h1 = ParseDateSpan("2025-H1");
  ASSERT_TRUE(h1);
  EXPECT_EQ(h1->first, Day(2025, 1, 1));
  EXPECT_EQ(h1->last, Day(2025, 6, 30));
  EXPECT_EQ(h1->precision, DatePrecision::kSeason);
  EXPECT_EQ(h1->value, "2025-H1");
  auto h2 = ParseDateSpan("2024-H2");
  ASSERT_TRUE(h2);
  EXPECT_EQ(h2->first, Day(2024, 7, 1));
  EXPECT_EQ(h2->last, Day(2024, 12, 31));
  EXPECT_FALSE(ParseDateSpan("2025-H0"));
  EXPECT_FALSE(ParseDateSpan("2025-H3"));
}

// A season is the 91 days from the first of its month; winter runs into
// the next year.
TEST(DateSpan, ASeasonCoversNinetyOneDays) {
  auto su = ParseDateSpan("2025-SU");
  ASSERT_TRUE(su);
  EXPECT_EQ(su->first, Day(2025, 6, 1));
  EXPECT_EQ(su->last, Day(2025, 8, 30));
  EXPECT_EQ(su->precision, DatePrecision::kSeason);
  auto wi = ParseDateSpan("2025-WI");
  ASSERT_TRUE(wi);
  EXPECT_EQ(wi->first, Day(2025, 12, 1));
  EXPECT_EQ(wi->last, Day(2026, 3, 1));
}

// ISO week 1 is the week (Monday to Sunday) that holds January 4.
TEST(DateSpan, IsoWeeks) {
  auto w = ParseDateSpan("2026-W01");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->first, Day(2025, 12, 29));
  EXPECT_EQ(w->last, Day(2026, 1, 4));
  EXPECT_EQ(w->precision, DatePrecision::kWeek);
  EXPECT_EQ(ParseDateSpan("2021-W01")->first, Day(2021, 1, 4));
  EXPECT_EQ(ParseDateSpan("2020-W53")->last, Day(2021, 1, 3));
  EXPECT_FALSE(ParseDateSpan("2025-W00"));
  EXPECT_FALSE(ParseDateSpan("2025-W54"));
  for (int y = 1900; y <= 2100; ++y) {
    const date::sys_days jan4 = Day(y, 1, 4);
    const date::sys_days monday1 = jan4 - (date::weekday{jan4} - date::Monday);
    for (unsigned n : {1u, 2u, 26u, 52u, 53u}) {
      char v[16];
      std::snprintf(v, sizeof v, "%04d-W%02u", y, n);
      auto s = ParseDaySpan(v);
      ASSERT_TRUE(s) << v;
      EXPECT_EQ(s->first, monday1 + date::days{7 * (n - 1)}) << v;
      EXPECT_EQ(s->last, s->first + date::days{6}) << v;
    }
  }
}

TEST(DateSpan, DecadesAndCenturies) {
  auto d = ParseDateSpan("197x");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, DatePrecision::kDecade);
  EXPECT_EQ(d->first, Day(1970, 1, 1));
  EXPECT_EQ(d->last, Day(1979, 12, 31));
  auto c = ParseDateSpan("19XX");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->precision, DatePrecision::kCentury);
  EXPECT_EQ(c->first, Day(1900, 1, 1));
  EXPECT_EQ(c->last, Day(1999, 12, 31));
}

// ParseDateSpan is ParseDaySpan with the value kept.
TEST(DateSpan, DaySpanIsTheSpanWithoutTheValue) {
  for (const char* v : {"2025-08-15", "2025-08", "2025", "2025-W33", "2025-Q3", "2025-H2",
                        "2025-FA", "198X", "19XX", "2024-02-29T10:00", "", "2025-02-29", "x"}) {
    const std::optional<DaySpan> days = ParseDaySpan(v);
    const std::optional<DateSpan> span = ParseDateSpan(v);
    ASSERT_EQ(bool(days), bool(span)) << v;
    if (!span) continue;
    EXPECT_EQ(span->first, days->first) << v;
    EXPECT_EQ(span->last, days->last) << v;
    EXPECT_EQ(span->precision, days->precision) << v;
    EXPECT_EQ(span->value, v);
  }
}

}  // namespace
}  // namespace eg
