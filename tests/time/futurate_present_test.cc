// The futurate present of news ("Ministers meet Monday") points a bare
// weekday ahead; a past or reported clause keeps it behind. And "about"
// before "the future" is a preposition, not an approximation.
// Publication date Wed 2025-08-20 (test_util).
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(FuturatePresent, ScheduledEventVerbInThePresentLooksAhead) {
  EXPECT_EQ(Show("Ministers meet again Monday in Brussels."), "Monday=DATE:2025-08-25");
  EXPECT_EQ(Show("The envoy travels to Cairo on Tuesday."), "Tuesday=DATE:2025-08-26");
  EXPECT_EQ(Show("He and the premier meet separately Monday with the mediator."),
            "Monday=DATE:2025-08-25");
  // A reporting verb after the date does not turn the schedule into the past.
  EXPECT_EQ(Show("The talks resume Monday, officials said."), "Monday=DATE:2025-08-25");
}

TEST(FuturatePresent, PastTenseOrNounKeepsThePastDay) {
  EXPECT_EQ(Show("Ministers met again Monday in Brussels."), "Monday=DATE:2025-08-18");
  EXPECT_EQ(Show("The talks resumed Monday after a pause."), "Monday=DATE:2025-08-18");
  // A noun after a determiner, not a verb.
  EXPECT_EQ(Show("After the vote Monday the crowd left."), "Monday=DATE:2025-08-18");
  // Across a comma the verb belongs to another clause.
  EXPECT_EQ(Show("Prices open lower, Monday saw a rally."), "Monday=DATE:2025-08-18");
}

TEST(FuturatePresent, AWordInEdAfterADeterminerIsNoPastVerb) {
  // "an upgraded agreement": an adjective, not the verb that tells the tense.
  EXPECT_EQ(Show("He is due to sign an upgraded agreement on Tuesday."),
            "Tuesday=DATE:2025-08-26");
  EXPECT_EQ(Show("She is to present the revised plan on Friday."), "Friday=DATE:2025-08-22");
  // As the verb it still tells the past.
  EXPECT_EQ(Show("They upgraded the agreement on Tuesday."), "Tuesday=DATE:2025-08-19");
}

TEST(FuturatePresent, AboutTheFutureIsAPreposition) {
  EXPECT_EQ(Show("They talked about the future."), "the future=DATE:FUTURE_REF");
  EXPECT_EQ(Show("He waited about two weeks."), "about two weeks=DURATION:P2W");
}

}  // namespace
}  // namespace eg::testing
