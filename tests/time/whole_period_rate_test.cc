// A rate whose count fills its whole period ("24 hours a day", "seven
// days a week") says "all the time": no duration to tag. Other rates keep
// their duration. Publication date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(WholePeriodRate, AllTheTimeIsNoDuration) {
  EXPECT_EQ(Show("Volunteers staff the shelter 24 hours a day."), "");
  EXPECT_EQ(Show("The ferry desk answers calls twenty-four hours a day."), "");
  EXPECT_EQ(Show("The bakery opens seven days a week."), "");
  EXPECT_EQ(Show("The mine pumps water 12 months a year."), "");
}

TEST(WholePeriodRate, PartOfThePeriodStaysADuration) {
  EXPECT_EQ(Show("The nurses worked 12 hours a day."), "12 hours=DURATION:PT12H");
  EXPECT_EQ(Show("The siege lasted 24 hours."), "24 hours=DURATION:PT24H");
}

}  // namespace
}  // namespace eg::testing
