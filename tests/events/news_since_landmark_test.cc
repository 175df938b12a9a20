// "X hosted Y, their second meeting since January": a "since" landmark after
// the event counts from it and gives the event no time of its own, so the
// rules that date an undated event by the story's day or the narrative
// still apply (SentenceHasTime).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSinceLandmark, ALandmarkAfterTheEventLeavesItToTheStorysDay) {
  Doc d("Prime Minister Ana Ruiz toured a shipyard in Porto on Tuesday. "
        "Ruiz received Tomas Berg for lunch, the second time the two have met since January.",
        "2025-03-12");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1)
      .M("Tomas Berg", "Tomas Berg")
      .T("Tuesday", "2025-03-11")
      .Landmark("January", "2025-01");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-03-11");
}

}  // namespace
}  // namespace eg
