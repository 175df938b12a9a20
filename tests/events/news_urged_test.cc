// What someone urges others to do is only proposed: "X pushed both sides to
// hold talks", "X pressed Y to meet Z", "X encouraged the two ministers to
// sit down with Z". Pressing ahead with talks, or being encouraged by
// something, says nothing of the kind.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

EventStatus FirstStatus(Doc& d) {
  auto ev = d.Interactions();
  EXPECT_GE(ev.size(), 1u);
  return ev.empty() ? EventStatus::kNegated : ev[0].status;
}

TEST(NewsUrged, WhatIsUrgedIsProposed) {
  Doc a("Lima pressed Ruiz to meet Okafor in Lisbon.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(FirstStatus(a), EventStatus::kProposed);

  Doc b("Lima, who had pushed Ruiz and Okafor to hold direct talks, has not said "
        "whether she will attend.");
  b.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(FirstStatus(b), EventStatus::kProposed);

  Doc c("Lima encouraged Ruiz to sit down with Okafor.");
  c.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(FirstStatus(c), EventStatus::kProposed);
}

TEST(NewsUrged, PressingAheadOrBeingEncouragedIsNotUrging) {
  Doc a("Ruiz pressed Okafor on trade during talks in Lisbon on Monday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(FirstStatus(a), EventStatus::kOccurred);

  Doc b("Encouraged by the vote, Ruiz met Okafor on Monday.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(FirstStatus(b), EventStatus::kOccurred);

  Doc c("Ruiz pushed the delegation to Lisbon and met Okafor there on Monday.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(FirstStatus(c), EventStatus::kOccurred);
}

// "for X to <verb>": an infinitive with its own subject is not asserted.
TEST(NewsUrged, AnInfinitiveAfterForIsNotAsserted) {
  Doc a("Lima said there was a framework for Ruiz to meet Okafor in Lisbon on Friday.");
  a.M("Lima", "Eva Lima").M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(FirstStatus(a), EventStatus::kProposed);

  Doc b("It was the first time for Ruiz to meet Okafor in Lisbon.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(FirstStatus(b), EventStatus::kOccurred);
}

// "not authorized to discuss the talks publicly": the note on a source
// names no event of its own, and does not make a planned one occurred.
TEST(NewsUrged, TheTalksASourceMayNotDiscussAreNoMention) {
  Doc a("Ruiz is expected to sit down with Okafor later this week, an official said, "
        "speaking on background because they were not authorized to discuss the talks "
        "publicly.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("later this week", "2025-W34");
  auto ev = a.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) EXPECT_NE(e.status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace eg
