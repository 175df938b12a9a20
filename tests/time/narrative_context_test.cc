// Context rules read around a weekday: a plan told in the past still looks
// ahead; "on" before a weekday and a part of the day dates the day.
// Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(NarrativeContext, PlanToldInThePastLooksAhead) {
  EXPECT_EQ(Show("Farmers were planning to block the roads on Saturday."),
            "Saturday=DATE:2025-08-23");
  EXPECT_EQ(Show("The envoy was expected to land in Oslo Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("The treaty was to be signed on Monday."), "Monday=DATE:2025-08-25");
  // A plain past tense still looks back.
  EXPECT_EQ(Show("The envoy was in Oslo on Friday."), "Friday=DATE:2025-08-15");
}

TEST(NarrativeContext, OnAWeekdayAndAPartOfTheDayIsTheDay) {
  EXPECT_EQ(Show("The mayor was attacked on Monday night near his home."),
            "Monday night=DATE:2025-08-18");
  // Without "on", the part of the day stays in the value.
  EXPECT_EQ(Show("Crowds gathered Monday night outside the court."),
            "Monday night=TIME:2025-08-18TNI");
}

}  // namespace
}  // namespace eg::testing
