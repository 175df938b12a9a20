// An event over a range of days ("September 14-15 - X meets Y", "talks from
// June 15 to 17") is dated by the range's first day, the day it began; "to"
// between two full dates is a change of date, not a range.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsDateRange, ATimelineEntryOverTwoDaysTakesTheFirst) {
  Doc a("September 14-15 - In Lisbon, Ruiz meets Okafor.", "2025-12-10");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("September 14", "2025-09-14").T("15", "2025-09-15");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-09-14");
}

TEST(NewsDateRange, FromDayToDayTakesTheFirst) {
  Doc a("Ruiz and Okafor held talks from June 15 to 17 in Lisbon.", "2025-12-10");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("June 15", "2025-06-15").T("17", "2025-06-17");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-06-15");
}

TEST(NewsDateRange, MovedFromOneDayToAnotherIsTheNewDay) {
  Doc a("The meeting between Ruiz and Okafor was moved from Monday to Tuesday.",
        "2025-12-10");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Monday", "2025-12-15").T("Tuesday", "2025-12-16");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-12-16");
}

}  // namespace
}  // namespace eg
