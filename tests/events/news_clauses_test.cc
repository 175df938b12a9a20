// Clauses of wire news found on unlabeled text: "met separately", a
// scheduled event in the simple present, a fronted "After a meeting with Y,
// X said", a joint news conference, hyphenated modifiers.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsClauses, MeetingSeparatelyIsOneMeetingPerSubject) {
  Doc d("Ruiz and Okafor met separately on Monday with Lindqvist.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::set<Names> pairs;
  for (const auto& e : ev) {
    pairs.insert(d.Names(e));
    EXPECT_EQ(e.date, "2025-08-18");  // both keep the verb's date
  }
  EXPECT_EQ(pairs, (std::set<Names>{{"Ana Ruiz", "Eva Lindqvist"}, {"Ben Okafor", "Eva Lindqvist"}}));
  // Without "separately" the subjects meet each other too: one meeting.
  Doc j("Ruiz and Okafor met on Monday with Lindqvist.");
  j.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  j.T("Monday", "2025-08-18");
  auto ej = j.Interactions();
  ASSERT_EQ(ej.size(), 1u);
  EXPECT_EQ(ej[0].participants.size(), 3u);
}

TEST(NewsClauses, SimplePresentWithABareWeekdayIsTheComingDay) {
  // Written on Wednesday 2025-08-20; the time stage took the past Monday.
  Doc d("Ruiz and Okafor meet Monday in Geneva.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-25");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  // The past tense, a perfect or a date that is no bare weekday keep theirs.
  Doc p("Ruiz and Okafor met Monday in Geneva.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "2025-08-18");
  EXPECT_EQ(ep[0].status, EventStatus::kOccurred);
  Doc h("Officials said Ruiz had visited Okafor Monday.");
  h.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto eh = h.Interactions();
  ASSERT_EQ(eh.size(), 1u);
  EXPECT_EQ(eh[0].date, "2025-08-18");
  Doc a("Ruiz and Okafor meet on August 18 in Geneva.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("August 18", "2025-08-18");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-08-18");
}

TEST(NewsClauses, FrontedAfterPhraseHasItsSubjectAfterTheComma) {
  Doc d("After a two-hour meeting at his home with Okafor, Ruiz said he had little hope.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A noun that names both sides keeps them only.
  Doc b("Shortly after the conversation between Ruiz and Okafor, Lindqvist left.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(d.Names(eb[0]).size(), 2u);
  EXPECT_EQ(b.Names(eb[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsClauses, ANewsConferenceWithAPersonIsAMeeting) {
  Doc d("At a news conference with Okafor in Geneva, Ruiz said talks would go on.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A participle in apposition: "X, speaking at ... with Y, said".
  Doc s("Ruiz, speaking at a joint news conference with Okafor, said talks would go on.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A news conference alone, or one with an organisation, is a statement.
  Doc n("Ruiz told a news conference with CNN that talks would go on.");
  n.M("Ruiz", "Ana Ruiz").M("CNN", "CNN", ActorKind::kOrganization);
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsClauses, HyphenatedModifiersDoNotHideTheGoverningVerb) {
  Doc d("Ruiz held a two-hour meeting with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsClauses, APronounWithAContractedIsOrHasIsTheSubject) {
  Doc d("Ruiz arrived in Baghdad today. He's expected to meet with Okafor later this afternoon.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("today", "2025-08-20");
  d.T("later this afternoon", "2025-08-20TAF");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  // A possessive after a name still owns: "Ruiz's aide met Okafor".
  Doc o("Ruiz's aide met Okafor on Monday.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(o.Interactions().empty());
}

TEST(NewsClauses, AnArticleBeforeAListItemKeepsTheListTogether) {
  // The actors stage leaves "the" out of "the Soviet Union": the list
  // "X and the Y" still has two items, whichever of them has the article.
  Doc d("Norland and the Eastern Union held talks on Monday.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Eastern Union", "Eastern Union", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  Doc a("The Eastern Union and the Northern Republic held talks on Monday.");
  a.M("Eastern Union", "Eastern Union", ActorKind::kCountry)
      .M("Northern Republic", "Northern Republic", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].participants.size(), 2u);
  // "the" with no conjunction before it starts no list.
  Doc n("Officials said the Eastern Union held talks on Monday.");
  n.M("Eastern Union", "Eastern Union", ActorKind::kCountry).T("Monday", "2025-08-18");
  EXPECT_TRUE(n.Interactions().empty());
}

TEST(NewsClauses, AFrontedPhraseLeavesTheTopicToTheSubjectAfterItsComma) {
  // "his" in the fronted phrase and the name there are not what "he" in the
  // next sentence refers to: the subject after the comma is.
  Doc d("In answering his critics, Mr. Ruiz praised Okafor. "
        "Later he and Lindqvist spoke by phone on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Eva Lindqvist"}));
  // Without a person right after the comma the first person is still it.
  Doc n("In Geneva, officials said Okafor was ill. "
        "Later he and Lindqvist spoke by phone on Monday.");
  n.M("Okafor", "Ben Okafor").M("Lindqvist", "Eva Lindqvist").T("Monday", "2025-08-18");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(n.Names(en[0]), (Names{"Ben Okafor", "Eva Lindqvist"}));
}

}  // namespace
}  // namespace eg
