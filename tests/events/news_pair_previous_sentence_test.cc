// "Ruiz spoke beside Okafor ... The two leaders met after": with no
// interaction of the pair told, a definite pair of persons is the two
// persons the previous sentence names (ResolvePlural).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairPreviousSentence, TheTwoPersonsJustNamed) {
  Doc d("President Ana Ruiz surprised reporters on Tuesday when, standing beside Prime "
        "Minister Ben Okafor, she proposed a new plan. The remarks came after the two "
        "leaders met for two hours at the palace.");
  d.M("President Ana Ruiz", "Ana Ruiz").M("Prime Minister Ben Okafor", "Ben Okafor")
      .T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

TEST(NewsPairPreviousSentence, NotThreeNorAPersonBefore) {
  // Three persons named: no pair.
  Doc d("Ruiz praised Okafor on Tuesday while Dunn watched. The two leaders met for two "
        "hours.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn")
      .T("Tuesday", "2025-08-19");
  EXPECT_TRUE(d.Interactions().empty());
  // "the two leaders" after a person of its own sentence is not read back.
  Doc o("Ruiz praised Okafor on Tuesday. Dunn said the two leaders met for two hours.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn")
      .T("Tuesday", "2025-08-19");
  EXPECT_TRUE(o.Interactions().empty());
  // The two persons just named, told of with no interaction.
  Doc t("Ruiz praised Okafor on Tuesday. The two leaders met for two hours.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = t.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(t.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
