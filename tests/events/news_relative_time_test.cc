// "X is expected to meet Y, who said this week he hopes to reset ties": a
// time inside a relative clause that closes the sentence dates that
// clause's verb, not the event told before it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsRelativeTime, SentenceFinalRelativeClauseKeepsItsTime) {
  Doc d("Ruiz is also expected to meet Northland Prime Minister Ben Okafor, who said this week "
        "he hopes to \"reset\" relations with Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("this week", "2025-W44");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
}

TEST(NewsRelativeTime, TimeOfTheMainClauseStillDatesIt) {
  Doc d("Ruiz met Okafor on Tuesday, who had flown in from Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Tuesday", "2025-10-28");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-10-28");
}

TEST(NewsRelativeTime, AWhichClauseOnTheEventDatesIt) {
  Doc d("Ruiz held talks with Okafor, which took place on Friday at the palace.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

}  // namespace
}  // namespace eg
