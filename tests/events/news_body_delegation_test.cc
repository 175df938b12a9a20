// "met a Norland delegation led by Ben Okafor", "hosted a Norland
// delegation": a country's or organisation's delegation is met in the
// person of its named head, else in the body itself, even by a verb whose
// object must be persons (BodyDelegation).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsBodyDelegation, TheHeadOfABodysDelegationStandsForIt) {
  Doc d("Ruiz met a Tarvo delegation led by Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Tarvo", "Tarvo Front", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc c("Ruiz held talks with the Norland negotiators, headed by Ben Okafor, on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(c.Names(ec[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

// "met a delegation of the Tarvo Front led by Ben Okafor": the body named
// after "of" between the noun and its head is met in him too.
TEST(NewsBodyDelegation, TheBodyAfterOfGivesWayToTheHead) {
  Doc d("Ruiz met a delegation of the Tarvo Front led by Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Tarvo Front", "Tarvo Front", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsBodyDelegation, AnUnheadedDelegationIsReceivedAsPersons) {
  // "hosted" takes persons: the delegation is persons of the body.
  Doc d("Ruiz hosted a Tarvo delegation in Brell on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Tarvo", "Tarvo Front", ActorKind::kOrganization)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tarvo Front"}));
  // The actors stage takes the noun into a country adjective's mention.
  Doc c("Ruiz welcomed a Norlandic delegation on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Norlandic delegation", "Norland", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(c.Names(ec[0]), (Names{"Ana Ruiz", "Norland"}));
}

TEST(NewsBodyDelegation, NoDelegationNoPersons) {
  // The body alone is no person: "hosted" still wants persons.
  Doc d("Ruiz hosted the Tarvo Front in Brell on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Tarvo Front", "Tarvo Front", ActorKind::kOrganization)
      .T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  // "Norland envoys Ben Okafor and Carl Dunn": the noun titles the names.
  Doc t("Ruiz hosted Norland envoys Ben Okafor and Carl Dunn on Monday.");
  t.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry)
      .M("Ben Okafor", "Ben Okafor").M("Carl Dunn", "Carl Dunn").T("Monday", "2025-08-18");
  auto et = t.Interactions();
  ASSERT_FALSE(et.empty());
  for (const auto& e : et) EXPECT_EQ(t.Names(e).count("Norland"), 0u);
}

}  // namespace
}  // namespace eg
