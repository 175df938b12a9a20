// Days of the month spelled out, as broadcast transcripts and quotations
// write them: "March eighth", "May the first", "the twelfth of June",
// "August thirty-first". Publication date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(SpelledDays, MonthThenOrdinal) {
  EXPECT_EQ(Show("The harvest fair opens on September fifth."),
            "September fifth=DATE:2025-09-05");
  EXPECT_EQ(Show("Lifeguards return on September the second."),
            "September the second=DATE:2025-09-02");
  EXPECT_EQ(Show("The ferry strike ends on August thirty-first, 2026."),
            "August thirty-first, 2026=DATE:2026-08-31");
  // After a weekday: one expression.
  EXPECT_EQ(Show("The parade is this coming Sunday, August twenty-fourth."),
            "this coming Sunday, August twenty-fourth=DATE:2025-08-24");
}

TEST(SpelledDays, OrdinalOfMonth) {
  EXPECT_EQ(Show("The museum reopens on the twelfth of October."),
            "twelfth of October=DATE:2025-10-12");
}

TEST(SpelledDays, OrdinalThatIsNoDay) {
  // An adverb or an adjective after the month.
  EXPECT_EQ(Show("In June first reports of the leak reached the council."),
            "June=DATE:2025-06");
  EXPECT_EQ(Show("The first of the barges sank."), "");
}

}  // namespace
}  // namespace eg::testing
