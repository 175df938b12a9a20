// A yes/no question does not assert its event: "Will Ruiz meet Okafor?" or
// a quoted "Is it true that talks are under way?" ask whether it happens.
// A wh-question presupposes it ("Why did Ruiz meet Okafor?"), and a plain
// statement followed by another sentence's question keeps its status.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsQuestions, YesNoQuestionIsNotAsserted) {
  Doc d("Will Ruiz meet Okafor in Lisbon next month?");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);

  Doc q("Later he wrote: \"Is it true that progress is being made in talks between Ruiz and "
        "Okafor???\"");
  q.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto eq = q.Interactions();
  ASSERT_EQ(eq.size(), 1u);
  EXPECT_EQ(eq[0].status, EventStatus::kHypothetical);
}

TEST(NewsQuestions, StatementsAndWhQuestionsKeepTheirStatus) {
  Doc d("Why did Ruiz meet Okafor in Lisbon?");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);

  // A name that spells an auxiliary opens no question.
  Doc n("Will Ruiz met Okafor in Lisbon on Monday, or did he?");
  n.M("Will Ruiz", "Will Ruiz").M("Okafor", "Ben Okafor");
  auto en = n.Interactions();
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].status, EventStatus::kOccurred);

  Doc s("Ruiz met Okafor in Lisbon on Monday. Was it worth it?");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].status, EventStatus::kOccurred);
}

// A reporter's question in a transcript ("Q:") asks, even in the word order
// of a statement; a wh-question there still takes its event for granted.
TEST(NewsQuestions, ATranscriptsQuestionAsks) {
  Doc d("Q: And Ruiz is meeting Okafor in Lisbon?");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);

  Doc w("Q: Why did Ruiz meet Okafor in Lisbon?");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ew = w.Interactions();
  ASSERT_EQ(ew.size(), 1u);
  EXPECT_EQ(ew[0].status, EventStatus::kOccurred);
}

// The full stop of a title's abbreviation ends no sentence inside a
// question: "Did Mr. Ruiz meet Okafor?" asks.
TEST(NewsQuestions, AnAbbreviationsStopKeepsTheQuestion) {
  Doc d("Did Mr. Ruiz meet Okafor in Lisbon?");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);
}

// A cue capitalised after a leading dash, quote or bullet still opens the
// sentence: "— If Ruiz and Okafor meet ..." is a condition.
TEST(NewsQuestions, ACapitalisedCueAfterLeadingPunctuation) {
  Doc d("\xE2\x80\x94 If Ruiz and Okafor do eventually meet in Lisbon, it will be news.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kHypothetical);
}

}  // namespace
}  // namespace eg
