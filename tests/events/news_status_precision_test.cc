// Status of an interaction where its clause does not assert it: a question
// asks whether something happened, it does not report that it did; a
// "where" clause that denies the pair's meeting undoes the encounter told;
// standing together behind a cause is no meeting.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStatusPrecision, AQuestionReportsNoOccurredEvent) {
  Doc a("Q: What happened to the Lisbon summit between Ruiz and Okafor?");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(a.Interactions().empty());

  Doc b("And Ruiz and Okafor, have they spoken since?");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(b.Interactions().empty());
}

TEST(NewsStatusPrecision, TheAnswerAfterAQuestionReports) {
  // A wh-question about the act presupposes it.
  Doc w("Why did Ruiz meet Okafor in Lisbon?");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  ASSERT_EQ(w.Interactions().size(), 1u);

  // The question is asked; the answer after it reports.
  Doc a("Did they talk? Ruiz met Okafor on Monday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

}

// An encounter whose "where" clause denies the same pair's meeting was no
// meeting; only the denied one is told.
TEST(NewsStatusPrecision, AWhereClauseDeniesTheEncounter) {
  Doc a("Ruiz and Okafor crossed paths at the trade fair in Lisbon on Monday, where they did not "
        "hold a meeting.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);

  // Another pair's denial leaves the encounter as told.
  Doc b("Ruiz met Okafor at the trade fair in Lisbon on Monday, where Lima did not meet Diaz.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima").M("Diaz", "Rui Diaz")
      .T("Monday", "2025-08-18");
  int occurred = 0;
  for (const auto& e : b.Interactions()) occurred += e.status == EventStatus::kOccurred;
  EXPECT_EQ(occurred, 1);
}

// So does a ", but" clause that denies a meeting "between them": "them"
// is the pair of the encounter just told.
TEST(NewsStatusPrecision, AButClauseDeniesTheEncounter) {
  Doc a("Ruiz and Okafor shook hands at the opening session on Monday, but aides said there had "
        "been no bilateral meeting between them.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kNegated);
  EXPECT_EQ(ev[0].participants.size(), 2u);
}

// "Stand together" with the cause it is for is a common stance, no
// gathering; standing together on a stage is.
TEST(NewsStatusPrecision, StandingTogetherBehindACauseIsNoMeeting) {
  Doc a("Ruiz said he and Okafor would stand together on Moldova.");
  a.M("Ruiz", "Ana Ruiz").M("he", "Ana Ruiz").M("Okafor", "Ben Okafor")
      .M("Moldova", "Moldova", ActorKind::kCountry);
  EXPECT_TRUE(a.Interactions().empty());

  Doc b("Ruiz and Okafor stood together behind the new budget rules.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(b.Interactions().empty());

  Doc c("Ruiz and Okafor stood together on stage in Lisbon on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  ASSERT_EQ(c.Interactions().size(), 1u);
}

}  // namespace
}  // namespace eg
