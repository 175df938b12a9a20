// An itinerary leaves the second verb of travel out: "X will travel to
// Paris on Monday for talks, and on Tuesday to Rome for a meeting hosted by
// Y". The second journey's event takes the traveller when only places and
// times stand between the "and" and its "for".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsItinerary, GappedJourneyKeepsItsTraveller) {
  Doc d("Ana Ruiz will travel to Paris on Monday for talks, and on Tuesday to Rome for a meeting "
        "hosted by Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-25").T("Tuesday", "2025-08-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].participants.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-08-26");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(NewsItinerary, AnotherClauseIsNoGap) {
  Doc d("Ana Ruiz flew to Paris on Monday, and officials in Rome prepared for a meeting hosted by "
        "Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  for (const auto& m : d.Interactions()) EXPECT_LT(m.participants.size(), 2u);
}

}  // namespace
}  // namespace eg
