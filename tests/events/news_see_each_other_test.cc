// "X and Y saw each other", "are expected to see each other": seeing each
// other is meeting, in the past or on the schedule.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSeeEachOther, SeeingEachOtherIsMeeting) {
  Doc d("Ruiz and Okafor saw each other in Rome on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsSeeEachOther, OnTheScheduleItIsPlanned) {
  // ("expected to see" alone wants a person right after it.)
  Doc d("Ruiz and Okafor are expected to see each other in Oslo next week.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("next week", "2025-W35");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
