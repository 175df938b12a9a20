// "called on Y in the Oval Office" is a visit; so is "called on Y during
// his visit" (an interaction the two were at places them); "called on Y to
// act" or "called on Y during the debate" is an appeal, no meeting; "a call
// on Monday" stays a call.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCalledOn, CallingOnSomeoneAtAPlaceIsAVisit) {
  Doc d("Ruiz called on Okafor at the presidential palace on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

// A city whose name ends in -ing is a place, not a gerund ("joined Y in
// condemning ...").
TEST(NewsCalledOn, CallingOnSomeoneInACityEndingInIngIsAVisit) {
  Doc d("Ruiz called on Okafor in Kunming on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  Doc n("Ruiz joined Okafor in condemning the attack.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsCalledOn, CallingOnSomeoneDuringAVisitIsAVisit) {
  Doc d("Ruiz called on Okafor on Monday during her visit for the trade talks.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  bool found = false;
  for (const auto& e : ev)
    if (d.Names(e) == Names{"Ana Ruiz", "Ben Okafor"}) {
      found = true;
      EXPECT_EQ(e.type, "meeting");
      EXPECT_EQ(e.date, "2025-08-18");
    }
  EXPECT_TRUE(found);
  // Not an occasion that is no interaction.
  Doc n("Ruiz called on Okafor during the debate to end the war.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsCalledOn, CallingOnSomeoneToActIsNoMeeting) {
  Doc d("Ruiz called on Okafor to end the war on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc c("Ruiz briefed Okafor in a call on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  for (const auto& e : c.Interactions()) EXPECT_EQ(e.type, "call");
}

}  // namespace
}  // namespace eg
