// Backing for an occasion ("its support for peace talks between X and Y")
// is backing for one not held: the talks are proposed. Only right before
// the occasion's noun: "With support for Z waning, X met Y" is a meeting.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsBackingForOccasion, SupportForTalksIsNoTalksHeld) {
  Doc a("The minister thanked Norway for its support for direct peace talks between Ruiz and "
        "Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

TEST(NewsBackingForOccasion, SupportForSomethingElseLeavesTheMeeting) {
  Doc a("With support for the plan waning, Ruiz met Okafor on Friday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Friday", "2025-08-15");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
