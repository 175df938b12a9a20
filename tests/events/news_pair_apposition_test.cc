// "both foreign ministers, A and B", "the two leaders, A and B": a group
// noun announcing a pair, named in apposition after its comma, brings the
// pair into the interaction.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairApposition, ThePairNamedAfterTheGroupTakesPart) {
  Doc d("Ruiz had spoken by phone with both foreign ministers, Okafor and Lee, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
  Doc t("Ruiz met the two leaders, Okafor and Lee, in Varna.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
  // Of two polities: one call with each (events/one_by_one.h).
  Doc s("Ruiz had spoken by phone with both foreign ministers, Okafor and Lee.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  s.Country("Ben Okafor", "BB").Country("Kim Lee", "CC");
  std::set<Names> pairs;
  for (const auto& e : s.Interactions()) pairs.insert(s.Names(e));
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Ben Okafor"}, {"Ana Ruiz", "Kim Lee"}}));
}

TEST(NewsPairApposition, NoPairOfPersonsNoApposition) {
  // The comma ends the object: what follows is another clause's.
  Doc d("Ruiz met both delegations, and Okafor said the talks went well.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
