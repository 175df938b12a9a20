// "soon" and "the future" as the speaker's vague future (TimeML:
// FUTURE_REF), and where they are no time of their own. Publication date
// Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(NearFuture, SoonLooksAhead) {
  EXPECT_EQ(Show("Investigators may soon question the harbour master."), "soon=DATE:FUTURE_REF");
  EXPECT_EQ(Show("The bakery soon will start selling smaller loaves."),
            "soon=DATE:FUTURE_REF");
  EXPECT_EQ(Show("She expects the ferry line to soon double its crossings."),
            "soon=DATE:FUTURE_REF");
}

TEST(NearFuture, AsSoonAsPossible) {
  EXPECT_EQ(Show("The council wants the bridge reopened as soon as possible."),
            "as soon as possible=DATE:FUTURE_REF");
}

TEST(NearFuture, SoonWithoutATimeOfItsOwn) {
  // After an event: the event gives the time.
  EXPECT_EQ(Show("The mayor resigned soon after the audit."), "");
  EXPECT_EQ(Show("The road reopened soon afterwards."), "");
  // The conjunction, and judgements of timing.
  EXPECT_EQ(Show("Talks resume as soon as the envoys land."), "");
  EXPECT_EQ(Show("It is too soon to judge the harvest."), "");
  EXPECT_EQ(Show("Nobody knows how soon the dam can be repaired."), "");
  // Told in the past: a little after the event just told.
  EXPECT_EQ(Show("The fisherman was soon freed by the coast guard."), "");
  EXPECT_EQ(Show("A few complaints soon became a petition."), "");
}

TEST(NearFuture, TheFutureBeforeAClause) {
  // A conjunction or a modal after "the future" is no noun it modifies.
  EXPECT_EQ(Show("Patrols will continue well into the future if the raids go on."),
            "the future=DATE:FUTURE_REF");
  EXPECT_EQ(Show("Fares may rise in the future when the subsidy ends."),
            "the future=DATE:FUTURE_REF");
  // Still an adjective before a noun.
  EXPECT_EQ(Show("She met the future mayor of the port."), "");
}

}  // namespace
}  // namespace eg::testing
