// "talks between the Kinshasa government and the rebels were due to open":
// a party's noun after its name ("the Kinshasa government", "the Afghan
// authorities") is part of the noun trigger's complements, so the status
// read after them (were due to: planned) is the trigger's.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPartyNounStatus, DueAfterAPartysGovernmentIsPlanned) {
  Doc d("The visit came on the same day that direct negotiations between the Tavi government "
        "and the Liberation Front were due to open in the capital.",
        "2025-03-20");
  d.M("Tavi", "Tavia", ActorKind::kCountry)
      .M("Liberation Front", "Liberation Front", ActorKind::kOrganization)
      .T("the same day", "2025-03-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
