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

TEST(NewsItinerary, AndThatOpensAnotherReportedClause) {
  // "in April" is when Ruiz travels, not when Okafor visits: a time does not
  // date an event across ", and that" (a second reported clause).
  Doc d("Ana Ruiz said he would travel to Rome in April, and that Ben Okafor would hold talks "
        "with Carl Imre.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Imre", "Carl Imre");
  d.T("April", "2026-04");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  // "but that" followed by a verb is the pronoun: the time still dates.
  Doc e("Ana Ruiz met Ben Okafor in April, but that has not been confirmed.");
  e.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("April", "2025-04");
  auto ee = e.Interactions();
  ASSERT_EQ(ee.size(), 1u);
  EXPECT_EQ(ee[0].date, "2025-04");
}

}  // namespace
}  // namespace eg
