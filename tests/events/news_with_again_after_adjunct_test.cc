// "X would speak with A by telephone later in the day, and with B
// afterwards": the preposition said again after an adjunct of the first
// encounter (its means, place or time, no verb or person in it) tells a
// second encounter of X, with B, on the first one's date.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWithAgainAfterAdjunct, SecondWithAfterAMeansAndTime) {
  Doc d("Varga said she would speak with Osei by telephone on Friday, and with Lund afterwards.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei").M("Lund", "Erik Lund");
  d.T("Friday", "2024-03-08");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  bool osei = false, lund = false;
  for (const auto& e : ev) {
    EXPECT_EQ(e.date, "2024-03-08");
    if (d.Names(e) == Names{"Ilona Varga", "Kofi Osei"}) osei = true;
    if (d.Names(e) == Names{"Ilona Varga", "Erik Lund"}) lund = true;
  }
  EXPECT_TRUE(osei);
  EXPECT_TRUE(lund);
}

TEST(NewsWithAgainAfterAdjunct, AVerbInBetweenIsNoAdjunct) {
  // The comma-joined "with Lund" follows a clause of its own ("Osei
  // agreed"): no second encounter of Varga is told.
  Doc d("Varga met with Osei when Osei agreed, and with Lund he disagreed.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei").M("Osei", "Kofi Osei", ActorKind::kPerson, 1);
  d.M("Lund", "Erik Lund");
  for (const auto& e : d.Interactions())
    EXPECT_NE(d.Names(e), (Names{"Ilona Varga", "Erik Lund"}));
}

}  // namespace
}  // namespace eg
