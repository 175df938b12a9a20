// Anaphoric expressions resolved against the narrative reference time: the
// last date the text placed an event at. Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

// TimeML: "N units later/earlier" is the duration between two events, "later"
// a signal outside the extent; the date it reaches is kept beside the value.
TEST(Anaphoric, CountedOffsetsFromTheReference) {
  EXPECT_EQ(Show("The siege began on June 3, 2014. Two days later the city fell."),
            "June 3, 2014=DATE:2014-06-03 | Two days=DURATION:P2D@2014-06-05");
  EXPECT_EQ(Show("He was arrested in 1999. Three years later he escaped."),
            "1999=DATE:1999 | Three years=DURATION:P3Y@2002");
  EXPECT_EQ(Show("The pact was signed on May 4, 2016. A week later it collapsed."),
            "May 4, 2016=DATE:2016-05-04 | A week=DURATION:P1W@2016-05-11");
  EXPECT_EQ(Show("The rebels struck on Jan. 9, 2021. An hour earlier the guards had left."),
            "Jan. 9, 2021=DATE:2021-01-09 | An hour=DURATION:PT1H@2021-01-09");
  EXPECT_EQ(Show("The vote came on March 2, 2012. A day earlier the envoy arrived."),
            "March 2, 2012=DATE:2012-03-02 | A day=DURATION:P1D@2012-03-01");
}

// "earlier in the week", "later in the month": the week or month of the
// story's time; with none told yet, the publication's.
TEST(Anaphoric, EarlierInTheWeekIsTheStorysWeek) {
  EXPECT_EQ(Show("On May 9 the envoy, who had met both sides earlier in the week, flew home."),
            "May 9=DATE:2025-05-09 | earlier in the week=DATE:2025-W19");
  EXPECT_EQ(Show("They met on March 3. Later in the month they met again."),
            "March 3=DATE:2025-03-03 | Later in the month=DATE:2025-03");
  EXPECT_EQ(Show("Earlier in the week, prices fell."), "Earlier in the week=DATE:2025-W34");
}

// "later in the day", "earlier in the day": the day the story stands at, as
// "later that day" is; with none told yet, the publication's day. "The end
// of the day" stays an idiom.
TEST(Anaphoric, LaterInTheDayIsTheStorysDay) {
  EXPECT_EQ(Show("The mayor spoke on May 6. She was due to meet the council later in the day."),
            "May 6=DATE:2025-05-06 | later in the day=DATE:2025-05-06");
  EXPECT_EQ(Show("Earlier in the day, the talks stalled."), "Earlier in the day=DATE:2025-08-20");
  EXPECT_EQ(Show("At the end of the day, the plan held."), "");
  EXPECT_EQ(Show("Later in the days that followed, prices fell."), "");
}

// "over the past decade": the stretch up to now, a duration (TimeML), never
// the calendar decade before; "over the past year" and "in the past week"
// stay the year and the week before, as TimeBank writes them.
TEST(Anaphoric, OverThePastDecadeIsADuration) {
  EXPECT_EQ(Show("Prices have doubled over the past decade."), "the past decade=DURATION:P10Y");
  EXPECT_EQ(Show("The two have met often over the past year."), "the past year=DATE:2024");
  EXPECT_EQ(Show("They met in the past week."), "the past week=DATE:2025-W33");
}

// The landmark of a "since" clause is not where the narrative stands.
TEST(Anaphoric, ASinceLandmarkIsNoReference) {
  EXPECT_EQ(Show("They spoke on May 12, their first call since the vote on April 3. "
                 "Two days later they met."),
            "May 12=DATE:2025-05-12 | April 3=DATE:2025-04-03 | Two days=DURATION:P2D@2025-05-14");
}

// A month with "that year", "the same year", "the following year": the
// year of the reference time, the whole phrase one expression.
TEST(Anaphoric, MonthOfThatYearTakesTheReferenceYear) {
  EXPECT_EQ(Show("He visited in November 2017 and they had met in April of that year."),
            "November 2017=DATE:2017-11 | April of that year=DATE:2017-04");
  EXPECT_EQ(Show("He left in March 2019; in May that year he returned."),
            "March 2019=DATE:2019-03 | May that year=DATE:2019-05");
  EXPECT_EQ(Show("The treaty was signed in March 1999 and took effect in June the following "
                 "year."),
            "March 1999=DATE:1999-03 | June the following year=DATE:2000-06");
}

// "the following June", "the previous December": the first such month
// after (before) the reference time; after a whole year, the next (last) one's.
TEST(Anaphoric, TheFollowingMonthCountsFromTheReference) {
  EXPECT_EQ(Show("The summit collapsed in 1960. They met in Vienna the following June."),
            "1960=DATE:1960 | the following June=DATE:1961-06");
  EXPECT_EQ(Show("The talks opened in March 2024 and resumed the following June."),
            "March 2024=DATE:2024-03 | the following June=DATE:2024-06");
  EXPECT_EQ(Show("The deal was signed in March 2024. The previous December they had met."),
            "March 2024=DATE:2024-03 | The previous December=DATE:2023-12");
  // Without a told time, the publication's (Wed 2025-08-20).
  EXPECT_EQ(Show("They will meet the following March."), "the following March=DATE:2026-03");
}

// Seasons too: "The following spring" after October 1998 is 1999's.
TEST(Anaphoric, TheFollowingSeasonCountsFromTheReference) {
  EXPECT_EQ(Show("On Oct. 8, 1998, the two met in Tokyo. The following spring, they met again."),
            "Oct. 8, 1998=DATE:1998-10-08 | The following spring=DATE:1999-SP");
  EXPECT_EQ(Show("The deal was signed in March 2024. The previous winter had been cold."),
            "March 2024=DATE:2024-03 | The previous winter=DATE:2023-WI");
}

// "following the June 3 election": a preposition, not "the following June".
TEST(Anaphoric, FollowingTheIsAPreposition) {
  EXPECT_EQ(Show("Turnout fell following the June 3 election."), "June 3=DATE:2025-06-03");
}

TEST(Anaphoric, YearEarlierComparisonStaysADate) {
  EXPECT_EQ(Show("Profit rose to $5 million in 2019 from $4 million a year earlier."),
            "2019=DATE:2019 | a year earlier=DATE:2018");
}

TEST(Anaphoric, ThatSameDayIsADayOfTheEventJustTold) {
  // After an event dated only by its month, "that same day" is a day of that
  // month, not the last full date named before it.
  EXPECT_EQ(Show("The site closed on Monday. The last attack came in March 2024, and the "
                 "page was changed that same day."),
            "Monday=DATE:2025-08-18 | March 2024=DATE:2024-03 | that same day=DATE:2024-03-XX");
  // After a year alone, the last day named stays.
  EXPECT_EQ(Show("The site closed on Monday. In 1998 it had moved. That same day, the "
                 "owner quit."),
            "Monday=DATE:2025-08-18 | 1998=DATE:1998 | That same day=DATE:2025-08-18");
}

TEST(Anaphoric, NextSameThatFollowing) {
  EXPECT_EQ(Show("The ceasefire was signed on March 3, 2011. The next day it collapsed."),
            "March 3, 2011=DATE:2011-03-03 | The next day=DATE:2011-03-04");
  EXPECT_EQ(Show("Troops crossed on May 9, 2002. They withdrew the same day."),
            "May 9, 2002=DATE:2002-05-09 | the same day=DATE:2002-05-09");
  EXPECT_EQ(Show("The bank failed on Oct. 6, 2008. That week markets crashed."),
            "Oct. 6, 2008=DATE:2008-10-06 | That week=DATE:2008-W41");
  EXPECT_EQ(Show("The law passed in April 2010. The following month it was repealed."),
            "April 2010=DATE:2010-04 | The following month=DATE:2010-05");
  EXPECT_EQ(Show("He was elected in 1980. That year inflation peaked."),
            "1980=DATE:1980 | That year=DATE:1980");
}

TEST(Anaphoric, PartOfTheReferenceDay) {
  EXPECT_EQ(Show("Shares fell on Oct. 13, 1989. In the morning buyers were scarce."),
            "Oct. 13, 1989=DATE:1989-10-13 | the morning=TIME:1989-10-13TMO");
}

TEST(Anaphoric, ChainsFollowTheNarrative) {
  EXPECT_EQ(Show("Fighting began on Aug. 1, 2020. Two days later a truce held. "
                 "The next day it broke."),
            "Aug. 1, 2020=DATE:2020-08-01 | Two days=DURATION:P2D@2020-08-03 | "
            "The next day=DATE:2020-08-04");
}

TEST(Anaphoric, ComparisonsDoNotMoveTheReference) {
  EXPECT_EQ(Show("Sales rose on Jan. 5, 2019. A year earlier they fell. The next day they rose."),
            "Jan. 5, 2019=DATE:2019-01-05 | A year earlier=DATE:2018 | "
            "The next day=DATE:2019-01-06");
}

TEST(Anaphoric, TheDayBeforeAndAfter) {
  EXPECT_EQ(Show("The truce broke on May 4, 2016. The day before, envoys had met."),
            "May 4, 2016=DATE:2016-05-04 | The day before=DATE:2016-05-03");
  EXPECT_EQ(Show("Polls closed on Nov. 2, 2010. Results came the day after."),
            "Nov. 2, 2010=DATE:2010-11-02 | the day after=DATE:2010-11-03");
  EXPECT_EQ(Show("Exports fell in 2015, after rising 4% the year before."),
            "2015=DATE:2015 | the year before=DATE:2014");
}

TEST(Anaphoric, AYearAgoIsAComparisonToo) {
  // "a year ago" compares with the publication year; it does not become the
  // reference that a later "a year earlier" counts from.
  EXPECT_EQ(Show("Profit rose 9% from a year ago, while costs fell from a year earlier."),
            "a year ago=DATE:2024 | a year earlier=DATE:2024");
}

TEST(Anaphoric, WithoutReferenceFallsBackToPublicationDate) {
  EXPECT_EQ(Show("The next day the rebels retreated."), "The next day=DATE:2025-08-21");
}

TEST(Anaphoric, PreviousWeekdayAgainstReference) {
  EXPECT_EQ(Show("The deal closed on Oct. 9, 2015. The previous Friday talks had stalled."),
            "Oct. 9, 2015=DATE:2015-10-09 | The previous Friday=DATE:2015-10-02");
}

}  // namespace
}  // namespace eg::testing

namespace eg::testing {
namespace {

// "the previous evening", "the preceding night": the day before the
// reference time (the day the saying told it), as "the following morning"
// is the day after; not counted back from the publication date.
TEST(Anaphoric, ThePreviousEveningIsTheDayBeforeTheReference) {
  EXPECT_EQ(Show("She said on Monday that they had spoken the previous evening."),
            "Monday=DATE:2025-08-18 | the previous evening=DATE:2025-08-17");
  EXPECT_EQ(Show("The envoys met on May 6. The preceding night the talks nearly failed."),
            "May 6=DATE:2025-05-06 | The preceding night=DATE:2025-05-05");
}

}  // namespace
}  // namespace eg::testing
namespace eg::testing {
namespace {

// "Hours later", "minutes earlier": a stretch of unknown length below a day
// stays within the reference day, whose date it reaches; "Days later" has
// no such day.
TEST(Anaphoric, HoursLaterStaysOnTheReferenceDay) {
  EXPECT_EQ(Show("The envoys signed the pact on Friday. Hours later they flew home."),
            "Friday=DATE:2025-08-15 | Hours=DURATION:PTXH@2025-08-15");
  EXPECT_EQ(Show("The rebels struck on May 6. Minutes earlier the guards had left."),
            "May 6=DATE:2025-05-06 | Minutes=DURATION:PTXM@2025-05-06");
  EXPECT_EQ(Show("The envoys signed the pact on Friday. Days later they met again."),
            "Friday=DATE:2025-08-15 | Days=DURATION:PXD");
}

}  // namespace
}  // namespace eg::testing
namespace eg::testing {
namespace {

// "a week ago", "two weeks ago": TimeML keeps the week as the value; the day
// counted back from the publication date (Wed 2025-08-20) stays beside it to
// date the event. A hedged or round count ("about", "less than", "or so",
// "six weeks") keeps only the week.
TEST(Anaphoric, AWeekAgoCountsBackToADay) {
  EXPECT_EQ(Show("The envoys spoke a week ago."), "a week ago=DATE:2025-W33@2025-08-13");
  EXPECT_EQ(Show("The envoys spoke two weeks ago."), "two weeks ago=DATE:2025-W32@2025-08-06");
  EXPECT_EQ(Show("The envoys spoke about a week ago."), "about a week ago=DATE:2025-W33");
  EXPECT_EQ(Show("The envoys spoke less than a week ago."),
            "less than a week ago=DATE:2025-W33");
  EXPECT_EQ(Show("The envoys spoke a week or so ago."), "a week or so ago=DATE:2025-W33");
  EXPECT_EQ(Show("The envoys spoke six weeks ago."), "six weeks ago=DATE:2025-W28");
}

TEST(Anaphoric, AJudgedDayIsTheDayJustTold) {
  // "it was a great day": the day just told, judged; "day" alone is the
  // expression. Other days with an adjective are no time.
  EXPECT_EQ(Show("The treaty was signed on Oct. 14. \"It was a proud day for us,\" he said."),
            "Oct. 14=DATE:2025-10-14 | day=DATE:2025-10-14");
  EXPECT_EQ(Show("\"This is a sad day for the town,\" the mayor said."), "day=DATE:2025-08-20");
  EXPECT_EQ(Show("The mayor said it was \"a dark day\" for the town."), "day=DATE:2025-08-20");
  EXPECT_EQ(Show("He works a long day in the fields."), "");
}

TEST(Anaphoric, UntilThenIsTheTimeJustTold) {
  // "until then", "by then": the time the narrative just stood at, at its
  // own precision.
  EXPECT_EQ(Show("The bridge will reopen on Oct. 14. Until then, ferries will run."),
            "Oct. 14=DATE:2025-10-14 | then=DATE:2025-10-14");
  EXPECT_EQ(Show("She moved to Oslo in 2019. By then, her brother had left."),
            "2019=DATE:2019 | then=DATE:2019");
  // No date told just before: a time not named, left out; "then" alone is
  // the adverb of sequence.
  EXPECT_EQ(Show("He will finish the book. Until then, he writes at night."), "");
  EXPECT_EQ(Show("The talks ended on Oct. 14. Then the envoys flew home."),
            "Oct. 14=DATE:2025-10-14");
}

}  // namespace
}  // namespace eg::testing
