// "X and Y are due to meet at Lakeview": a plan at a place the story dated
// ahead ("15-17 June: leaders' summit in Lakeview") is set for that
// occasion's first day, and is planned, not only proposed.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPlacedPlan, APlanAtAPlaceTheStoryDatedTakesThatDate) {
  Doc d("The leaders' summit opens in Lakeview on 15 September.\n\n"
        "The ministers' talks ended on Tuesday.\n\n"
        "Ana Ruiz and Ben Okafor are due to meet at Lakeview.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("15 September", "2025-09-15")
      .T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-09-15");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(NewsPlacedPlan, APastDateAtThePlaceSetsNoPlan) {
  Doc d("The leaders' summit opened in Lakeview on 15 August.\n\n"
        "The ministers' talks ended on Tuesday.\n\n"
        "Ana Ruiz and Ben Okafor are due to meet at Lakeview.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("15 August", "2025-08-15")
      .T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

}  // namespace
}  // namespace eg
