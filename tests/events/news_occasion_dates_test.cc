// Dates of 2025 web news that an occasion holding the event gives: "X met
// Y on the sidelines of the Pact meeting in Varna on Thursday", "at the
// Pact summit on Friday": the time after the occasion, named by its host
// body, dates the meeting held at it, and so does a time after a meal the
// talks are held over ("held further talks over breakfast the next
// morning"); "ahead of the Pact meeting on Thursday" does not. The meeting a temporal phrase names as a landmark
// ("following X's meeting with Y last Monday") is no scene of what the next
// sentences tell: "X briefed Z ...", "Z also met W" keep its date away.
// "X arrived in Lima last night and met Y at the palace this morning": the
// time of the verb phrase conjoined before the meeting is not its own.
// The story's lead is found below four lines of headline, standfirst,
// byline and publication time too: it dates the day's doings of its
// persons told after it. "since the meeting of 17 August": a time right
// after another trigger and "of", "on" or "in", before the event, is that
// trigger's own. "X and Y speak again, as agreed on May 10": the time of
// the aside dates the agreeing. A timeline's bulleted entry "- February
// 11: ..." dates the undated events of its line.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsOccasionDates, TimeAfterTheHostedOccasionDatesTheMeetingAtIt) {
  Doc d("Ruiz met Okafor on the sidelines of the Varna Pact meeting in Sofia on Thursday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-15");

  Doc a("Ruiz met Okafor at the Varna Pact summit in Sofia on Thursday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-05-15");

  // Before the occasion: its time is its own.
  Doc b("Ruiz met Okafor ahead of the Varna Pact meeting in Sofia on Thursday.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(eb[0].date, "");
}

TEST(NewsOccasionDates, LandmarkOfATemporalPhraseIsNoScene) {
  Doc d("Today, Ruiz met Okafor in Lima.\n\n"
        "In their meeting, the two discussed trade, following Okafor's meeting with Tanaka "
        "in Tokyo last Monday.\n\n"
        "Okafor also met with Mendes, the finance minister.",
        "2025-08-24");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka").M("Okafor", "Ben Okafor", ActorKind::kPerson, 2);
  d.M("Mendes", "Luis Mendes");
  d.T("Today", "2025-08-24").T("last Monday", "2025-08-18");
  auto ev = d.Interactions();
  const EventMention* landmark = nullptr;
  const EventMention* also = nullptr;
  for (const auto& e : ev) {
    if (d.Names(e) == std::set<std::string>{"Ben Okafor", "Kei Tanaka"}) landmark = &e;
    if (d.Names(e) == std::set<std::string>{"Ben Okafor", "Luis Mendes"}) also = &e;
  }
  ASSERT_NE(landmark, nullptr);
  EXPECT_EQ(landmark->date, "2025-08-18");
  // It goes on with the visit told first, not with the landmark.
  ASSERT_NE(also, nullptr);
  EXPECT_EQ(also->date, "2025-08-24");
}

TEST(NewsOccasionDates, TimeOfThePriorConjunctGivesWayToTheEventsOwn) {
  Doc d("Ruiz arrived in Lima last night and met Okafor and Tanaka at the palace this morning.",
        "2025-08-18");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Tanaka", "Kei Tanaka");
  d.T("last night", "2025-08-17").T("this morning", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");

  // Without a time of its own, the arrival's still dates it.
  Doc a("Ruiz arrived in Lima last night and met Okafor.", "2025-08-18");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last night", "2025-08-17");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-08-17");
}

TEST(NewsOccasionDates, LeadBelowHeadlineBylineAndTimeLines) {
  Doc d("Summit goes on without its guest of honour\n\n"
        "Leaders salvage statements on trade after an early exit\n\n"
        "By Ana Writer in Lima\n"
        "Published 17 June 2025 9.40pm BST\n\n"
        "Ruiz arrived in Lima on Tuesday expecting to sit down with Okafor. Instead he found "
        "the president gone.\n\n"
        "Ruiz met Tanaka, the summit host, who announced new aid.",
        "2025-06-17");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Tanaka", "Kei Tanaka").T("17 June 2025", "2025-06-17").T("Tuesday", "2025-06-17");
  auto ev = d.Interactions();
  const EventMention* met = nullptr;
  for (const auto& e : ev)
    if (d.Names(e) == std::set<std::string>{"Ana Ruiz", "Kei Tanaka"}) met = &e;
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->date, "2025-06-17");
}

TEST(NewsOccasionDates, TimeRightAfterAnEarlierTriggerIsItsOwn) {
  Doc d("Officials reviewed the work done since the meeting of 17 August, held by video, and "
        "since the meeting of Ruiz with Okafor in Lima on 18 August.",
        "2025-09-04");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("17 August", "2025-08-17").T("18 August", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");

  Doc a("Since the meeting of 17 August, Ruiz met Okafor in Lima.", "2025-09-04");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("17 August", "2025-08-17");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "");

  // A purpose keeps its time for the event it is the purpose of.
  Doc p("Ruiz flew to Lima and visited Okafor for talks on Friday.", "2025-09-04");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-29");
  auto ep = p.Interactions();
  ASSERT_FALSE(ep.empty());
  EXPECT_EQ(ep[0].date, "2025-08-29");
}

TEST(NewsOccasionDates, TimeOfAnAsAgreedAsideDatesTheAgreeing) {
  Doc d("May 12: Ruiz and Okafor speak again, as agreed on May 10, and discuss the border.",
        "2025-06-20");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("May 12", "2025-05-12").T("May 10", "2025-05-10");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_NE(e.date, "2025-05-10") << e.trigger;

  // "as scheduled on Monday": the event's own day.
  Doc a("Ruiz met Okafor, as scheduled on Monday, in Lima.", "2025-06-20");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-06-16");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-06-16");
}

TEST(NewsOccasionDates, TimeAfterTheMealTheTalksAreHeldOverDatesThem) {
  Doc d("Ruiz hosted Okafor at the palace on Wednesday evening. Ruiz and Okafor held further "
        "talks over breakfast the next morning.",
        "2025-05-17");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("Wednesday evening", "2025-05-14").T("the next morning", "2025-05-15");
  bool next = false;
  for (const auto& e : d.Interactions()) next = next || e.date == "2025-05-15";
  EXPECT_TRUE(next);
}

TEST(NewsOccasionDates, BulletedTimelineEntryDatesItsLine) {
  Doc d("How we got here:\n\n"
        "- February 11: Ruiz flew to Lima and came back with a prisoner. He met Okafor on that "
        "trip.\n"
        "- April 11: Ruiz and Okafor met in Cusco.",
        "2025-08-07");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("February 11", "2025-02-11").T("April 11", "2025-04-11");
  std::set<std::string> dates;
  for (const auto& e : d.Interactions()) dates.insert(e.date);
  EXPECT_EQ(dates, (std::set<std::string>{"2025-02-11", "2025-04-11"}));
}

}  // namespace
}  // namespace eg
