// Absolute dates in the common news forms, numbers as words, ordinals,
// decades and centuries, clock times. Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(AbsoluteDates, MonthDayYearForms) {
  EXPECT_EQ(Show("The treaty was signed on March 3, 2011, in Geneva."),
            "March 3, 2011=DATE:2011-03-03");
  EXPECT_EQ(Show("The treaty was signed on 3 March 2011."), "3 March 2011=DATE:2011-03-03");
  EXPECT_EQ(Show("It opened on Sept. 5, 1998 downtown."), "Sept. 5, 1998=DATE:1998-09-05");
  EXPECT_EQ(Show("The vote is on the 15th of October 2026."), "15th of October 2026=DATE:2026-10-15");
  EXPECT_EQ(Show("The filing is dated 2024-02-29 in the registry."), "2024-02-29=DATE:2024-02-29");
  EXPECT_EQ(Show("The memo is dated 7/4/2019 and signed."), "7/4/2019=DATE:2019-07-04");
}

TEST(AbsoluteDates, MonthAndYearAlone) {
  EXPECT_EQ(Show("Prices fell in August 1988 across Europe."), "August 1988=DATE:1988-08");
  EXPECT_EQ(Show("The mine closed in 1988."), "1988=DATE:1988");
  EXPECT_EQ(Show("They married in the winter of 1994."), "the winter of 1994=DATE:1994-WI");
  EXPECT_EQ(Show("Growth slowed in the third quarter of 1990."),
            "the third quarter of 1990=DATE:1990-Q3");
}

TEST(AbsoluteDates, YearlessDatesTakeTheNearestYear) {
  // Five weeks before the publication date, and four months after it.
  EXPECT_EQ(Show("The plant closed on July 14 after a fire."), "July 14=DATE:2025-07-14");
  EXPECT_EQ(Show("The court will rule by Dec. 12 at the latest."), "Dec. 12=DATE:2025-12-12");
  // Early in a year, a December date is last year's.
  EXPECT_EQ(Show("The strike began on Dec. 28, union leaders said.", date::year{2026} / 1 / 5),
            "Dec. 28=DATE:2025-12-28");
}

TEST(AbsoluteDates, NumbersAsWords) {
  EXPECT_EQ(Show("He was born in nineteen ninety-seven, officials said."),
            "nineteen ninety-seven=DATE:1997");
  EXPECT_EQ(Show("The talks lasted twenty-four hours."), "twenty-four hours=DURATION:PT24H");
  EXPECT_EQ(Show("She served two and a half years in prison."),
            "two and a half years=DURATION:P2Y6M");
  // A transcript's "nineteen ninety-six" is a year even without "in".
  EXPECT_EQ(Show("Atlanta nineteen ninety-six. A bomb went off."), "nineteen ninety-six=DATE:1996");
  EXPECT_EQ(Show("He counted nineteen hundred votes."), "");
  EXPECT_EQ(Show("They sold nineteen twenty-dollar bills."), "");
}

TEST(AbsoluteDates, DecadesAndCenturies) {
  EXPECT_EQ(Show("The factory was built in the 1970s."), "the 1970s=DATE:197");
  EXPECT_EQ(Show("Music of the '80s is back."), "the '80s=DATE:198");
  EXPECT_EQ(Show("It was the worst war of the 20th century."), "the 20th century=DATE:19");
  EXPECT_EQ(Show("Unemployment peaked in the early 1990s."), "the early 1990s=DATE:199");
  EXPECT_EQ(Show("The mill thrived in the 1950's and closed."), "the 1950's=DATE:195");
  // A past "00s" is a century; "the 2000s" names the decade (the 21st
  // century is still under way).
  EXPECT_EQ(Show("Canals were dug in the 1800s."), "the 1800s=DATE:18");
  EXPECT_EQ(Show("Housing boomed in the early 2000s."), "the early 2000s=DATE:200");
  EXPECT_EQ(Show("Phones changed in the 2000's."), "the 2000's=DATE:200");
}

TEST(AbsoluteDates, HalvesOfAYear) {
  EXPECT_EQ(Show("Sales rose in the first half of 1990."), "the first half of 1990=DATE:1990-H1");
  EXPECT_EQ(Show("Sales rose in the last half of 1989."), "the last half of 1989=DATE:1989-H2");
  EXPECT_EQ(Show("They scored in the last half of the game."), "");
}

// Two quarters counted from either end of a named year are its half; without
// the year they stay a span of two quarters.
TEST(AbsoluteDates, TwoQuartersOfAYearAreAHalf) {
  EXPECT_EQ(Show("Output will lag through the first two quarters of 1990."),
            "the first two quarters of 1990=DATE:1990-H1");
  EXPECT_EQ(Show("Sales fell in the last two quarters of 1989."),
            "the last two quarters of 1989=DATE:1989-H2");
  EXPECT_EQ(Show("Sales fell in the first two quarters."), "the first two quarters=DURATION:P2Q");
  EXPECT_EQ(Show("Sales fell in the last two quarters."), "the last two quarters=DURATION:P2Q");
}

TEST(AbsoluteDates, Holidays) {
  EXPECT_EQ(Show("The store closed on Christmas."), "Christmas=DATE:2024-12-25");
  EXPECT_EQ(Show("Sales rose before Thanksgiving."), "Thanksgiving=DATE:2024-11-28");
  EXPECT_EQ(Show("Voters go to the polls on Election Day."), "Election Day=DATE:2025-11-04");
  EXPECT_EQ(Show("He returned last Easter."), "last Easter=DATE:2025-04-20");
  EXPECT_EQ(Show("They met on New Year's Day 2001."), "New Year's Day 2001=DATE:2001-01-01");
}

TEST(AbsoluteDates, ClockTimes) {
  EXPECT_EQ(Show("The blast came at 10:35 a.m. Tuesday near the port."),
            "10:35 a.m. Tuesday=TIME:2025-08-19T10:35");
  EXPECT_EQ(Show("Polls close at 8 p.m. today."), "8 p.m. today=TIME:2025-08-20T20:00");
  // "at 9 a.m. on Monday": two expressions, the clock time on that Monday.
  EXPECT_EQ(Show("The envoy landed at 9 a.m. on Monday."),
            "9 a.m.=TIME:2025-08-18T09:00 | Monday=DATE:2025-08-18");
  EXPECT_EQ(Show("Voting ends at 6 p.m. on Sept. 3."),
            "6 p.m.=TIME:2025-09-03T18:00 | Sept. 3=DATE:2025-09-03");
  // "tonight" after a bare clock time puts it in the evening of the day.
  EXPECT_EQ(Show("The match kicks off at 7:45 tonight."), "7:45 tonight=TIME:2025-08-20T19:45");
  EXPECT_EQ(Show("The convoy left at 4 in the morning."), "4 in the morning=TIME:2025-08-20T04:00");
  EXPECT_EQ(Show("The market opened at noon on Monday."),
            "noon=TIME:2025-08-18T12:00 | Monday=DATE:2025-08-18");
}

TEST(AbsoluteDates, Ranges) {
  EXPECT_EQ(Show("The summit is on April 24 and 25, 2026."),
            "April 24=DATE:2026-04-24 | 25, 2026=DATE:2026-04-25");
  EXPECT_EQ(Show("Talks ran Aug. 5-7 in Doha."), "Aug. 5=DATE:2025-08-05 | 7=DATE:2025-08-07");
  EXPECT_EQ(Show("He ruled from 1990 to 1995 without a break."),
            "1990=DATE:1990 | 1995=DATE:1995");
  EXPECT_EQ(Show("Talks ran from Monday to Wednesday in Doha."),
            "Monday=DATE:2025-08-18 | Wednesday=DATE:2025-08-20");
}

}  // namespace
}  // namespace eg::testing
