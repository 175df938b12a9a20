// TimeML extents (no leading preposition; determiners and modifiers kept) and
// things that look like dates but are not. Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(Extents, NoLeadingPreposition) {
  EXPECT_EQ(Show("They met on Monday."), "Monday=DATE:2025-08-18");
  EXPECT_EQ(Show("It rained during the last week."), "the last week=DATE:2025-W33");
  EXPECT_EQ(Show("Snow fell in early December."), "early December=DATE:2024-12");
  EXPECT_EQ(Show("Stocks fell since the end of 1990."), "the end of 1990=DATE:1990");
  EXPECT_EQ(Show("Inflation rose by about two years ago."), "about two years ago=DATE:2023");
}

TEST(Extents, DeterminerOfTheFollowingNounIsLeftOut) {
  EXPECT_EQ(Show("He will miss the Oct. 23 deadline."), "Oct. 23=DATE:2025-10-23");
  EXPECT_EQ(Show("He missed the Oct. 23 deadline."), "Oct. 23=DATE:2024-10-23");
  EXPECT_EQ(Show("They signed a two-year deal."), "two-year=DURATION:P2Y");
  EXPECT_EQ(Show("Friday's vote was close."), "Friday=DATE:2025-08-15");
}

TEST(Extents, SentenceFinalPeriodOfAbbreviations) {
  EXPECT_EQ(Show("The polls closed at 8 p.m. Counting began."), "8 p.m=TIME:2025-08-20T20:00");
}

TEST(NonDates, WeekdayInANameAndMilitaryTime) {
  EXPECT_EQ(Show("The story ran in The Sunday Telegraph."), "");
  // A four-digit number before a time zone is a clock time, never a year.
  EXPECT_EQ(Show("The shelling began at 0400 GMT."), "0400 GMT=TIME:2025-08-20T04:00");
  EXPECT_EQ(Show("The shelling began at 1900 GMT on Sunday."),
            "1900 GMT=TIME:2025-08-17T19:00 | Sunday=DATE:2025-08-17");
}

TEST(NonDates, ModalMayAndNames) {
  EXPECT_EQ(Show("May I ask a question?"), "");
  EXPECT_EQ(Show("Officials say it may rain."), "");
  EXPECT_EQ(Show("Theresa May resigned as leader."), "");
  EXPECT_EQ(Show("The march on Washington drew crowds."), "");
}

TEST(NonDates, MoneyPercentagesCountsAndSlogans) {
  EXPECT_EQ(Show("Tickets cost $10 and 2000 people came."), "");
  EXPECT_EQ(Show("Turnout was 10% higher."), "");
  EXPECT_EQ(Show("Supporters chanted Trump 2024 outside."), "");
  EXPECT_EQ(Show("The team won 3-2 at home."), "");
  EXPECT_EQ(Show("The fund holds $1999 in cash."), "");
  EXPECT_EQ(Show("Police said 1500 troops were deployed."), "");
}

TEST(NonDates, TodayAsThePresentAge) {
  EXPECT_EQ(Show("Such rules make no sense in today's world."), "");
  EXPECT_EQ(Show("Many of today's phones are cheap."), "");
  EXPECT_EQ(Show("Today's vote was close."), "Today=DATE:2025-08-20");
  // "the leaders of tomorrow": the future in general.
  EXPECT_EQ(Show("She spoke to the leaders of tomorrow."), "");
  EXPECT_EQ(Show("It hangs on the mood of tomorrow's crowd."), "tomorrow=DATE:2025-08-21");
}

TEST(NonDates, TheFutureOfSomething) {
  // What becomes of something, not a time; "in the future" still is one.
  EXPECT_EQ(Show("Leaders met to discuss the future of the alliance."), "");
  EXPECT_EQ(Show("The future of the mine is unclear."), "");
  EXPECT_EQ(Show("The mine may close in the future."), "the future=DATE:FUTURE_REF");
}

TEST(NonDates, UnitToUnitAdjectives) {
  EXPECT_EQ(Show("The quarter-to-quarter comparison was weak."), "");
  EXPECT_EQ(Show("Sales rose on a year-to-year basis."), "");
  EXPECT_EQ(Show("Sales rose in the quarter - to be precise."), "the quarter=DATE:2025-Q2");
}

TEST(NonDates, TitlesAndIdioms) {
  // A capitalised "Today" closing a name: a paper or a programme.
  EXPECT_EQ(Show("She told USA Today about the deal."), "");
  EXPECT_EQ(Show("This is VOA Today."), "");
  EXPECT_EQ(Show("The court, Today, ruled."), "Today=DATE:2025-08-20");
  // "high noon", the idiom.
  EXPECT_EQ(Show("For the union, high noon comes today."), "today=DATE:2025-08-20");
  EXPECT_EQ(Show("The talks begin at noon."), "noon=TIME:2025-08-20T12:00");
  // A march named in quotes.
  EXPECT_EQ(Show("She led the ``March of the Mothers'' downtown."), "");
  EXPECT_EQ(Show("She led the \"March for Peace\" downtown."), "");
}

TEST(NonDates, BareNumbersAndSeasonsAsVerbs) {
  EXPECT_EQ(Show("He scored 17 points in 24 games."), "");
  EXPECT_EQ(Show("Prices could fall further."), "");
  EXPECT_EQ(Show("A spring of fresh water."), "");
  EXPECT_EQ(Show("He recalled the fall of the Berlin Wall."), "");
}

}  // namespace
}  // namespace eg::testing
