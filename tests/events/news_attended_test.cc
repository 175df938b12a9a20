// Those who attend an event take part in it, like those who host or chair
// it: "Ruiz chaired a meeting of the council on Monday, attended by Okafor
// and Imre" is a meeting of the three; "a summit attended by X and Y" too.
// "X and Y have shaken hands" is a meeting like "shook hands". "so-called"
// neither calls nor opens a clause. "co-led by X, who ..., and Y" names
// two leaders; a noun told before without parties but dated dates the
// same noun told again with them.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsAttended, AttendedByNamesParticipants) {
  Doc d("Ana Ruiz chaired a meeting of the security council on Monday, attended by Ben Okafor "
        "and Carl Imre.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Imre", "Carl Imre");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 3u);
  EXPECT_EQ(ev[0].date, "2025-08-18");

  Doc s("A summit attended by Ben Okafor and Carl Imre ended without a deal.");
  s.M("Ben Okafor", "Ben Okafor").M("Carl Imre", "Carl Imre");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].participants.size(), 2u);
}

TEST(NewsAttended, HaveShakenHandsIsAMeeting) {
  // The past participle of the handshake, as live blogs write it.
  Doc d("Ana Ruiz and Ben Okafor have shaken hands outside the venue.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

TEST(NewsAttended, SoCalledIsNeitherACallNorAClause) {
  // "so" opens clauses and "called" is a call verb; "so-called" is neither,
  // and the hosts after it still take part.
  Doc d("Ana Ruiz will attend a meeting of the so-called contact group hosted by Ben Okafor on "
        "Friday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

TEST(NewsAttended, LedByPastARelativeClause) {
  // "co-led by X, who is also ..., and Y": both lead, both take part.
  Doc d("The consultations on Monday were co-led by Ana Ruiz, who is also the head of the "
        "council, and Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsAttended, TheSameNounToldBeforeDatesIt) {
  // The first report names no two parties ("trade teams"), the second
  // ("The consultations ...") names them: it takes the first one's date.
  Doc d("Trade teams held consultations in Lisbon on Saturday. The consultations were led by "
        "Ana Ruiz and Ben Okafor.",
        "2025-08-24");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-23");
}

}  // namespace
}  // namespace eg
