// A story told years back (HeidelTime's narrative reference time): its
// months without a year, its days counted from it and its seasons are of
// the narrative's year, not the publication's; an aside is not a story.
// Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(NarrativeYearsBack, AMonthWithoutAYearIsOfTheStorysYear) {
  EXPECT_EQ(Show("The breakthrough came in March 1991, when the envoy flew to Cairo. The two "
                 "men held talks there on March 12."),
            "March 1991=DATE:1991-03 | March 12=DATE:1991-03-12");
  // The story moves on from its month: the next July, not one before.
  EXPECT_EQ(Show("In April 1984 the minister met the premier. The talks went badly that "
                 "summer. In July, he returned."),
            "April 1984=DATE:1984-04 | that summer=DATE:1984-SU | July=DATE:1984-07");
}

TEST(NarrativeYearsBack, AnAsideIsNoStory) {
  // A date modifying a noun, a year alone, a new paragraph after the
  // aside: the publication's year.
  EXPECT_EQ(Show("The strike recalled the June 2019 cease-fire, which he had signed. The "
                 "envoys met again on June 3."),
            "June 2019=DATE:2019-06 | June 3=DATE:2025-06-03");
  EXPECT_EQ(Show("When the team lost the final in February 2023, nobody called.\n\nThe coach "
                 "has kept his distance since. Asked in February whether he would go, he "
                 "said no."),
            "February 2023=DATE:2023-02 | February=DATE:2025-02");
  // The sentence just before, in the paragraph before, is no story either.
  EXPECT_EQ(Show("The accord was signed in September 1995.\n\nThe leader was stripped of his "
                 "post in August."),
            "September 1995=DATE:1995-09 | August=DATE:2025-08");
  // Counted in decades from a month, the narrative reaches a year.
  EXPECT_EQ(Show("The accord was signed in September 1995. Three decades later, it holds."),
            "September 1995=DATE:1995-09 | Three decades=DURATION:P30Y@2025");
}

// "The next day, ..." goes on from the story's time, even one named in an
// aside: the story is told there, and the next paragraph's month without a
// year goes on with it.
TEST(NarrativeYearsBack, AStoryGoneOnFromCrossesItsParagraph) {
  EXPECT_EQ(Show("The book opens with the floods of 12 March 2019. The next day, she writes, "
                 "the premier phoned her.\n\nOn 1 April, she flew to Tokyo."),
            "12 March 2019=DATE:2019-03-12 | The next day=DATE:2019-03-13 | 1 April=DATE:2019-04-01");
  // Without the story going on, the new paragraph is back in the present.
  EXPECT_EQ(Show("The book opens with the floods of 12 March 2019. The premier phoned her."
                 "\n\nOn 1 April, she flew to Tokyo."),
            "12 March 2019=DATE:2019-03-12 | 1 April=DATE:2025-04-01");
}

// A season of a year years back, the time of a clause, is a story's time
// too: its month without a year is of that year (spring to autumn).
TEST(NarrativeYearsBack, ASeasonOfAYearGivesItsMonthThatYear) {
  EXPECT_EQ(Show("The two leaders met in the hill town in the summer of 1972. On July 2 they "
                 "signed an accord."),
            "the summer of 1972=DATE:1972-SU | July 2=DATE:1972-07-02");
  // A season naming a noun's time is an aside.
  EXPECT_EQ(Show("The leaders recalled the summer of 1972 talks. On July 2 they signed an accord."),
            "the summer of 1972=DATE:1972-SU | July 2=DATE:2025-07-02");
}

TEST(NarrativeYearsBack, YearsAgoTodayIsADayAStoryGoesOnFrom) {
  EXPECT_EQ(Show("Fifty years ago today, the leaders signed the accord. Ford met Brezhnev on "
                 "July 30."),
            "Fifty years ago today=DATE:1975-08-20 | July 30=DATE:1975-07-30");
  // Without "today", the year back.
  EXPECT_EQ(Show("Fifty years ago, the leaders signed the accord."), "Fifty years ago=DATE:1975");
}

// "a line which diplomats still quote today": the present in a relative
// clause is an aside the narrative of the past does not return to.
TEST(NarrativeYearsBack, TodayInARelativeClauseIsAnAside) {
  EXPECT_EQ(Show("The leaders first met on Nov. 19, 1985. They signed a statement, which "
                 "diplomats still quote today. The leaders met again the following October."),
            "Nov. 19, 1985=DATE:1985-11-19 | today=DATE:2025-08-20 | the following "
            "October=DATE:1986-10");
}

TEST(NarrativeYearsBack, ADayCountedBackInTheStorysYear) {
  // "forty years ago" takes the story back to the day of 1985 it told,
  // not to the Tuesday told since.
  EXPECT_EQ(Show("The leaders first met on Nov. 19, 1985. On Tuesday evening, the minister "
                 "dined with the interpreters. They recalled the first morning forty years "
                 "ago. The following day, the ministers worked late."),
            "Nov. 19, 1985=DATE:1985-11-19 | Tuesday evening=DATE:2025-08-19 | forty years "
            "ago=DATE:1985 | The following day=DATE:1985-11-20");
}

}  // namespace
}  // namespace eg::testing
