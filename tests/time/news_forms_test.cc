// Date forms of present-day news that the 1989-2000 training text rarely
// holds: "Q3 2025", "H1", day ranges before the month ("14-15 July").
// Publication date Wed 2025-08-20 unless a test gives another.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(NewsForms, QuarterAndHalfAbbreviationsWithAYear) {
  EXPECT_EQ(Show("Sales rose in Q3 2025."), "Q3 2025=DATE:2025-Q3");
  EXPECT_EQ(Show("Results for Q2 of 2024 were weak."), "Q2 of 2024=DATE:2024-Q2");
  EXPECT_EQ(Show("The H1 2023 figures disappointed."), "H1 2023=DATE:2023-H1");
}

TEST(NewsForms, BareQuarterAbbreviationFollowsTheTense) {
  // Like "the fourth quarter": told in the past, before the publication
  // quarter's end, it is last year's.
  EXPECT_EQ(Show("Profit fell in Q4."), "Q4=DATE:2024-Q4");
  EXPECT_EQ(Show("Sales will rise in Q4."), "Q4=DATE:2025-Q4");
  EXPECT_EQ(Show("Margins improved in H1."), "H1=DATE:2025-H1");
}

TEST(NewsForms, QuarterAbbreviationThatIsAName) {
  // A model name, a heading tag, lower case: no period of the year.
  EXPECT_EQ(Show("The Audi Q3 sold well."), "");
  EXPECT_EQ(Show("Use an H1 tag for the title."), "");
  EXPECT_EQ(Show("The q3 button was broken."), "");
}

TEST(NewsForms, DayRangeBeforeTheMonth) {
  // British and wire style: each day of "14-15 July" is a date of July.
  EXPECT_EQ(Show("Officials met on 14-15 July."),
            "14=DATE:2025-07-14 | 15 July=DATE:2025-07-15");
  EXPECT_EQ(Show("Talks ran from 14 to 15 July 2024."),
            "14=DATE:2024-07-14 | 15 July 2024=DATE:2024-07-15");
  EXPECT_EQ(Show("Voting took place on 2 and 3 May."),
            "2=DATE:2025-05-02 | 3 May=DATE:2025-05-03");
}

TEST(NewsForms, NumbersBeforeADayMonthThatAreNoRange) {
  // A descending pair, or a number inside a longer numeric run.
  EXPECT_EQ(Show("The score was 20-15 July was hot."), "15 July=DATE:2025-07-15");
  EXPECT_EQ(Show("Code 2-14-15 July was filed."), "15 July=DATE:2025-07-15");
}

TEST(NewsForms, ClockTimeWithADot) {
  // British style: "2.30pm" is 14:30 on the reference day.
  EXPECT_EQ(Show("The blast happened at 2.30pm."), "2.30pm=TIME:2025-08-20T14:30");
  EXPECT_EQ(Show("Polls open at 7.00am."), "7.00am=TIME:2025-08-20T07:00");
  EXPECT_EQ(Show("It ended at 12.15am GMT."), "12.15am GMT=TIME:2025-08-20T00:15");
  EXPECT_EQ(Show("He spoke at 10.45 a.m. on Monday."),
            "10.45 a.m.=TIME:2025-08-18T10:45 | Monday=DATE:2025-08-18");
}

TEST(NewsForms, WireFourDigitClockWithItsTimeZone) {
  EXPECT_EQ(Show("Markets closed at 2100 GMT."), "2100 GMT=TIME:2025-08-20T21:00");
  // In brackets it restates the local time; alone, a number is no time.
  EXPECT_EQ(Show("The blast came at 10 a.m. (0700 GMT)."), "10 a.m.=TIME:2025-08-20T10:00");
  EXPECT_EQ(Show("He paid 1500 EUR."), "");
  EXPECT_EQ(Show("The strike lasted until 2460 GMT."), "");
  EXPECT_EQ(Show("The flight left at 1300."), "");
}

TEST(NewsForms, ClockTimeReadInHours) {
  // Armies and official briefings: "15:35 hours", "at 1700 hours".
  EXPECT_EQ(Show("The officer called him at 15:35 hours."),
            "15:35 hours=TIME:2025-08-20T15:35");
  EXPECT_EQ(Show("Firing stopped from 1700 hours."), "1700 hours=TIME:2025-08-20T17:00");
  // Counted hours stay durations, and so does a number that is no clock.
  EXPECT_EQ(Show("The crew logged 1700 hours of flight time."), "1700 hours=DURATION:PT1700H");
  EXPECT_EQ(Show("They talked for 1200 hours."), "1200 hours=DURATION:PT1200H");
  EXPECT_EQ(Show("It lasted until 2575 hours."), "2575 hours=DURATION:PT2575H");
}

TEST(NewsForms, ClockTimeOnADayBeforeTheMonth) {
  // The clock time lies on the date after "on", written day first too.
  EXPECT_EQ(Show("He called at 15:35 hours on 10th May."),
            "15:35 hours=TIME:2025-05-10T15:35 | 10th May=DATE:2025-05-10");
  EXPECT_EQ(Show("They met at 9 a.m. on 12 August."),
            "9 a.m.=TIME:2025-08-12T09:00 | 12 August=DATE:2025-08-12");
}

TEST(NewsForms, DayAndAbbreviatedMonthWithoutAPeriod) {
  EXPECT_EQ(Show("They met on 15 Aug in Paris."), "15 Aug=DATE:2025-08-15");
  EXPECT_EQ(Show("On Tuesday 12 Aug the envoy came."), "Tuesday 12 Aug=DATE:2025-08-12");
  EXPECT_EQ(Show("Talks on 3 Sept were held."), "3 Sept=DATE:2025-09-03");
  // "Jan" before a capitalised name is a first name.
  EXPECT_EQ(Show("He scored 3 Jan Smith goals."), "");
}

TEST(NewsForms, DecimalNumbersAreNoClockTimes) {
  // Without am/pm a dotted number is an amount; no hour 13 takes pm.
  EXPECT_EQ(Show("Fares rose 2.30 overall."), "");
  EXPECT_EQ(Show("Shares cost 13.50pm."), "");
  EXPECT_EQ(Show("The index rose 2.3pm."), "");
}

TEST(NewsForms, OvernightIsTheNightBeforeTheReferenceDay) {
  EXPECT_EQ(Show("Drones struck the capital overnight."), "overnight=TIME:2025-08-19TNI");
  EXPECT_EQ(Show("Overnight, shelling killed two people."), "Overnight=TIME:2025-08-19TNI");
  // The night before publication, wherever the narrative is; it does not
  // move the narrative either.
  EXPECT_EQ(Show("Talks began on Aug. 4. Drones struck overnight. A day later, talks ended."),
            "Aug. 4=DATE:2025-08-04 | overnight=TIME:2025-08-19TNI | "
            "A day=DURATION:P1D@2025-08-05");
}

TEST(NewsForms, OvernightDescribingAThingIsNoTime) {
  EXPECT_EQ(Show("He booked an overnight stay."), "");
  EXPECT_EQ(Show("Overnight rates rose."), "");
  EXPECT_EQ(Show("It was the overnight train."), "");
}

TEST(NewsForms, SpanOfYears) {
  // Budget years, seasons, wars: each year of the span is a date.
  EXPECT_EQ(Show("Revenue grew in 2024-25."), "2024=DATE:2024 | 25=DATE:2025");
  EXPECT_EQ(Show("The 1939-45 war changed Europe."), "1939=DATE:1939 | 45=DATE:1945");
  EXPECT_EQ(Show("Rates rose in 2019-2021."), "2019=DATE:2019 | 2021=DATE:2021");
}

TEST(NewsForms, NumbersAfterAYearThatAreNoSpan) {
  // Two digits up to 12 may be an ISO month; a percentage is an amount; a
  // number before the year is a code.
  EXPECT_EQ(Show("Spending fell in 2011-12."), "2011=DATE:2011");
  EXPECT_EQ(Show("Prices rose 2024-30%."), "2024=DATE:2024");
  EXPECT_EQ(Show("Code 1-2025 was used."), "");
  EXPECT_EQ(Show("The 2020-95 figure is odd."), "2020=DATE:2020");
}

TEST(NewsForms, FiscalYearInOneWord) {
  EXPECT_EQ(Show("Revenue for FY2025 rose; FY26 looks weaker."),
            "FY2025=DATE:2025 | FY26=DATE:2026");
  EXPECT_EQ(Show("Plans for FY 2027 were cut."), "FY 2027=DATE:2027");
  EXPECT_EQ(Show("Sales in Q3 FY2024 fell."), "Q3 FY2024=DATE:2024-Q3");
  // Lower case: a code, not a year.
  EXPECT_EQ(Show("The file fy2025 was lost."), "");
}

TEST(NewsForms, SomeDaysAfterTheComingWeekday) {
  // Wednesday 2025-08-20: the coming Friday is the 22nd.
  EXPECT_EQ(Show("The vote is a week from Friday."), "a week from Friday=DATE:2025-08-29");
  EXPECT_EQ(Show("The vote is a week on Friday."), "a week on Friday=DATE:2025-08-29");
  EXPECT_EQ(Show("Talks end two weeks from Tuesday."), "two weeks from Tuesday=DATE:2025-09-09");
  // A possessive is the thing worked on, not a date.
  EXPECT_EQ(Show("He spent a week on Friday's report."),
            "a week=DURATION:P1W | Friday=DATE:2025-08-15");
}

TEST(NewsForms, TheYearToAMonth) {
  // Twelve months up to June, not the calendar year.
  EXPECT_EQ(Show("Inflation rose 3% in the year to June."),
            "the year=DURATION:P1Y | June=DATE:2025-06");
  EXPECT_EQ(Show("Inflation rose 3% this year."), "this year=DATE:2025");
}

}  // namespace
}  // namespace eg::testing
