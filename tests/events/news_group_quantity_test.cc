// "a group of European leaders, including X and Y": a quantity noun and
// "of" before a group noun do not hide the members the group names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsGroupQuantity, TheMembersOfAGroupAfterAQuantityTakePart) {
  Doc d("Ruiz held a call on Monday with a group of European leaders, including Okafor and Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
  Doc n("Ruiz met a number of officials, including Okafor and Lee, in Varna.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(n.Names(en[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
}

TEST(NewsGroupQuantity, AGroupOfThingsIsNoParty) {
  Doc d("Ruiz met Okafor to discuss a group of measures, including tariffs.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
