// "X intends to speak with Y": an intention, like "aims to" or "wants to",
// is only proposed (a proposed cue in data/triggers/cues.tsv), not told as
// done.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsIntention, IntendingToSpeakIsProposed) {
  Doc d("Aides said Ana Ruiz intended to speak with Ben Okafor soon.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kProposed);
  Doc p("Ana Ruiz intends to meet Ben Okafor in Lisbon.");
  p.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  auto pe = p.Interactions();
  ASSERT_EQ(pe.size(), 1u);
  EXPECT_EQ(pe[0].status, EventStatus::kProposed);
}

}  // namespace
}  // namespace eg
