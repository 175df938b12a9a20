// A time fronted in a "that" clause ("You will remember that in July they
// did not hold a meeting") takes the tense of that clause's verb, which
// follows it, not of the clause it hangs on. Publication date Wed
// 2025-08-20 (test_util).
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(FrontedInThatClause, TheClausesOwnVerbDecides) {
  EXPECT_EQ(Show("You will remember that in July they did not hold a meeting."),
            "July=DATE:2025-07");
  EXPECT_EQ(Show("Officials will confirm that on Tuesday the envoys met."),
            "Tuesday=DATE:2025-08-19");
  EXPECT_EQ(Show("He said that on Friday he will meet the envoy."), "Friday=DATE:2025-08-22");
  // Deep in a fronted phrase: "that at the summit in Lisbon in July they ...".
  EXPECT_EQ(Show("You will remember that at the summit in Lisbon in July they did not meet."),
            "July=DATE:2025-07");
}

TEST(FrontedInThatClause, OnlyAfterThat) {
  // Without "that" the verb before the expression decides, as ever.
  EXPECT_EQ(Show("He said in July they will meet."), "July=DATE:2025-07");
}

}  // namespace
}  // namespace eg::testing
