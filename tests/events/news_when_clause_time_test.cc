// A "when" clause on a time ("took place on May 3, two days before the
// vote, when X and Y discussed ...") tells what happened at that time: its
// event takes the time before the comma, past an undated apposition.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsWhenClauseTime, AWhenClauseTakesTheTimeItHangsOn) {
  Doc a("The summit took place on May 3, two days before the vote, when Ruiz and Okafor "
        "discussed trade.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("May 3", "2025-05-03").T("two days", "P2D", 0, TimexType::kDuration);
  auto ev = a.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& m : ev) EXPECT_EQ(m.date, "2025-05-03") << m.trigger;
}

}  // namespace
}  // namespace eg
