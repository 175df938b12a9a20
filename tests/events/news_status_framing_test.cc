// Words around an event noun that say whether it happens: a meeting that
// "could be organized" is only possible; one "which was cancelled" did not
// take place, and no encounter dates from it; "there was no point in" or
// "no need for" a meeting denies it. A date inside a "since" phrase dates
// the occasion the phrase names, not the perfect before it.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStatusFraming, AModalArrangementLeavesTheEventOpen) {
  Doc a("Lima said a telephone conversation between Ruiz and Okafor could also be organized.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);

  Doc b("A summit between Ruiz and Okafor might be arranged for the autumn.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);

  // Not a modal: the meeting was organised and held.
  Doc c("A meeting between Ruiz and Okafor was organized by Lima on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima").T("Monday", "2025-08-18");
  ev = c.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusFraming, ARelativeClauseCancelsItsEvent) {
  Doc a("The summit between Ruiz and Okafor, which was called off, had been set for December.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("December", "2024-12");
  auto ev = a.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);

  Doc b("The talks between Ruiz and Okafor, which will take place in Lisbon, start on Friday.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-22");
  ev = b.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(NewsStatusFraming, NoPointOrNeedDeniesTheMeeting) {
  Doc a("Lima said the ministry saw no point in a meeting between Ruiz and Okafor.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const EventMention& m : a.Interactions()) EXPECT_EQ(m.status, EventStatus::kNegated);

  Doc b("Lima said there was no need for talks between Ruiz and Okafor.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const EventMention& m : b.Interactions()) EXPECT_EQ(m.status, EventStatus::kNegated);
  // The preposition still takes a negation away from other verbs.
  Doc c("Ruiz met Okafor in Lisbon and had no comment on the talks.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = c.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusFraming, ADateInsideASincePhraseDatesItsOccasion) {
  Doc a("It was the first time Ruiz and Okafor had met since the summit in Luanda in December 2024.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("December 2024", "2024-12");
  // (The phrase's own occasion, the encounter in December 2024, is told
  // apart: NewsWhen.TheFirstTimeTheyHaveMetSinceADateSaysTheyMetThen.)
  bool met = false;
  for (const EventMention& m : a.Interactions()) {
    if (m.status != EventStatus::kOccurred || m.trigger != "met") continue;
    met = met || m.date != "2024-12";
  }
  EXPECT_TRUE(met);

  // An event after the phrase, in a clause on its occasion, takes it.
  Doc b("Lima said nothing had changed since the summit in August, where Ruiz and Okafor met.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("August", "2025-08");
  bool dated = false;
  for (const EventMention& m : b.Interactions()) dated = dated || m.date == "2025-08";
  EXPECT_TRUE(dated);
}

TEST(NewsStatusFraming, ACancelledOccasionDatesNoEncounter) {
  const char* held =
      "Ruiz and Okafor met in Doha on Monday, their first meeting since the summit in Luanda in "
      "December 2024.";
  const std::string cancelled = std::string(held, strlen(held) - 1) + ", which was cancelled.";
  auto dated = [](const std::string& text) {
    Doc d(text);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
    d.T("December 2024", "2024-12");
    bool found = false;
    for (const EventMention& m : d.Interactions())
      found = found || (m.date == "2024-12" && m.status == EventStatus::kOccurred);
    return found;
  };
  // Held: it dates their last encounter; called off, it dates none.
  EXPECT_TRUE(dated(held));
  EXPECT_FALSE(dated(cancelled));
}

TEST(NewsStatusFraming, ADeniedRelativeClauseWithoutACommaNegates) {
  Doc a("Lima promised a meeting between Ruiz and Okafor that never happened.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  bool pair = false;
  for (const EventMention& m : a.Interactions()) {
    if (m.participants.size() != 2) continue;
    pair = true;
    EXPECT_EQ(m.status, EventStatus::kNegated);
  }
  EXPECT_TRUE(pair);
  // A relative clause that is no denial says nothing of the status.
  Doc b("The meeting between Ruiz and Okafor that took place in Porto was short.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = b.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusFraming, TooEarlyToTalkAboutIsProposed) {
  Doc a("Lima said it was premature to talk about a meeting between Ruiz and Okafor.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  Doc b("Lima said it was too early to talk about talks between Ruiz and Okafor.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

TEST(NewsStatusFraming, AScareQuotedWordStaysInItsClause) {
  Doc a("Lima said it was \"premature\" to talk about a meeting between Ruiz and Okafor.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  // A quotation closed after its comma ends its clause: the meeting after
  // it is told as it happened.
  Doc b("\"It would be premature,\" Lima said, and Ruiz met Okafor on Monday.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsStatusFraming, WouldAfterAPlanToldInThePastIsPlanned) {
  // "was expected to travel ..., where he would meet Y": the future of a
  // plan told in the past, as after "said".
  Doc a("Ruiz was expected to travel to Porto on Thursday for the council, where he would meet "
        "Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);

  // A journey's cue ("travel", "headed") is no plan of its own: "he headed to
  // Porto, where he would meet Y" is not made planned by it.
  Doc b("Ruiz headed to Porto on Thursday, where he would meet Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  for (const EventMention& m : b.Interactions())
    if (m.trigger == "meet") {
      EXPECT_NE(m.status, EventStatus::kPlanned);
    }
}

TEST(NewsStatusFraming, AClauseInsideAFrontedPhraseFramesNothingAfterIt) {
  // "Hours after a speech in which he said the UN had potential but
  // offered only letters, X sat down with Y": the cue ("potential") is in
  // a clause inside the fronted phrase of time, which its comma closes.
  Doc a("Hours after a speech in which he said the body had potential but offered only letters, "
        "Ruiz sat down with Okafor on Monday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  // A cue of the main clause still frames its event.
  Doc b("After a speech in which he praised the body, Ruiz said a meeting with Okafor was a "
        "potential step.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  for (const EventMention& m : b.Interactions()) EXPECT_NE(m.status, EventStatus::kOccurred);
}

TEST(NewsStatusFraming, LookingForwardToAMeetingIsNoMeetingHeld) {
  // "He looks forward to his meeting with X": a meeting to come, undated
  // here, so only proposed.
  for (const char* text : {"Ruiz looks forward to his meeting with Okafor.",
                           "Ruiz is looking forward to his talks with Okafor."}) {
    Doc a(text);
    a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
    auto ev = a.Interactions();
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0].status, EventStatus::kProposed) << text;
  }
}

TEST(NewsStatusFraming, ABareVerbAfterAndSharesTheTimeOfTheVerbBefore) {
  // "will be received by X later this month and hold talks with Y": the
  // bare verb shares the auxiliary and the time of the verb before it.
  Doc a("Ruiz will be received by Okafor later this month and hold talks with Dunn.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn");
  a.T("later this month", "2025-09");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const EventMention& m : ev) {
    EXPECT_EQ(m.date, "2025-09");
    EXPECT_EQ(m.status, EventStatus::kPlanned);
  }
  // A verb with an auxiliary of its own is another event, with no time.
  Doc b("Ruiz met Okafor on Monday and will meet Dunn.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn");
  b.T("Monday", "2025-09-01");
  for (const EventMention& m : b.Interactions())
    if (m.trigger == "meet") {
      EXPECT_NE(m.date, "2025-09-01");
    }
}

}  // namespace
}  // namespace eg
