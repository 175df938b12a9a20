// "X met Y at the party's headquarters on Wednesday afternoon, a meeting
// officials described as a briefing": the noun in apposition after the
// clause restates the verb's event; it takes no time away from it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsRestatedEvent, TheAppositiveNounLeavesTheTimeToTheVerb) {
  Doc d("Ana Ruiz met former prime ministers Ben Okafor, Carl Diaz and Dana Wu at the party's headquarters on Wednesday "
        "afternoon, a meeting officials described as a briefing on the trade deal.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Diaz", "Carl Diaz").M("Dana Wu", "Dana Wu");
  d.T("Wednesday afternoon", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_GE(ev.size(), 1u);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-08-20") << e.trigger;
}

}  // namespace
}  // namespace eg
