// "have spoken several times this year, most recently on July 31": the
// event a timeline shows is the latest instance, dated by the time after
// "most recently", not by the span of the habit.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsLatestInstance, TheTimeAfterMostRecentlyDatesTheEvent) {
  Doc d("Tom Berg and Ana Ruiz have spoken by phone several times this year, most recently on "
        "July 31.",
        "2025-09-01");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz");
  d.T("this year", "2025").T("July 31", "2025-07-31");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-07-31");
}

TEST(NewsLatestInstance, WithoutRecentlyTheFirstTimeStays) {
  Doc d("Tom Berg and Ana Ruiz have spoken by phone several times this year, most of them "
        "in July.",
        "2025-09-01");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz");
  d.T("this year", "2025").T("July", "2025-07");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025");
}

}  // namespace
}  // namespace eg
