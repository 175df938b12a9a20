// "The meeting, which lasted two hours on Tuesday, brought together X and
// Y": a "which" clause on an interaction noun tells of that event, and so
// does the verb right after its closing comma, whose subject the noun is;
// the time inside the clause dates the verb's event.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsEventNounRelativeTime, TheClauseOnTheNounDatesTheVerbAfterIt) {
  Doc d("The meeting, which ran late into the night on Tuesday, brought together Ruiz and Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

}  // namespace
}  // namespace eg
