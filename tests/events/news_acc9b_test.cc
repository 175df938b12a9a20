// Clauses of 2025 web news (acc9b): a challenge to meet is a proposal, not a
// meeting.
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

}  // namespace
}  // namespace eg
