// A time restated right after its comma by a more precise one ("the
// following year, in May 1994") dates the event at the more precise date;
// two times that do not nest are not a restatement.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsRestatedTime, TheMorePreciseRestatementDates) {
  Doc a("Ruiz and Okafor met in Lisbon the following year, in May 1994, after years of silence.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("the following year", "1994").T("May 1994", "1994-05");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "1994-05");
}

TEST(NewsRestatedTime, TwoSeparateTimesAreNoRestatement) {
  Doc a("Ruiz met Okafor in 1994, in May 1996, to discuss trade.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("1994", "1994").T("May 1996", "1996-05");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "1994");
}

}  // namespace
}  // namespace eg
