// "met members of the Norland delegation": members stand for what they are
// members of (of_party), as "representatives of" do.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsMembersOf, MembersOfADelegationStandForItsCountry) {
  Doc d("Ruiz met members of the Norland delegation in Vella on Monday.");
  d.M("Ruiz", "Ana Ruiz")
      .M("Norland delegation", "Norland", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Norland"}));
}

TEST(NewsMembersOf, MembersOfNoActorAreNoParty) {
  Doc d("Ruiz met members of the family in Vella on Monday.");
  d.M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
