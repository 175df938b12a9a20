// "X told Y in a meeting that ...": the meeting is the occasion of the
// telling, one meeting of X and Y dated by the clause of the telling; the
// "that" clause is what was said (its time, "next month", is not the
// meeting's), not a relative clause on the meeting.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSpeechOccasion, ToldInAMeetingThat) {
  Doc d("On Tuesday, Ana Ruiz told Ben Okafor in a meeting that the border would reopen "
        "next month.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("On Tuesday", "2025-08-19").T("next month", "2025-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-19");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsSpeechOccasion, ARelativeClauseOnTheMeetingStays) {
  // No verb of saying before the noun: "that" opens a clause on the meeting.
  Doc d("Ana Ruiz will hold a meeting with Ben Okafor that is set for next month.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("next month", "2025-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-09");
}

}  // namespace
}  // namespace eg
