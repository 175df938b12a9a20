// "Two days later": the time stage types it as TimeML does, a duration (P2D),
// and gives the date it reaches beside it (Timex::anchored). That date dates
// the event; a duration without one ("for two days") dates nothing.
#include <gtest/gtest.h>

#include "events/dates.h"
#include "fixture.h"

namespace eg::testing {
namespace {

TEST(AnchoredDuration, DatesTheEventLikeADate) {
  Doc d("Putin met Xi in Beijing on Monday. Two days later, Lavrov met Wang in Moscow.");
  d.M("Putin", "Vladimir Putin").M("Xi", "Xi Jinping").T("Monday", "2025-08-18");
  d.M("Lavrov", "Sergei Lavrov").M("Wang", "Wang Yi");
  d.Anchored("Two days later", "P2D", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
  EXPECT_EQ(ev[1].date, "2025-08-20");
  EXPECT_EQ(ev[1].date_text, "Two days later");
  EXPECT_FALSE(ev[1].date_inherited);
}

TEST(AnchoredDuration, PlainDurationDatesNothing) {
  Timex plain;
  plain.type = TimexType::kDuration;
  plain.value = "P2D";
  EXPECT_EQ(DatingValue(plain), "");
  Timex later = plain;
  later.anchored = "2025-08-20";
  EXPECT_EQ(DatingValue(later), "2025-08-20");
  Timex day;
  day.value = "2025-08-18";
  EXPECT_EQ(DatingValue(day), "2025-08-18");
}

// "a week ago" (2025-W33 with the day 2025-08-13 beside it): the day dates
// the event, the week stays the time stage's value.
TEST(AnchoredDuration, AWeekAgoDatesTheEventAtItsDay) {
  Timex week;
  week.value = "2025-W33";
  EXPECT_EQ(DatingValue(week), "2025-W33");
  week.anchored = "2025-08-13";
  EXPECT_EQ(DatingValue(week), "2025-08-13");
}

}  // namespace
}  // namespace eg::testing
