// Clauses of present-day wire copy, ninth round: an event named as the
// landmark of a temporal phrase is background, no antecedent of "the
// meeting" (a demonstrative still is); stepping out of an occasion to do
// something gives the infinitive its subject; golfing with someone; a
// participle adjective after a determiner; "alongside"; a definite noun
// named after the organisation where an earlier event was held; a title
// with "of" before a name ("chief of staff X"); a planned event is not
// dated by the day it was announced; "prepared to meet"; "got off the
// phone with"; "the two leaders" are a pair; "was to host"; "a meeting
// has not been scheduled"; "since 2019, when the two met"; "spoke to X,
// a 90-minute call"; "U.S. envoys X and Y"; "Before flying to Moscow, X
// met Y"; "with both X and Y"; a time inside ", who ..., " is its own.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsWire9, TheMeetingDoesNotNameAnEventOfATemporalPhrase) {
  Doc d("Ruiz hosted Okafor in Lagos on Monday. The visit came two days after Ruiz's summit "
        "with Tanaka in Osaka. Ruiz chaired the meeting, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 2);
  d.T("Monday", "2025-08-18");
  for (const auto& m : d.Interactions()) {
    // Ruiz and Tanaka met once, undated; "the meeting" is Monday's in Lagos.
    if (d.Names(m).count("Kei Tanaka")) {
      EXPECT_EQ(d.Names(m), (Names{"Ana Ruiz", "Kei Tanaka"}));
      EXPECT_EQ(m.date, "");
    }
  }
  int tanaka = 0;
  for (const auto& m : d.Interactions()) tanaka += d.Names(m).count("Kei Tanaka") > 0;
  EXPECT_EQ(tanaka, 1);
}

TEST(NewsWire9, ADemonstrativeNamesTheEventJustTold) {
  Doc d("Ministers flew to Rome, following Ruiz's summit with Tanaka in Osaka on Friday. That "
        "meeting, in which Ruiz praised Tanaka, has divided the party.");
  d.M("Ruiz", "Ana Ruiz").M("Tanaka", "Kei Tanaka").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka", ActorKind::kPerson, 1).T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Kei Tanaka"}));
  EXPECT_EQ(ev[1].date, "2025-08-15");
}

TEST(NewsWire9, InterruptingAnOccasionToCallSomeone) {
  Doc d("Ruiz interrupted the meeting to call Okafor, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc p("Ruiz paused the talks to phone Okafor on Monday.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].type, "call");
  EXPECT_EQ(ep[0].date, "2025-08-18");
  // Not any verb: a plea to someone else to call is no call of the subject.
  Doc u("Ruiz urged the board to call Okafor.");
  u.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(u.Interactions().empty());
}

TEST(NewsWire9, GolfingWithSomeoneIsMeetingThem) {
  Doc d("Ruiz, who golfed with Okafor in March, was also present.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("March", "2025-03");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-03");
  Doc g("Ruiz played golf with Okafor on Sunday.");
  g.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday", "2025-08-17");
  EXPECT_EQ(g.Interactions().size(), 1u);
}

TEST(NewsWire9, AParticipleAdjectiveAfterADeterminer) {
  Doc d("In February, Ruiz and Okafor clashed in a televised encounter.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("February", "2025-02");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(ev[0].date, "2025-02");
  // "the two men" are the pair just named; clashing in an encounter is
  // taking part in it.
  Doc t("Ruiz hosted Okafor on Monday. In February, the two men clashed in a televised "
        "encounter.");
  t.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  t.T("February", "2025-02");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 2u);
  EXPECT_EQ(t.Names(et[1]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(et[1].date, "2025-02");
  // A past verb before a bare noun is still no modifier.
  Doc v("Ruiz and Okafor welcomed talks.");
  v.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(v.Interactions().empty());
}

TEST(NewsWire9, AlongsideSomeoneIsWithThem) {
  Doc d("Ruiz attended the talks in Lagos on Monday alongside Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWire9, TheTalksNamedAfterTheHouseWhereTheyWereHeld) {
  Doc d("Ruiz hosted Okafor and Asian leaders at the State House on Monday. Ruiz met Okafor "
        "alone first. Okafor said little. Later Ruiz spoke by phone with Tanaka. Lee attended "
        "the State House talks alongside Park.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("State House", "State House",
                                                      ActorKind::kOrganization);
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 2).M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 2);
  d.M("Tanaka", "Kei Tanaka").M("Lee", "Min Lee").M("State House", "State House",
                                                    ActorKind::kOrganization, 1);
  d.M("Park", "Jin Park").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  const EventMention& last = ev.back();
  EXPECT_EQ(d.Names(last), (Names{"Ana Ruiz", "Ben Okafor", "Min Lee", "Jin Park"}));
  EXPECT_EQ(last.type, "meeting");
  EXPECT_EQ(last.date, "2025-08-18");
}

TEST(NewsWire9, ATitleWithOfBeforeTheObjectsName) {
  Doc d("Ruiz met presidential chief of staff Ben Okafor in Lagos on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc n("Ruiz met national security adviser Ben Okafor on Tuesday.");
  n.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_EQ(n.Interactions().size(), 1u);
  // "of" between other words is no title.
  Doc o("Ruiz met the friends of Ben Okafor on Tuesday.");
  o.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_TRUE(o.Interactions().empty());
}

TEST(NewsWire9, WhatIsYetToHappenIsNotDatedByItsAnnouncement) {
  Doc d("Ruiz said on Monday that Okafor had agreed to meet Tanaka.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  Doc f("On Monday, Ruiz told reporters that Okafor had agreed to meet Tanaka.");
  f.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  f.T("Monday", "2025-08-18");
  auto ef = f.Interactions();
  ASSERT_EQ(ef.size(), 1u);
  EXPECT_EQ(ef[0].date, "");
  // A time of its own still dates it.
  Doc o("On Monday, Ruiz said Okafor will meet Tanaka on Friday.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  o.T("Monday", "2025-08-18").T("Friday", "2025-08-22");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "2025-08-22");
  EXPECT_EQ(eo[0].status, EventStatus::kPlanned);
}

TEST(NewsWire9, PreparedToMeetIsOnlyProposed) {
  Doc d("Okafor has repeatedly said he is prepared to meet Tanaka in any format.");
  d.M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

TEST(NewsWire9, GettingOffThePhoneWithSomeoneIsACall) {
  Doc d("When Ruiz got off the phone with Okafor on Monday, he called his aides.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsWire9, TheTwoLeadersAreAPairNeverThree) {
  // The latest interaction has three persons; "the two leaders" are the
  // pair the story tells most of, both named in the sentence before.
  // The latest pair, Lee and Okafor, shares only Okafor with it.
  Doc d("Ruiz spoke by phone with Okafor on Monday. Ruiz will meet Okafor in Rome next week. "
        "Lee said he had spoken with Okafor. "
        "Ruiz said he had not ruled out a three-way meeting with Okafor and Tanaka. The two "
        "leaders last met in Osaka in May.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("next week", "2025-W35").M("Lee", "Min Lee").M("Okafor", "Ben Okafor", ActorKind::kPerson, 2);
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 2).M("Okafor", "Ben Okafor", ActorKind::kPerson, 3);
  d.M("Tanaka", "Kei Tanaka").T("May", "2025-05");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(d.Names(ev.back()), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev.back().date, "2025-05");
}

TEST(NewsWire9, TheTwoLeadersSkipAMeetingOfThree) {
  Doc d("Ruiz met Okafor on Monday. Ruiz met Okafor and Tanaka on Tuesday. Prices rose. The two "
        "leaders spoke by phone on Wednesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka").T("Tuesday", "2025-08-19").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(d.Names(ev[2]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsWire9, AMeetingNotScheduledIsNegated) {
  Doc d("Ruiz met Okafor in Lagos on Thursday. A meeting between Tanaka and Okafor has not "
        "been scheduled, an aide said.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  d.M("Tanaka", "Kei Tanaka").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].status, EventStatus::kNegated);
  EXPECT_EQ(ev[1].date, "");
  // A meeting that is not yet over still happens.
  Doc o("The meeting between Tanaka and Okafor has not ended.");
  o.M("Tanaka", "Kei Tanaka").M("Okafor", "Ben Okafor");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].status, EventStatus::kOccurred);
}

TEST(NewsWire9, ATimeDescribedByAWhenClauseDatesItsEvent) {
  Doc d("Ruiz has not met Okafor since December 2019, when the two held talks in Paris.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("December 2019", "2019-12");
  auto ev = d.Interactions();
  bool dated = false;
  for (const auto& m : ev)
    if (m.status == EventStatus::kOccurred) {
      EXPECT_EQ(m.date, "2019-12");
      dated = true;
    }
  EXPECT_TRUE(dated);
  // The "when" clause's own event is the first one after it, here no
  // interaction: the invasion keeps the time.
  Doc i("Then, in 2022 when the invasion started, Ruiz's advice to Okafor was to leave.");
  i.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2022", "2022");
  bool invasion = false;
  for (const auto& m : i.Run())
    if (m.type == "invasion") invasion = m.date == "2022";
  EXPECT_TRUE(invasion);
  // Without "when" the time is the main clause's.
  Doc m("Ruiz met Okafor in 2019. Ruiz has spoken with Okafor since 2019 and held talks.");
  m.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2019", "2019");
  m.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  m.T("2019", "2019", 1);
  auto em = m.Interactions();
  ASSERT_FALSE(em.empty());
  for (size_t k = 1; k < em.size(); ++k) EXPECT_NE(em[k].date, "2019");
}

TEST(NewsWire9, ACallInAppositionNamesTheTalksForm) {
  Doc d("Ruiz last spoke to Okafor on Feb. 12, a 90-minute call that changed everything.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Feb. 12", "2025-02-12");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  // Another noun phrase in apposition says nothing of the form.
  Doc o("Ruiz last spoke to Okafor on Feb. 12, a day that changed everything.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Feb. 12", "2025-02-12");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].type, "talks");
}

TEST(NewsWire9, ACountryBeforeATitleAndANameIsAModifier) {
  Doc d("Ruiz met Norland envoys Ben Okafor and Kei Tanaka in Lagos on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  d.M("Ben Okafor", "Ben Okafor").M("Kei Tanaka", "Kei Tanaka").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kei Tanaka"}));
  // A country met, then a name elsewhere: the country is the party.
  Doc c("Ruiz visited Norland on Tuesday, officials told Okafor.");
  c.M("Ruiz", "Ana Ruiz").M("Norland", "Norland", ActorKind::kCountry);
  c.M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  for (const auto& m : c.Interactions()) EXPECT_EQ(c.Names(m).count("Ben Okafor"), 0u);
}

TEST(NewsWire9, AFrontedClauseOfTimeFramesNothing) {
  Doc d("Ruiz met Tanaka in Rome on Tuesday. Before flying to Rome, Ruiz met Okafor in Lagos.");
  d.M("Ruiz", "Ana Ruiz").M("Tanaka", "Kei Tanaka").T("Tuesday", "2025-08-19");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[1].date, "");  // before the scene told, not in it
}

TEST(NewsWire9, BothOpensAList) {
  Doc d("Ruiz spoke with both Okafor and Tanaka by phone on Saturday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("Saturday", "2025-08-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kei Tanaka"}));
}

TEST(NewsWire9, ATimeInsideARelativeClauseDatesOnlyItsEvent) {
  Doc d("Ruiz, who hosted Okafor in Lagos on Sunday, spoke with Tanaka by phone.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  int calls = 0, meetings = 0;
  for (const auto& m : ev) {
    if (m.type == "call") {
      ++calls;
      EXPECT_EQ(m.date, "");
    } else if (m.type == "meeting") {
      ++meetings;
      EXPECT_EQ(m.date, "2025-08-17");
    }
  }
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(meetings, 1);
}

TEST(NewsWire9, WasToHostIsNotAHostingThatHappened) {
  Doc d("The call came a day before Ruiz was to host Okafor in Lagos.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0].status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
