// "before the weekend": by the Friday that closes the week, not on the
// weekend's Saturday.
#include <gtest/gtest.h>

#include "events/dates.h"
#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsBeforeWeekend, BeforeTheWeekendIsTheFriday) {
  Doc d("Ruiz said she would brief Okafor on the outcome before the weekend.", "2025-08-20");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("the weekend", "2025-W34-WE");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-22");
}

TEST(NewsBeforeWeekend, OverTheWeekendIsStillTheSaturday) {
  Doc d("Ruiz will brief Okafor on the outcome over the weekend.", "2025-08-20");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("the weekend", "2025-W34-WE");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-23");
}

TEST(NewsBeforeWeekend, DayBefore) {
  EXPECT_EQ(DayBefore("2025-03-01"), "2025-02-28");
  EXPECT_EQ(DayBefore("2025-01-01"), "2024-12-31");
  EXPECT_EQ(DayBefore("2025-03"), "");
}

}  // namespace
}  // namespace eg
