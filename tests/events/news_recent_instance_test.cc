// A habit told in the simple present ("X speaks with Y regularly") names
// its latest instance with "most recently" / "lately": that weekday is the
// one just past, not the coming one the present of a schedule points to.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsRecentInstance, MostRecentlyOnAWeekdayIsThePastOne) {
  // Written on Wednesday 2025-08-20; the Tuesday before is 2025-08-19.
  Doc a("Ruiz speaks with Okafor often, most recently by phone on Tuesday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Tuesday", "2025-08-19");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsRecentInstance, ThePresentOfASchedulePointsAhead) {
  // Without the adverb the simple present before a weekday is a schedule.
  Doc a("Ruiz speaks with Okafor by phone on Tuesday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Tuesday", "2025-08-19");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-26");
}

}  // namespace
}  // namespace eg
