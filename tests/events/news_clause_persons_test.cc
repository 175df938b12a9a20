// When the structure of a dated clause names fewer than two parties of its
// interaction word, the persons named near the word in that clause are its
// parties ("On Monday, X and Y led their delegations at talks in Geneva").
// Undated clauses, owners ("the president's son") and the parties of
// another event of the sentence are left out.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClausePersons, PersonsNearADatedInteractionWordAreItsParties) {
  Doc d("On Monday, Ben Okafor and Ana Ruiz led their delegations at talks in Geneva.");
  d.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsClausePersons, AnUndatedClauseGetsNoGuess) {
  Doc d("Ben Okafor and Ana Ruiz led their delegations at talks in Geneva.");
  d.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(NewsClausePersons, AnotherEventsPartyIsNotTaken) {
  Doc d("Ruiz, who met Eva Sand on Thursday, also led her delegation at talks with Ben Okafor "
        "on Friday.");
  d.M("Ruiz", "Ana Ruiz").M("Eva Sand", "Eva Sand").M("Ben Okafor", "Ben Okafor");
  d.T("Thursday", "2025-08-14").T("Friday", "2025-08-15");
  for (const auto& m : d.Interactions()) {
    const Names n = d.Names(m);
    EXPECT_FALSE(n.count("Eva Sand") && n.count("Ben Okafor")) << m.date;
  }
  EXPECT_FALSE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
