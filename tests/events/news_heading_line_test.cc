// A heading line of a diary or a weekly round-up ("Friday: Uzhhorod",
// "Thursday: the coalition in Paris") dates what the paragraph under it
// tells; a full sentence with a time on the line before does not head it.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using testing::PairDate;

TEST(NewsHeadingLine, AHeadingDatesItsParagraph) {
  Doc a("Markets were calm all week.\n\nFriday: Porto\n\nRuiz met Okafor in the old town.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  EXPECT_EQ(PairDate(a), "2025-08-15");

  Doc b("Markets were calm all week.\n\nThursday: the talks in Porto\n\nRuiz met Okafor in the "
        "old town.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-14");
  EXPECT_EQ(PairDate(b), "2025-08-14");
}

TEST(NewsHeadingLine, ASentenceIsNoHeading) {
  Doc a("Markets were calm all week.\n\nFriday: nothing happened.\n\nRuiz met Okafor in the old "
        "town.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  EXPECT_NE(PairDate(a), "2025-08-15");
}

}  // namespace
}  // namespace eg
