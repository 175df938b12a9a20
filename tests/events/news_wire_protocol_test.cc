// The protocol English of wire and state-agency copy: "held talks with
// General Secretary of the X Party Central Committee and President Y" (one
// person named after two titles, the first with a long complement); "X
// received at Z Palace in W His Excellency Y" and "X met on the sidelines
// of the visit with Y" (a phrase of place before the object).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWireProtocol, TwoTitlesWithALongComplementNameOnePerson) {
  Doc d("Ruiz held talks with General Secretary of the Workers Party of Ruritania (WPR) Central "
        "Committee and President Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("President Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWireProtocol, TheSecondTitleMayHaveItsOwnComplement) {
  Doc d("Ruiz held talks with General Secretary of the Workers Party Central Committee and "
        "President of Ruritania Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ruritania", "Ruritania", ActorKind::kCountry);
  d.M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWireProtocol, AnObjectAfterAPhraseOfPlace) {
  Doc a("Ruiz received at Zabeel Palace in Dubai His Excellency Ben Okafor on Monday.");
  a.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(a.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));

  Doc b("Ruiz met on the sidelines of the visit with Ben Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(b.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));

  // A passive's agent is no shifted object; "received" here has none.
  Doc c("The letter Ruiz received at the palace by courier praised Ben Okafor.");
  c.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  EXPECT_TRUE(c.Interactions().empty());
}

}  // namespace
}  // namespace eg
