// "on the 15th": a day of the month spoken of, and bare plural units before
// "later"/"earlier" ("Days later"). Publication date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(DayOfMonth, PublicationMonthMovedByTheTense) {
  EXPECT_EQ(Show("The council voted on the 12th."), "the 12th=DATE:2025-08-12");
  EXPECT_EQ(Show("The council votes again on the 12th."), "the 12th=DATE:2025-09-12");
  // Ahead of the 20th but told in the past: last month's.
  EXPECT_EQ(Show("The ship was hit on the 25th."), "the 25th=DATE:2025-07-25");
  // Behind the 20th but still to come: next month's.
  EXPECT_EQ(Show("The court will rule by the 3rd."), "the 3rd=DATE:2025-09-03");
}

TEST(DayOfMonth, TheMonthOfTheNarrative) {
  EXPECT_EQ(Show("In March, the board met twice. It voted on the 15th and the 28th."),
            "March=DATE:2025-03 | the 15th=DATE:2025-03-15 | the 28th=DATE:2025-03-28");
}

TEST(DayOfMonth, ADashClosesTheDay) {
  EXPECT_EQ(Show("The council voted on the 12th \xE2\x80\x94 that was the long session."),
            "the 12th=DATE:2025-08-12");
  EXPECT_EQ(Show("The council voted on the 12th \xE2\x80\x93 narrowly."),
            "the 12th=DATE:2025-08-12");
}

TEST(DayOfMonth, ToldInThePastNotAfterThePublication) {
  // A month ahead spoken of just before does not carry a past day past the
  // publication date (Wed 2025-08-20).
  EXPECT_EQ(Show("The vote is due next month. The council met on the 12th."),
            "next month=DATE:2025-09 | the 12th=DATE:2025-08-12");
}

TEST(DayOfMonth, OrdinalsThatAreNoDays) {
  EXPECT_EQ(Show("He lives on the 15th floor."), "");
  EXPECT_EQ(Show("The 3rd Infantry crossed on foot."), "");
  EXPECT_EQ(Show("It was built in the 12th century."), "the 12th century=DATE:11");
  // No preposition of time: a rank.
  EXPECT_EQ(Show("She finished the 15th, behind him."), "");
}

TEST(BarePluralUnits, LaterAndEarlierMakeAVagueDuration) {
  EXPECT_EQ(Show("Days later, the rebels attacked."), "Days=DURATION:PXD");
  EXPECT_EQ(Show("The army had withdrawn weeks earlier."), "weeks=DURATION:PXW");
  EXPECT_EQ(Show("Years later he returned."), "Years=DURATION:PXY");
  // Counted, it keeps the anchored date beside the duration.
  EXPECT_EQ(Show("On Monday they met. Two days later they left."),
            "Monday=DATE:2025-08-18 | Two days=DURATION:P2D@2025-08-20");
}

}  // namespace
}  // namespace eg::testing
