// A day after a past verb and its object or place ("flew to Venezuela on
// January 31", "met Maduro on January 31") dates that verb's own event: the
// past one, however far back, not the nearest one ahead that a past-tense
// report of a deal "to close on January 15" may mean.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg {
namespace {

using testing::Show;

TEST(PastVerbPlaceDay, APastVerbsOwnDayIsInThePast) {
  const auto nov = date::year{2025} / 11 / 22;
  EXPECT_EQ(Show("The envoy flew to Venezuela on January 31.", nov), "January 31=DATE:2025-01-31");
  EXPECT_EQ(Show("The envoy met Maduro on January 31.", nov), "January 31=DATE:2025-01-31");
  EXPECT_EQ(Show("The envoy arrived in Caracas on January 31 with a letter.", nov),
            "January 31=DATE:2025-01-31");
}

TEST(PastVerbPlaceDay, APlanReportedInThePastStaysAhead) {
  const auto oct = date::year{2025} / 10 / 20;
  EXPECT_EQ(Show("The companies agreed to close the deal on January 15.", oct),
            "January 15=DATE:2026-01-15");
  EXPECT_EQ(Show("The envoy will fly to Caracas on January 31.", oct),
            "January 31=DATE:2026-01-31");
}

}  // namespace
}  // namespace eg
