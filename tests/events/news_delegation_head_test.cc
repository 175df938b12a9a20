// "met the Norland delegation, led by Ben Okafor": a delegation is met in
// the person of the head the text names after it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDelegationHead, TheNamedHeadOfADelegationTakesPart) {
  Doc d("Ruiz met the Norland delegation, led by Ben Okafor, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  Doc h("Ruiz held talks with a team headed by Ben Okafor.");
  h.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto eh = h.Interactions();
  ASSERT_EQ(eh.size(), 1u);
  EXPECT_EQ(h.Names(eh[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDelegationHead, NoHeadNoParty) {
  // "led by" after something else than a delegation, or naming no person.
  Doc d("Ruiz met the delegation, led by the Norland government.");
  d.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  EXPECT_TRUE(d.Interactions().empty());
  Doc o("Ruiz met the delegation, led by Okafor's deputy.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(o.Interactions().empty());
}

}  // namespace
}  // namespace eg
