// Durations and sets. Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(Durations, CountedUnits) {
  EXPECT_EQ(Show("He served three years in prison."), "three years=DURATION:P3Y");
  EXPECT_EQ(Show("The strike lasted 45 days."), "45 days=DURATION:P45D");
  EXPECT_EQ(Show("The flight took 5 1/2 hours."), "5 1/2 hours=DURATION:PT5H30M");
  EXPECT_EQ(Show("They talked for 20 minutes."), "20 minutes=DURATION:PT20M");
  EXPECT_EQ(Show("It took a decade to rebuild."), "a decade=DURATION:P10Y");
}

TEST(Durations, HalvesAndRanges) {
  EXPECT_EQ(Show("The speech lasted an hour and a half."), "an hour and a half=DURATION:PT1H30M");
  EXPECT_EQ(Show("She waited a year and a half for a visa."),
            "a year and a half=DURATION:P1Y6M");
  // A count of a unit and one of the next smaller: one span.
  EXPECT_EQ(Show("They talked for about an hour and forty minutes."),
            "about an hour and forty minutes=DURATION:PT1H40M");
  EXPECT_EQ(Show("He served two years and six months."), "two years and six months=DURATION:P2Y6M");
  EXPECT_EQ(Show("The siege lasted a week and three days."),
            "a week and three days=DURATION:P10D");
  EXPECT_EQ(Show("They met for an hour and then left."), "an hour=DURATION:PT1H");
  // "half a/an UNIT" counts one half; weeks keep ISO 8601's decimal fraction.
  EXPECT_EQ(Show("The meeting lasted half an hour."), "half an hour=DURATION:PT30M");
  EXPECT_EQ(Show("He was gone for half a year."), "half a year=DURATION:P6M");
  EXPECT_EQ(Show("Talks lasted half a day."), "half a day=DURATION:PT12H");
  EXPECT_EQ(Show("The strike lasted three and a half weeks."),
            "three and a half weeks=DURATION:P3.5W");
  // Not a count: "half a dozen", "half of the year".
  EXPECT_EQ(Show("Half a dozen envoys came."), "");
  EXPECT_EQ(Show("Half the year was lost."), "the year=DATE:2025");
  // A range is one expression, valued by its first number as "two or three" is.
  EXPECT_EQ(Show("Repairs will take two to three weeks."), "two to three weeks=DURATION:P2W");
  EXPECT_EQ(Show("The loan runs 12 to 18 months."), "12 to 18 months=DURATION:P12M");
}

TEST(Durations, AdjectivesAndVagueCounts) {
  EXPECT_EQ(Show("They signed a two-year contract."), "two-year=DURATION:P2Y");
  EXPECT_EQ(Show("The 30-day truce expired."), "30-day=DURATION:P30D");
  EXPECT_EQ(Show("Talks went on for several months."), "several months=DURATION:PXM");
  EXPECT_EQ(Show("It lasted a few days."), "a few days=DURATION:PXD");
  EXPECT_EQ(Show("The war has raged for years."), "years=DURATION:PXY");
}

TEST(Durations, LongAdjectivesAndQualifiedUnits) {
  EXPECT_EQ(Show("They ended a day-long meeting."), "day-long=DURATION:P1D");
  EXPECT_EQ(Show("It ended a decades-long feud."), "decades-long=DURATION:PXY");
  EXPECT_EQ(Show("The index fell for eight trading days."), "eight trading days=DURATION:P8D");
  EXPECT_EQ(Show("The loan runs for an additional year."), "an additional year=DURATION:P1Y");
  EXPECT_EQ(Show("Troops will arrive within weeks."), "weeks=DURATION:PXW");
}

TEST(Durations, PastAndNextPeriods) {
  EXPECT_EQ(Show("Prices rose in the past three months."), "the past three months=DURATION:P3M");
  EXPECT_EQ(Show("Output will grow over the next two years."), "the next two years=DURATION:P2Y");
  EXPECT_EQ(Show("Trade fell in recent years."), "recent years=DURATION:PXY");
  EXPECT_EQ(Show("He waited nearly two hours."), "nearly two hours=DURATION:PT2H");
}

TEST(Durations, VagueStretchesWithTheDefiniteArticle) {
  EXPECT_EQ(Show("Over the years the town has grown."), "the years=DURATION:PXY");
  EXPECT_EQ(Show("The rebels grew stronger in the years that followed."),
            "the years=DURATION:PXY");
  EXPECT_EQ(Show("In the decades since, the port has declined."), "the decades=DURATION:PXY");
  // Not a stretch: the years of a count, or of an event ("the days before").
  EXPECT_EQ(Show("In the years of war, trade collapsed."), "");
  EXPECT_EQ(Show("He was seen in the days before the attack."), "");
}

TEST(Durations, OpeningStretches) {
  // "the first hours of", "the early years": the opening stretch of
  // something, of unknown length.
  EXPECT_EQ(Show("Dozens of villages fell in the first hours of the offensive."),
            "the first hours=DURATION:PTXH");
  EXPECT_EQ(Show("The clinic struggled in the early years, its founder said."),
            "the early years=DURATION:PXY");
  EXPECT_EQ(Show("The first weeks of the strike were calm."), "The first weeks=DURATION:PXW");
  // "the early hours" is a time of night, not a stretch; a count stays
  // the counted duration.
  EXPECT_EQ(Show("The storm hit the coast in the early hours."), "");
  EXPECT_EQ(Show("Sales rose in the first nine months."), "the first nine months=DURATION:P9M");
}

TEST(Durations, StretchASuperlativeIsMeasuredOver) {
  // "for the first time in years", "the lowest level in decades": a
  // stretch of unknown length; "in years" elsewhere is no time.
  EXPECT_EQ(Show("Exports grew for the first time in years."), "years=DURATION:PXY");
  EXPECT_EQ(Show("The lira fell to its lowest level in decades."), "decades=DURATION:PXY");
  EXPECT_EQ(Show("Her interest in years of data grew."), "");
}

TEST(Durations, AWhile) {
  // "a while": a stretch of unknown length and unit; "a while ago" the
  // vague past; "once in a while" and the conjunction are no times.
  EXPECT_EQ(Show("The road will stay closed for a while."), "a while=DURATION:PXX");
  EXPECT_EQ(Show("She moved to Lyon a while ago."), "a while ago=DATE:PAST_REF");
  EXPECT_EQ(Show("He calls his mother once in a while."), "");
  EXPECT_EQ(Show("While the talks went on, prices fell."), "");
}

TEST(Durations, AgesAndRatesAreNotTimes) {
  EXPECT_EQ(Show("A 6-year-old boy was rescued."), "");
  EXPECT_EQ(Show("The senator, 52 years old, resigned."), "");
  EXPECT_EQ(Show("The plan saves $500 million a year."), "");
  // "annually" after an amount is the rate of that amount too.
  EXPECT_EQ(Show("Sales should grow 8% annually."), "");
  EXPECT_EQ(Show("The plant will build 5,000 cars annually."), "");
  EXPECT_EQ(Show("The firm has doubled its profits annually."), "");
  // After a verb it is a frequency.
  EXPECT_EQ(Show("The board meets annually."), "annually=SET:P1Y");
  EXPECT_EQ(Show("Take the pill three times daily."), "daily=SET:P1D");
}

TEST(Sets, PastSeasons) {
  // "the past summers", "the last three winters": every such season of a
  // stretch, a set.
  EXPECT_EQ(Show("Floods have hit the valley in the past summers."),
            "the past summers=SET:XXXX-SU");
  EXPECT_EQ(Show("Floods have hit the valley in the past three summers."),
            "the past three summers=SET:XXXX-SU");
  EXPECT_EQ(Show("The lake froze in the last two winters."), "the last two winters=SET:XXXX-WI");
}

TEST(Sets, FrequencyExpressions) {
  EXPECT_EQ(Show("The paper is printed every week."), "every week=SET:P1W");
  EXPECT_EQ(Show("The council meets weekly."), "weekly=SET:P1W");
  EXPECT_EQ(Show("Flights leave each Thursday."), "each Thursday=SET:XXXX-WXX-4");
  EXPECT_EQ(Show("Prices are checked daily."), "daily=SET:P1D");
  EXPECT_EQ(Show("The market opens on Mondays."), "Mondays=SET:XXXX-WXX-1");
  EXPECT_EQ(Show("They meet twice a year."), "twice a year=SET:P1Y");
  EXPECT_EQ(Show("The festival is held every July."), "every July=SET:XXXX-07");
  // A weekday with a plural part of the day: every such evening.
  EXPECT_EQ(Show("The show airs Sunday mornings."), "Sunday mornings=SET:XXXX-WXX-7TMO");
  EXPECT_EQ(Show("Trains run Friday and Saturday nights."),
            "Friday=SET:XXXX-WXX-5TNI | Saturday nights=SET:XXXX-WXX-6TNI");
  EXPECT_EQ(Show("He spoke Monday night."), "Monday night=TIME:2025-08-18TNI");
}

}  // namespace
}  // namespace eg::testing
