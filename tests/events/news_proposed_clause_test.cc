// A "that" clause completing a word of proposal tells what is proposed,
// unless its verb is past; an arrival "expecting to" meet tells a plan.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsProposedClause, ProposedThatTheyMeetIsAProposal) {
  Doc d("Eva Sand said the list had been handed over and proposed that Ana Ruiz and Ben "
        "Okafor meet before the end of June.");
  d.M("Eva Sand", "Eva Sand").M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("the end of June", "2025-06");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
}

TEST(NewsProposedClause, ASuggestedPastMeetingIsReported) {
  Doc d("Reports suggested that Ana Ruiz met Ben Okafor in Geneva on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsProposedClause, ArrivingExpectingToMeetIsAPlan) {
  Doc d("Ana Ruiz arrived on Tuesday expecting to sit down with Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(NewsProposedClause, WouldLikeIsAWishNotAFutureInThePast) {
  for (const char* text : {"Ana Ruiz said she would like to meet Ben Okafor in April.",
                           "Ana Ruiz would love to meet Ben Okafor in April.",
                           "Ana Ruiz has said she\xE2\x80\x99" "d like a meeting between Eva Sand and Ben Okafor."}) {
    Doc d(text);
    d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
    if (std::string(text).find("Eva Sand") != std::string::npos) d.M("Eva Sand", "Eva Sand");
    if (std::string(text).find("April") != std::string::npos) d.T("April", "2026-04");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0].status, EventStatus::kProposed) << text;
  }
}

}  // namespace
}  // namespace eg
