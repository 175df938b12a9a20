// "sat down with a group of Tarvian heads of government: A, B and C": a
// colon after a group noun introduces the members it names, as
// "including" does (GroupMembersRight); an enumeration that stops at a
// name no actor stands for is not read as the group.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsColonMembers, TheMembersAfterAColonAreTheParties) {
  Doc d("Ruiz sat down on Wednesday with a group of regional heads of government: Pal Moen, "
        "Dora Lim and Kai Berg.");
  d.M("Ruiz", "Ana Ruiz").M("Pal Moen", "Pal Moen").M("Dora Lim", "Dora Lim")
      .M("Kai Berg", "Kai Berg").T("Wednesday", "2025-03-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Pal Moen", "Dora Lim", "Kai Berg"}));
}

TEST(NewsColonMembers, AnEnumerationCutShortIsNoGroup) {
  // "Orlo" stands for no actor: the list read stops at it.
  Doc d("Ruiz met the leaders of the three other parties on Wednesday morning and again "
        "later. He held talks with the leaders of the three other parties: Pal Moen, Orlo, "
        "and Kai Berg.");
  d.M("Ruiz", "Ana Ruiz").M("Pal Moen", "Pal Moen").M("Kai Berg", "Kai Berg")
      .T("Wednesday morning", "2025-03-26");
  for (const auto& e : d.Interactions())
    EXPECT_NE(d.Names(e), (Names{"Ana Ruiz", "Pal Moen"}));
}

}  // namespace
}  // namespace eg
