// Deictic expressions resolved against the publication date (Wed 2025-08-20),
// and the direction of bare weekdays and months from the tense.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(Deictic, DaysAroundThePublicationDate) {
  EXPECT_EQ(Show("The minister resigned yesterday."), "yesterday=DATE:2025-08-19");
  EXPECT_EQ(Show("The minister resigns today."), "today=DATE:2025-08-20");
  EXPECT_EQ(Show("The minister will resign tomorrow."), "tomorrow=DATE:2025-08-21");
  EXPECT_EQ(Show("Rockets hit the city last night."), "last night=TIME:2025-08-19TNI");
  EXPECT_EQ(Show("He will speak tonight."), "tonight=TIME:2025-08-20TNI");
  EXPECT_EQ(Show("Shares fell this morning."), "this morning=TIME:2025-08-20TMO");
  EXPECT_EQ(Show("Police said yesterday afternoon that two men fled."),
            "yesterday afternoon=TIME:2025-08-19TAF");
}

TEST(Deictic, CountedDayOfAnEventToday) {
  // "the fifth day of the strike", said of the present: the publication date.
  EXPECT_EQ(Show("It is the fifth day of the strike."), "the fifth day=DATE:2025-08-20");
  EXPECT_EQ(Show("It's the second day of the siege."), "the second day=DATE:2025-08-20");
  EXPECT_EQ(Show("Today is the tenth day of the blockade."),
            "Today=DATE:2025-08-20 | the tenth day=DATE:2025-08-20");
  // Not said of the present: no date to give it.
  EXPECT_EQ(Show("The third day of the talks was tense."), "");
  EXPECT_EQ(Show("It was the third day of the talks."), "");
}

TEST(Deictic, CalendarUnits) {
  EXPECT_EQ(Show("The deal was signed last week."), "last week=DATE:2025-W33");
  EXPECT_EQ(Show("Prices rose this month."), "this month=DATE:2025-08");
  EXPECT_EQ(Show("Elections are due next year."), "next year=DATE:2026");
  EXPECT_EQ(Show("Sales fell last year."), "last year=DATE:2024");
  EXPECT_EQ(Show("Profit rose in the third quarter."), "the third quarter=DATE:2025-Q3");
  EXPECT_EQ(Show("Fighting resumed last summer."), "last summer=DATE:2024-SU");
  EXPECT_EQ(Show("The vote comes early next year."), "early next year=DATE:2026");
}

TEST(Deictic, AgoAndFromNow) {
  EXPECT_EQ(Show("The wall fell 40 years ago."), "40 years ago=DATE:1985");
  EXPECT_EQ(Show("He left three months ago."), "three months ago=DATE:2025-05");
  EXPECT_EQ(Show("She arrived ten days ago."), "ten days ago=DATE:2025-08-10");
  EXPECT_EQ(Show("She arrived six weeks ago."), "six weeks ago=DATE:2025-W28");
  EXPECT_EQ(Show("It will open two weeks from now."), "two weeks from now=DATE:2025-09-03");
  EXPECT_EQ(Show("The vote is a week from today."), "a week from today=DATE:2025-08-27");
  EXPECT_EQ(Show("The mill shut several years ago."), "several years ago=DATE:PAST_REF");
  EXPECT_EQ(Show("The strike began a week or so ago."), "a week or so ago=DATE:2025-W33");
  // A fractional count moves by the next smaller unit.
  EXPECT_EQ(Show("The treaty was signed half a century ago."),
            "half a century ago=DATE:1975");
  EXPECT_EQ(Show("He left two and a half years ago."), "two and a half years ago=DATE:2023-02");
  EXPECT_EQ(Show("He left half a year ago."), "half a year ago=DATE:2025-02");
}

// A clock time followed by a part of a deictic day is one expression.
TEST(Deictic, ClockTimeThisMorningLastNight) {
  EXPECT_EQ(Show("The quake hit at 5:30 this morning."), "5:30 this morning=TIME:2025-08-20T05:30");
  EXPECT_EQ(Show("He spoke at 6 p.m. this evening."), "6 p.m. this evening=TIME:2025-08-20T18:00");
  EXPECT_EQ(Show("Shots rang out at 11 p.m. last night."),
            "11 p.m. last night=TIME:2025-08-19T23:00");
  EXPECT_EQ(Show("A blast at 2 a.m. last night woke them."),
            "2 a.m. last night=TIME:2025-08-20T02:00");
}

// "most recently" ranks the date after it; that date is the expression.
TEST(Deictic, MostRecentlyBeforeADate) {
  EXPECT_EQ(Show("Clinics were attacked, most recently last October."),
            "last October=DATE:2024-10");
  EXPECT_EQ(Show("He recently met the envoy."), "recently=DATE:PAST_REF");
}

TEST(Deictic, InAPeriodIsADuration) {
  // TimeML tags "two weeks" in "in two weeks" as the duration, without "in".
  EXPECT_EQ(Show("The army will withdraw in two weeks."), "two weeks=DURATION:P2W");
}

// "the August 15 summit" names an event the reader knows: in a clause of
// the future, the nearest such day, not the next (publication 2025-08-20).
TEST(Deictic, ADayNamingAnEventIsTheNearest) {
  EXPECT_EQ(Show("Moscow will insist on the spirit of the June 1 summit."),
            "June 1=DATE:2025-06-01");
  EXPECT_EQ(Show("The leaders will meet on June 1 in Rome."), "June 1=DATE:2026-06-01");
  EXPECT_EQ(Show("They will not forget the June 1 attack."), "June 1=DATE:2025-06-01");
}

TEST(Deictic, WeekdayDirectionFromTense) {
  EXPECT_EQ(Show("The leaders met on Friday in Alaska."), "Friday=DATE:2025-08-15");
  EXPECT_EQ(Show("The leaders will meet on Monday in Alaska."), "Monday=DATE:2025-08-25");
  EXPECT_EQ(Show("The envoy is expected to arrive Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("The envoy said Tuesday that talks had failed."), "Tuesday=DATE:2025-08-19");
  EXPECT_EQ(Show("The summit ended Friday night."), "Friday night=TIME:2025-08-15TNI");
  EXPECT_EQ(Show("They met last Wednesday."), "last Wednesday=DATE:2025-08-13");
  EXPECT_EQ(Show("The ceremony will be held on Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("They meet next Wednesday."), "next Wednesday=DATE:2025-08-27");
  // Irregular past forms are past markers like "met": not the coming day.
  EXPECT_EQ(Show("Trump and Putin shook hands on Friday."), "Friday=DATE:2025-08-15");
  EXPECT_EQ(Show("Thousands fled the city on Thursday."), "Thursday=DATE:2025-08-14");
}

TEST(Deictic, WeekdayWithoutTense) {
  // No tense marker: the past week, except the day after the publication day.
  EXPECT_EQ(Show("Talks with the rebels Thursday in Doha."), "Thursday=DATE:2025-08-21");
  EXPECT_EQ(Show("Talks with the rebels Tuesday in Doha."), "Tuesday=DATE:2025-08-19");
  EXPECT_EQ(Show("Talks with the rebels Friday in Doha."), "Friday=DATE:2025-08-15");
}

TEST(Deictic, TenseCuesThatMislead) {
  // "plans" without "to" is a noun, not a future marker.
  EXPECT_EQ(Show("On Friday, her holiday plans were cancelled."),
            "Friday=DATE:2025-08-15");
  EXPECT_EQ(Show("The minister plans to travel on Friday."), "Friday=DATE:2025-08-22");
  // A plan told in the past perfect lies in the past.
  EXPECT_EQ(Show("The auction had been scheduled to close Friday evening."),
            "Friday evening=TIME:2025-08-15TEV");
  // Postponing moves an event ahead, whatever the verb's tense.
  EXPECT_EQ(Show("The court postponed the hearing until Monday."), "Monday=DATE:2025-08-25");
  EXPECT_EQ(Show("The club stayed open until Monday."), "Monday=DATE:2025-08-18");
  EXPECT_EQ(Show("They extended the deadline until Tuesday."), "Tuesday=DATE:2025-08-26");
  // "since" a few words before the date: the past one.
  EXPECT_EQ(Show("He is missing after the Oct. 23 attack."), "Oct. 23=DATE:2025-10-23");
  EXPECT_EQ(Show("He is missing ever since the Oct. 23 attack."), "Oct. 23=DATE:2024-10-23");
  EXPECT_EQ(Show("He is missing since shortly after the Oct. 23 attack."),
            "Oct. 23=DATE:2024-10-23");
  // Modals look ahead, unless a perfect follows.
  EXPECT_EQ(Show("Thousands may march on Saturday."), "Saturday=DATE:2025-08-23");
  // "'ll" looks ahead, with a straight or a curly apostrophe.
  EXPECT_EQ(Show("They'll meet on Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("They\xE2\x80\x99ll meet on Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("They won\xE2\x80\x99t meet on Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("On Saturday, the pilot might have landed safely."), "Saturday=DATE:2025-08-16");
  // "due" without "to" looks ahead, unless told in the past.
  EXPECT_EQ(Show("The audit is due on Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("The rent was due on Friday."), "Friday=DATE:2025-08-15");
}

TEST(Deictic, TheWeekOfADate) {
  EXPECT_EQ(Show("The hearing is set for the week of Sept. 8."),
            "the week of Sept. 8=DATE:2025-W37");
  EXPECT_EQ(Show("Strikes hit the week of May 5, 2014."), "the week of May 5, 2014=DATE:2014-W19");
}

TEST(Deictic, WeekendDirection) {
  EXPECT_EQ(Show("They rested over the weekend."), "the weekend=DATE:2025-W33-WE");
  EXPECT_EQ(Show("They will rest over the weekend."), "the weekend=DATE:2025-W34-WE");
}

TEST(Deictic, MonthDirection) {
  EXPECT_EQ(Show("The court ruled in March."), "March=DATE:2025-03");
  EXPECT_EQ(Show("The court will rule in October."), "October=DATE:2025-10");
  EXPECT_EQ(Show("The army left last September."), "last September=DATE:2024-09");
  // The month just ended is "last month": "last July", written in August, is
  // the July a year before; an earlier month this year is this year's.
  EXPECT_EQ(Show("The ferry sank last July."), "last July=DATE:2024-07");
  EXPECT_EQ(Show("The ferry sank last month."), "last month=DATE:2025-07");
  EXPECT_EQ(Show("The ferry sank last May."), "last May=DATE:2025-05");
  EXPECT_EQ(Show("The ferry sank last December.", date::year{2026} / 1 / 15),
            "last December=DATE:2025-12");
  EXPECT_EQ(Show("The army leaves next June."), "next June=DATE:2026-06");
  EXPECT_EQ(Show("Revenue fell in January this year."), "January this year=DATE:2025-01");
  EXPECT_EQ(Show("Revenue fell in July last year."), "July last year=DATE:2024-07");
  EXPECT_EQ(Show("Talks stalled before January of this year."), "January of this year=DATE:2025-01");
}

TEST(Deictic, StatedPastOutweighsTheNearestYear) {
  // Written in October, "in January" is the coming one when the tense looks
  // ahead, and even under a past tense (a deal "agreed to close in January")
  // unless the text fixes the past: "since", "ended", a sentence opening
  // "In January," told in the past.
  const auto oct = date::year{2025} / 10 / 20;
  EXPECT_EQ(Show("The company will open a plant in January.", oct), "January=DATE:2026-01");
  EXPECT_EQ(Show("He has been missing since January.", oct), "January=DATE:2025-01");
  EXPECT_EQ(Show("In January, the company brought in a new chief.", oct), "January=DATE:2025-01");
  EXPECT_EQ(Show("In the fiscal year ended Jan. 31, sales rose.", oct),
            "the fiscal year=DURATION:P1Y | Jan. 31=DATE:2025-01-31");
  // "payable", "effective": announced ahead, whatever the verb.
  EXPECT_EQ(Show("The dividend was raised, payable Jan. 2.", oct), "Jan. 2=DATE:2026-01-02");
  EXPECT_EQ(Show("Workers approved a pact effective June 1.", oct), "June 1=DATE:2026-06-01");
  EXPECT_EQ(Show("Workers approved a pact on June 1.", oct), "June 1=DATE:2025-06-01");
}

TEST(Deictic, MonthRightAfterAPastVerbDatesThatVerb) {
  // "said in January it would ...": January is when it was said; the later
  // "would" is reported speech, not the month's tense.
  const auto nov = date::year{2025} / 11 / 3;
  EXPECT_EQ(Show("The firm said in January it would cut jobs.", nov), "January=DATE:2025-01");
  EXPECT_EQ(Show("The envoys met in February and agreed to talk again.", nov),
            "February=DATE:2025-02");
  EXPECT_EQ(Show("Output slumped during January.", nov), "January=DATE:2025-01");
  // Not a past verb's own month: the deal to close looks ahead.
  EXPECT_EQ(Show("The firm said it would cut jobs in January.", nov), "January=DATE:2026-01");
  EXPECT_EQ(Show("The board agreed to buy the mill in January.", nov), "January=DATE:2026-01");
  // A present passive ("is heard in May") is no past verb.
  EXPECT_EQ(Show("He stays until the case is heard in January.", nov), "January=DATE:2026-01");
}

TEST(Deictic, ReferenceValues) {
  EXPECT_EQ(Show("Prices are now falling."), "now=DATE:PRESENT_REF");
  EXPECT_EQ(Show("The current rules apply."), "current=DATE:PRESENT_REF");
  EXPECT_EQ(Show("He was the then current chairman."), "then current=DATE:PAST_REF");
  EXPECT_EQ(Show("The then-current rules applied."), "then-current=DATE:PAST_REF");
  // A sentence-initial "Now," is a discourse connective.
  EXPECT_EQ(Show("Now, he says, the plan looks different."), "");
  EXPECT_EQ(Show("\"Now, we wait,\" she said."), "");
  EXPECT_EQ(Show("Now the talks are over."), "Now=DATE:PRESENT_REF");
  EXPECT_EQ(Show("He currently lives in Kyiv."), "currently=DATE:PRESENT_REF");
  EXPECT_EQ(Show("She recently moved to Rome."), "recently=DATE:PAST_REF");
  EXPECT_EQ(Show("Nobody knows what the future holds."), "the future=DATE:FUTURE_REF");
  EXPECT_EQ(Show("Those days lie in the past."), "the past=DATE:PAST_REF");
}

TEST(Deictic, ShortAndLongTermAreTheFuture) {
  EXPECT_EQ(Show("Rates will stay low in the short term."), "the short term=DATE:FUTURE_REF");
  EXPECT_EQ(Show("Over the long term, prices rise."), "the long term=DATE:FUTURE_REF");
  EXPECT_EQ(Show("They cut short-term debt."), "");
  EXPECT_EQ(Show("It was a long term of office."), "");
}

TEST(Deictic, OneDayAfterAModalIsTheFuture) {
  EXPECT_EQ(Show("Islam will one day be the largest religion."), "one day=DATE:FUTURE_REF");
  EXPECT_EQ(Show("He hopes he may one day return."), "one day=DATE:FUTURE_REF");
  EXPECT_EQ(Show("The strike lasted one day."), "one day=DURATION:P1D");
}

TEST(Deictic, WithoutPublicationDateValuesStayUnderspecified) {
  EXPECT_EQ(Show("The minister resigned yesterday.", std::nullopt), "yesterday=DATE:XXXX-XX-XX");
  EXPECT_EQ(Show("The leaders met on Friday.", std::nullopt), "Friday=DATE:XXXX-WXX-5");
  EXPECT_EQ(Show("It happened last year.", std::nullopt), "last year=DATE:XXXX");
  EXPECT_EQ(Show("It was signed on March 3, 2011.", std::nullopt), "March 3, 2011=DATE:2011-03-03");
}

}  // namespace
}  // namespace eg::testing
