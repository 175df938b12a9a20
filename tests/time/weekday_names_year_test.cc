// A day named with its weekday and no year ("Friday, June 8") takes the
// year in which it falls on that weekday: the publication year's, else the
// narrative's. Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(WeekdayNamesYear, TheNarrativesYearWhenOnlyItFits) {
  // 8 June 2018 was a Friday; 8 June 2025 is a Sunday.
  EXPECT_EQ(Show("In 2018 the ministers met in Quebec on the opening day, Friday, June 8, and "
                 "left the next morning."),
            "2018=DATE:2018 | Friday, June 8=DATE:2018-06-08 | the next morning=DATE:2018-06-09");
  // 7 July 2005 was a Thursday; the narrative stands in 2005.
  EXPECT_EQ(Show("On July 6, 2005, the leaders arrived. On Thursday, July 7, the talks began."),
            "July 6, 2005=DATE:2005-07-06 | Thursday, July 7=DATE:2005-07-07");
}

TEST(WeekdayNamesYear, ThePublicationYearWhenItFits) {
  // 15 August 2025 is a Friday: the narrative's 2018 does not take it.
  EXPECT_EQ(Show("In 2018 they first met. On Friday, Aug. 15, they met again."),
            "2018=DATE:2018 | Friday, Aug. 15=DATE:2025-08-15");
}

TEST(WeekdayNamesYear, AWeekdayThatFitsNeitherYearIsKeptAsWritten) {
  // 9 June is a Monday in 2025 and a Saturday in 2018: a slip of the pen,
  // not a third year.
  EXPECT_EQ(Show("In 2018 they first met. On Tuesday, June 9, they met again."),
            "2018=DATE:2018 | Tuesday, June 9=DATE:2025-06-09");
}

}  // namespace
}  // namespace eg::testing
