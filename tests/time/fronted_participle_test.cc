// A participle clause fronted by after / since / following / having tells
// what was done before the main clause: a bare weekday in it is the past
// one, whatever the main clause's tense ("After meeting Y on Tuesday, X
// will fly to Z"). Past the clause's comma the main clause decides.
// Publication date Wed 2025-08-20 (test_util).
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(FrontedParticiple, AWeekdayInTheClauseIsThePastOne) {
  EXPECT_EQ(Show("After meeting the envoy on Tuesday, the minister will fly to Rome."),
            "Tuesday=DATE:2025-08-19");
  EXPECT_EQ(Show("Since speaking with the envoy on Monday, the minister has said little."),
            "Monday=DATE:2025-08-18");
  EXPECT_EQ(Show("Having met the envoy on Tuesday, the minister will fly to Rome."),
            "Tuesday=DATE:2025-08-19");
}

TEST(FrontedParticiple, PastTheCommaTheMainClauseDecides) {
  EXPECT_EQ(Show("After meeting the envoy, the minister will fly to Rome on Tuesday."),
            "Tuesday=DATE:2025-08-26");
  // Not a participle: "after the vote" is no clause of its own.
  EXPECT_EQ(Show("After the vote the minister will fly to Rome on Tuesday."),
            "Tuesday=DATE:2025-08-26");
}

}  // namespace
}  // namespace eg::testing
