// "X met Y on the sidelines of the conference near Lisbon in February":
// the occasion that holds the event, though nearer to the time, shares it
// with the event; it does not take the time away.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSidelinesTime, TheHostingOccasionSharesItsTime) {
  Doc d("Ana Ruiz met Ben Okafor for about 10 minutes on the sidelines of the conference near "
        "Lisbon in February, and in 2018 the two leaders signed a declaration at the palace.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("February", "2025-02").T("2018", "2018");
  bool met = false;
  for (const auto& e : d.Interactions()) {
    if (e.trigger != "met") continue;
    met = true;
    EXPECT_EQ(e.date, "2025-02");
  }
  EXPECT_TRUE(met);
}

}  // namespace
}  // namespace eg
