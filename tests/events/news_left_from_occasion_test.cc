// "In September 2023, X flew to Lima straight from the G20 summit and held
// talks with Y": an occasion the traveller comes from was over before the
// clause's event, and does not keep the fronted time from it
// (Extractor::LeftFrom).
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using testing::PairDate;

TEST(NewsLeftFromOccasion, AFrontedTimeDatesTheEventAfterTheOccasionLeft) {
  Doc a("In September 2023, Ruiz flew to Lima straight from the G20 summit in Delhi and held "
        "talks with Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("G20", "G20", ActorKind::kOrganization);
  a.T("September 2023", "2023-09");
  EXPECT_EQ(PairDate(a), "2023-09");
}

}  // namespace
}  // namespace eg
