// A month heading on a line of its own in a timeline ("March 2025",
// "May") does not take the number opening the next line as its day: that
// number belongs to the entry below ("14 people were hurt").
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(MonthHeading, NextLinesNumberIsNoDay) {
  EXPECT_EQ(Show("How the talks went.\nIn May\n14 delegates met in Geneva."),
            "May=DATE:2025-05");
  EXPECT_EQ(Show("How the talks went.\nSince March\n12 rounds have ended."),
            "March=DATE:2025-03");
  // A heading with its year keeps the year, not the next line's number.
  EXPECT_EQ(Show("Timeline\n\nMarch 2025\n12 delegates met in Geneva."),
            "March 2025=DATE:2025-03");
}

TEST(MonthHeading, DayOnTheSameLineStays) {
  EXPECT_EQ(Show("The envoys met on May 14 in Geneva."), "May 14=DATE:2025-05-14");
  // A line wrapped inside a sentence keeps its day.
  EXPECT_EQ(Show("The envoys met on May\n14 in Geneva, after a delay."),
            "May\n14=DATE:2025-05-14");
}

}  // namespace
}  // namespace eg::testing
