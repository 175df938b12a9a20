// Clauses of 2025 web news (acc9b): a challenge to meet is a proposal, not a
// meeting; a diary's entry head ("Monday, Aug. 18 -- Varna.") dates its
// paragraph; "met Y on the sidelines (of the summit)" takes the gathering's
// date; so does a call "during their meeting" or talks "during the summit";
// "X separately held talks with Y and Z" before the verb sets the talks apart
// from another event: one session of the three; "a bilateral with X" is a
// meeting; "The meeting came a day after X called Y" dates the call a day
// before the meeting; "X was in Varna for talks with Y" makes X a party;
// "talks with Ruiz administration officials" are not talks with Ruiz; "the
// meeting" after "during" is the time of another event, not a new meeting;
// a time inside ", who ... ," dates the relative clause, not the main verb.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsAcc9b, AChallengeToMeetIsAProposal) {
  Doc d("Ruiz had challenged Okafor to meet him in person in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);

  Doc c("Ruiz dared Okafor to meet him in Varna.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(ec[0].status, EventStatus::kProposed);
  // Only the verb: "challenging talks" were held.
  Doc h("Ruiz and Okafor held challenging talks in Varna on Monday.");
  h.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto eh = h.Interactions();
  ASSERT_EQ(eh.size(), 1u);
  EXPECT_EQ(eh[0].status, EventStatus::kOccurred);
}

TEST(NewsAcc9b, AnEntryHeadDatesItsParagraph) {
  Doc d("A diary of the week.\n\n"
        "Monday, Aug. 18 \xE2\x80\x94 Varna. Ruiz met Okafor at the palace.\n\n"
        "Tuesday, Aug. 19 \xE2\x80\x94 Ruse. Diaz met Okafor.\n");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz");
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("Monday, Aug. 18", "2025-08-18").T("Tuesday, Aug. 19", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    ASSERT_EQ(e.participants.size(), 2u);
    const bool first = d.Names(e).count("Ana Ruiz") > 0;
    EXPECT_EQ(e.date, first ? "2025-08-18" : "2025-08-19");
  }
  // A date that opens a line without a dash heads nothing.
  Doc n("Monday, Aug. 18, was a busy day. Ruiz met Okafor at the palace.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday, Aug. 18", "2025-08-18");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].date, "");
}

TEST(NewsAcc9b, TheSidelinesTakeTheGatheringsDate) {
  // The summit told before, dated.
  Doc d("Trade ties are under strain, aides say. Leaders opened a summit in Varna on Monday. "
        "Ruiz met Okafor on the sidelines of the summit, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");

  // The story's occasion, dated by its lead.
  Doc l("VARNA, Aug 19 (Wire) - Regional leaders on Tuesday agreed to cut tariffs. "
        "Ruiz met Okafor on the sidelines, an aide said.");
  l.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto el = l.Interactions();
  ASSERT_EQ(el.size(), 1u);
  EXPECT_EQ(el[0].date, "2025-08-19");

  // A two-person meeting has no sidelines: it dates nothing.
  Doc b("Trade ties are under strain, aides say. Ruiz hosted Okafor in Varna on Monday. "
        "Diaz met Lee on the sidelines, an aide said.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz").M("Lee", "Kim Lee");
  b.T("Monday", "2025-08-18");
  bool diaz = false;
  for (const auto& e : b.Interactions()) {
    if (b.Names(e).count("Eva Diaz")) {
      diaz = true;
      EXPECT_EQ(e.date, "");
    }
  }
  EXPECT_TRUE(diaz);
}

TEST(NewsAcc9b, AnOccasionDatesWhatHappenedDuringIt) {
  Doc d("Trade ties are under strain, aides say. Ruiz and Okafor met in Varna on Monday. "
        "Ruiz and Okafor called Lee during their meeting, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Lee", "Kim Lee").T("Monday", "2025-08-18");
  bool call = false;
  for (const auto& e : d.Interactions())
    if (d.Names(e).count("Kim Lee")) {
      call = true;
      EXPECT_EQ(e.date, "2025-08-18");
    }
  EXPECT_TRUE(call);

  // One shared party is no common occasion: Lee met Ruiz alone.
  Doc o("Trade ties are under strain, aides say. Ruiz and Lee met in Varna on Monday. "
        "Okafor and Diaz called Ruiz during their meeting, an aide said.");
  o.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor").M("Diaz", "Eva Diaz");
  o.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).T("Monday", "2025-08-18");
  bool diaz = false;
  for (const auto& e : o.Interactions()) {
    if (o.Names(e).count("Eva Diaz")) {
      diaz = true;
      EXPECT_EQ(e.date, "");
    }
  }
  EXPECT_TRUE(diaz);
}

TEST(NewsAcc9b, SeparatelyBeforeTheVerbSetsTheEventApart) {
  Doc d("The team met mediators in Varna, and Ruiz separately held talks with Okafor and Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 3u);
  // After the verb it still tells of one meeting with each.
  Doc a("Ruiz met separately with Okafor and Lee in Varna.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 2u);
  for (const auto& e : ea) EXPECT_EQ(e.participants.size(), 2u);
}

TEST(NewsAcc9b, ABilateralWithSomeoneIsAMeeting) {
  Doc d("Ruiz was in Varna, and he had a bilateral with Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // Only the noun with its complement: trade is no meeting.
  Doc t("Ruiz said bilateral trade with Okafor grew on Monday.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(t.Interactions().empty());
}

TEST(NewsAcc9b, ADurationAfterADatedEventDatesTheClause) {
  Doc d("Ruiz met Okafor in Varna on Friday. "
        "The meeting came a day after Ruiz held a phone call with Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Lee", "Kim Lee").T("Friday", "2025-08-15").T("a day", "P1D", 0, TimexType::kDuration);
  bool call = false;
  for (const auto& e : d.Interactions())
    if (d.Names(e).count("Kim Lee")) {
      call = true;
      EXPECT_EQ(e.date, "2025-08-14");
    }
  EXPECT_TRUE(call);

  Doc b("Ruiz met Okafor in Varna on Friday. "
        "The meeting came two days before Ruiz held a phone call with Lee.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  b.M("Lee", "Kim Lee").T("Friday", "2025-08-15").T("two days", "P2D", 0, TimexType::kDuration);
  bool lee = false;
  for (const auto& e : b.Interactions()) {
    if (b.Names(e).count("Kim Lee")) {
      lee = true;
      EXPECT_EQ(e.date, "2025-08-17");
    }
  }
  EXPECT_TRUE(lee);
}

// "Lima said Friday, a day after Ruiz and Okafor met": the day of the
// saying is the landmark; a comma after the landmark ends the phrase.
TEST(NewsAcc9b, ADurationAfterADayDatesTheClause) {
  Doc d("Lima said Friday, a day after Ruiz and Okafor met in Varna, that the truce held.");
  d.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("Friday", "2025-08-15").T("a day", "P1D", 0, TimexType::kDuration);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-14");

  Doc c("On Monday, two days after the summit, Ruiz met Okafor in Varna.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  c.T("Monday", "2025-08-18").T("two days", "P2D", 0, TimexType::kDuration);
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_NE(ec[0].date, "2025-08-16");
}

// The landmark of a "since" clause is not where the narrative stands: the
// next sentence's undated call is the first call's day.
TEST(NewsAcc9b, ASinceLandmarkDoesNotMoveTheNarrative) {
  Doc d("Ruiz called Okafor on May 12, their first call since the vote on April 3. "
        "Ruiz then spoke with Lee by phone.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Lee", "Kim Lee").T("May 12", "2025-05-12").Landmark("April 3", "2025-04-03");
  bool lee = false;
  for (const auto& e : d.Interactions()) {
    if (!d.Names(e).count("Kim Lee")) continue;
    lee = true;
    EXPECT_EQ(e.date, "2025-05-12");
  }
  EXPECT_TRUE(lee);
}

TEST(NewsAcc9b, BeingSomewhereForTalksMakesAParty) {
  Doc d("Ruiz, who was in Varna on Monday for talks with Okafor, said he was ready to sign.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsAcc9b, APersonModifyingOfficialsIsNoParty) {
  Doc d("Okafor flew to Varna on Friday for talks with Ruiz administration officials.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Friday", "2025-08-15");
  EXPECT_TRUE(d.Interactions().empty());
  Doc e("Okafor met Ruiz envoys Lee and Diaz on Friday.");
  e.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Diaz", "Eva Diaz");
  e.T("Friday", "2025-08-15");
  auto ev = e.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(e.Names(ev[0]), (std::set<std::string>{"Ben Okafor", "Kim Lee", "Eva Diaz"}));
}

TEST(NewsAcc9b, DuringTheMeetingAddsNoPartiesToIt) {
  Doc d("Ruiz met Okafor at the palace on Monday. "
        "An aide said they phoned Lee together during the meeting.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  d.T("Monday", "2025-08-18");
  bool meeting = false;
  for (const auto& e : d.Interactions()) {
    if (e.type == "meeting") {
      meeting = true;
      EXPECT_EQ(d.Names(e).count("Kim Lee"), 0u);
    }
  }
  EXPECT_TRUE(meeting);
  // With parties of its own, the noun still reports them.
  Doc b("No deal was announced during the talks between Ruiz and Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(b.Interactions().size(), 1u);
  // No other interaction told before it: the clause's parties were there.
  Doc t("Aides criticised the welcome that Ruiz and Okafor got during the meeting.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(t.Interactions().size(), 1u);
}

TEST(NewsAcc9b, ATimeInARelativeClauseDatesOnlyThatClause) {
  Doc d("A diary of the week.\n\n"
        "Sunday, Aug. 17 \xE2\x80\x94 Varna. Ruiz, who took over after Lee quit on Friday, "
        "sat down with Okafor at the palace.\n");
  d.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  d.T("Sunday, Aug. 17", "2025-08-17").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-17");
  // Without a head nothing dates the meeting.
  Doc n("Aides met in Varna. Ruiz, who took over after Lee quit on Friday, "
        "sat down with Okafor at the palace.");
  n.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].date, "");
}

}  // namespace
}  // namespace eg
