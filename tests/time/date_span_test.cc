// ParseDateSpan: a TIMEX3 date value as the days it covers.
#include "time/date_span.h"

#include <gtest/gtest.h>

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
}

}  // namespace
}  // namespace eg
