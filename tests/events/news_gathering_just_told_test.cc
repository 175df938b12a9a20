// A dated gathering told without its parties ("after last night's summit in
// Anchorage", "The summit on Wednesday ended ...") and, in the next
// sentence, an undated face-to-face meeting of named persons: the meeting
// is the gathering's, on its date. Not a call, nor a meeting set at other
// times ("had met before").
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

std::string MeetingDate(Doc& d) {
  for (const EventMention& m : d.Interactions())
    if (m.participants.size() == 2) return m.date.empty() ? "null" : m.date;
  return "none";
}

TEST(NewsGatheringJustTold, TheNextSentencesMeetingTakesTheGatheringsDate) {
  Doc a("Here is where things stand after Tuesday's summit in Lisbon. Ruiz and Okafor met for "
        "about three hours.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(MeetingDate(a), "2025-08-19");

  Doc b("The summit in Lisbon on Tuesday ended without a deal. Ruiz and Okafor met for about "
        "three hours.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(MeetingDate(b), "2025-08-19");
}

// A time inside a relative clause that does not hold the trigger is
// another event's ("who won a vote on Sunday"): the meeting is still the
// gathering's.
TEST(NewsGatheringJustTold, ARelativeClausesTimeIsNotTheMeetings) {
  Doc a("The summit in Lisbon on Tuesday ended without a deal.\n\nRuiz, who won a vote on "
        "Sunday, met Okafor for about three hours.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor")
      .T("Tuesday", "2025-08-19").T("Sunday", "2025-08-17");
  EXPECT_EQ(MeetingDate(a), "2025-08-19");
}

TEST(NewsGatheringJustTold, NotACallNorAMeetingOfOtherTimes) {
  Doc a("The summit in Lisbon on Tuesday ended without a deal. Ruiz and Okafor had met before "
        "in Porto.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_NE(MeetingDate(a), "2025-08-19");

  Doc b("The summit in Lisbon on Tuesday ended without a deal. Ruiz called Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_NE(MeetingDate(b), "2025-08-19");

  // Two sentences later: another scene.
  Doc c("The summit in Lisbon on Tuesday ended without a deal. Markets fell. Ruiz and Okafor "
        "met for about three hours.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_NE(MeetingDate(c), "2025-08-19");
}

}  // namespace
}  // namespace eg
