// A definite event noun told in the past ("The talks lasted two hours")
// does not name an event planned for after the publication date; "That
// meeting" (a demonstrative) still names the event last told.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsDefinite, PastDefiniteNounSkipsAFuturePlan) {
  Doc d("Ana Ruiz said she would meet Ben Okafor in October. The talks lasted two hours.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("October", "2025-10");
  for (const auto& m : d.Interactions()) {
    if (m.date == "2025-10") EXPECT_NE(m.status, EventStatus::kOccurred) << m.trigger;
    if (m.trigger == "talks") EXPECT_NE(m.date, "2025-10");
  }
}

TEST(NewsDefinite, DemonstrativeStillNamesTheLastEvent) {
  Doc d("Ana Ruiz will meet Ben Okafor in October. That meeting has set off a crisis.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("October", "2025-10");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].date, "2025-10");
  EXPECT_EQ(ev[1].participants.size(), 2u);
}

}  // namespace
}  // namespace eg
