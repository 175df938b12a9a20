// A relative clause of place or occasion ("..., where he met Y", "..., at
// which X met Y", "..., in which X spoke to Y") tells what happened at what
// it hangs on: the time that dates the main clause dates its event too.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSceneRelative, WhereClauseAfterADatedSummitTakesItsDate) {
  Doc d("On Friday Ruiz was in Varna for a summit of the regional bloc, where he met "
        "Okafor on the sidelines.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].date, "2025-05-16");
}

TEST(NewsSceneRelative, WhereClauseAfterADatedVisitTakesItsDate) {
  Doc d("Late last month Ruiz visited Varna, where he met Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Late last month", "2025-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-04");
}

TEST(NewsSceneRelative, AtWhichClauseAfterADatedSessionTakesItsDate) {
  Doc d("Friday's session was preceded by a trilateral meeting of officials, at which Ruiz "
        "met Okafor and Tanaka.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-05-16");
}

TEST(NewsSceneRelative, InWhichClauseAfterADatedConferenceTakesItsDate) {
  Doc d("On Wednesday Ruiz joined a video conference hosted by Okafor, in which Tanaka and "
        "Lee spoke to Ruiz and a group of leaders.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka").M("Lee", "Min Lee");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.T("Wednesday", "2025-08-13");
  auto ev = d.Interactions();
  bool found = false;
  for (const auto& e : ev)
    if (e.participants.size() >= 3) {
      found = true;
      EXPECT_EQ(e.date, "2025-08-13");
    }
  EXPECT_TRUE(found);
}

// "travelled to Varna, where he met X, and on to Dorn, where he saw Y the
// following day": the later relative clause's time is not the first
// meeting's; the fronted time is.
TEST(NewsSceneRelative, ATimeInALaterWhereClauseIsNotTheEarlierEvents) {
  Doc d("In early April, Ruiz, the senior adviser for the region, travelled to Varna, where he "
        "met Okafor, and on to Dorn, where he saw the harbour the following day.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("In early April", "2025-04");
  d.T("the following day", "2025-04-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-04");
}

TEST(NewsSceneRelative, ARelativeClauseWithATimeOfItsOwnKeepsIt) {
  Doc d("On Friday Ruiz was in Varna for a summit, where he had first met Okafor in 2019.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16").T("2019", "2019");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2019");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "On Wednesday in Varna, the city hosting the regional summit, X met Y": an
// interaction word inside an aside set off by commas does not take the
// fronted time away from the clause's event.
TEST(NewsSetOffAside, AnAppositiveSummitLeavesTheFrontedTimeToTheMainEvent) {
  Doc d("On Wednesday in Varna, the old port city hosting the regional summit, Ruiz met "
        "Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday", "2025-10-29");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-10-29");
}

TEST(NewsSetOffAside, APrepositionalAsideToo) {
  Doc d("In 2019, a year after the summit in Varna, Ruiz met Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2019", "2019");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2019");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "On the flight home, X phoned Y": the trip back from the meeting just
// told, on that meeting's day.
TEST(NewsReturnTrip, ACallOnTheFlightHomeIsOnTheMeetingsDay) {
  Doc d("On Friday, Ruiz and Okafor met for nearly three hours in Varna. No deal came out of "
        "it. On the flight home, Ruiz phoned Tanaka.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].type, "call");
  EXPECT_EQ(ev[1].date, "2025-08-15");
}

TEST(NewsReturnTrip, WithoutSomeoneOfTheMeetingNoDate) {
  Doc d("On Friday, Ruiz and Okafor met for nearly three hours in Varna. No deal came out of "
        "it. On the flight home, Lee phoned Tanaka.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Min Lee");
  d.M("Tanaka", "Kei Tanaka").T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].type, "call");
  EXPECT_EQ(ev[1].date, "");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "X spent Thursday meeting manufacturers. He also met Y": "also" adds to
// the doings the sentence before dated.
TEST(NewsAlso, AlsoAddsToTheDoingsOfTheDayJustTold) {
  Doc d("Ruiz spent Thursday touring factories in Varna. He also met Okafor, his office said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-10-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-10-16");
}

// "The surprise came on Wednesday morning. X met Y": a short sentence that
// only sets the time, naming no one, dates the interaction told next.
TEST(NewsAlso, ASentenceSettingTheTimeDatesTheNextInteraction) {
  Doc d("The surprise came on Wednesday morning. Ruiz met Okafor for about 30 minutes at a "
        "palace in Varna.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday morning", "2025-08-13");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-13");

  // Not a time ahead, nor an earlier time told in the pluperfect.
  Doc a("The vote comes on Friday. Ruiz met Okafor at a palace in Varna.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "");
  Doc b("The surprise came on Wednesday morning. Ruiz had met Okafor at a palace in Varna.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday morning", "2025-08-13");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(eb[0].date, "");
}

// "the first meeting between the two in 25 years": a count since the last
// time is no time of the event; the scene still dates it.
TEST(NewsAlso, TheFirstInTwentyFiveYearsIsNoTimeOfTheEvent) {
  Doc d("The surprise came on Wednesday morning. Ruiz met Okafor for about 30 minutes at a "
        "palace in Varna, the first meeting between the two countries' leaders in 25 years.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Wednesday morning", "2025-08-13");
  d.T("about 30 minutes", "PT30M", 0, TimexType::kDuration);
  d.T("25 years", "P25Y", 0, TimexType::kDuration);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-13");
}

TEST(NewsAlso, NotAcrossAParagraphNorWithoutSomeoneOfIt) {
  Doc a("Ruiz spent Thursday touring factories in Varna.\n\nHe also met Okafor, his office said.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-10-16");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "");

  Doc b("Lee spent Thursday touring factories in Varna. Ruiz also met Okafor, his office said.");
  b.M("Lee", "Min Lee").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.T("Thursday", "2025-10-16");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(eb[0].date, "");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "At the end of January, X flew to Varna and met Y", written in October: a
// month named without its year and told in the simple past is the last
// January, not the next; a plan keeps the next.
TEST(NewsBackAYear, AMonthToldInThePastIsTheLastOne) {
  Doc d("At the end of January, Ruiz flew to Varna and met Okafor.", "2025-10-28");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("the end of January", "2026-01");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-01");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  Doc p("In January, Ruiz will fly to Varna to meet Okafor.", "2025-10-28");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("January", "2026-01");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "2026-01");
  EXPECT_EQ(ep[0].status, EventStatus::kPlanned);

  // A year named: as told.
  Doc y("In January 2026, Ruiz met Okafor.", "2025-10-28");
  y.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("January 2026", "2026-01");
  auto ey = y.Interactions();
  ASSERT_EQ(ey.size(), 1u);
  EXPECT_EQ(ey[0].date, "2026-01");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "In May, delegations met in Varna, and three days later X and Y held a
// call": counted from the last day named (in March), "three days later" is
// stale: the story has moved on to May.
TEST(NewsLaterInTheMonth, ADurationLaterCountsInTheMonthJustTold) {
  Doc d("On March 18, the ceasefire began. In May, the delegations met in Varna for the first "
        "time since 2022, and three days later Ruiz and Okafor held another call.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("March 18", "2025-03-18").T("May", "2025-05").T("2022", "2022");
  d.Anchored("three days later", "P3D", "2025-03-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-05");
}

TEST(NewsLaterInTheMonth, ADayNamedSinceKeepsTheCount) {
  Doc d("In May, the delegations met in Varna. On May 16 the ceasefire began, and three days "
        "later Ruiz and Okafor held another call.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("May", "2025-05").T("May 16", "2025-05-16");
  d.Anchored("three days later", "P3D", "2025-05-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-19");
}

}  // namespace
}  // namespace eg
