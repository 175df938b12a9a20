// A phrase fronted before the clause's comma that names an occasion dated
// by a possessive time ("At Friday's summit, X met Y", "Midway through
// Monday's session, X called Y") dates the clause's event too: the
// occasion between the time and the event does not keep it.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using testing::PairDate;

TEST(NewsFrontedOccasion, APossessiveTimeOfAFrontedOccasionDatesTheClause) {
  Doc a("At Friday's summit, Ruiz held talks with Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  EXPECT_EQ(PairDate(a), "2025-08-15");

  Doc b("During Friday's summit, Ruiz met Okafor.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  EXPECT_EQ(PairDate(b), "2025-08-15");
}

TEST(NewsFrontedOccasion, MidwayThroughIsWithinTheTime) {
  Doc a("Midway through Monday's session, Ruiz stepped out and called Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_EQ(PairDate(a), "2025-08-18");

  // "through Monday" alone is an end, not a point within.
  Doc b("Through Monday, Ruiz called Okafor every day.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_NE(PairDate(b), "2025-08-18");
}

}  // namespace
}  // namespace eg
