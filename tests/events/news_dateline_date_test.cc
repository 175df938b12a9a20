// A wire dateline ("VARNA, May 16 (Agency) --") gives the day the story was
// filed, not the day of the event: another time of the sentence dates it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsDatelineDate, NounEventDatedByItsOwnWeekdayNotTheDateline) {
  Doc d("VARNA, May 16 (Agency) -- The phone call between Northland President Ana Ruiz and "
        "Southland Prime Minister Ben Okafor on Thursday has eased tensions, analysts said.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("May 16", "2025-05-16").T("Thursday", "2025-05-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-05-15");
}

TEST(NewsDatelineDate, DatelineAloneStillDatesTheLead) {
  Doc d("VARNA, May 16 (Agency) -- Ruiz met Okafor at the palace.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("May 16", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

// A time of another clause ("days after Y said on Monday") is no better:
// the dateline still dates the lead's event.
TEST(NewsDatelineDate, ATimeOfAnotherClauseLeavesTheDateline) {
  Doc d("VARNA, May 16 (Agency) -- Ruiz met Okafor at the palace, days after Okafor said on "
        "Monday that he hoped for a ceasefire.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("May 16", "2025-05-16").T("Monday", "2025-05-12");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

}  // namespace
}  // namespace eg
