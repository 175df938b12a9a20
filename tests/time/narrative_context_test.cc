// Context rules read around a weekday: a plan told in the past still looks
// ahead; "on" before a weekday and a part of the day dates the day.
// Publication date: Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(NarrativeContext, PlanToldInThePastLooksAhead) {
  EXPECT_EQ(Show("Farmers were planning to block the roads on Saturday."),
            "Saturday=DATE:2025-08-23");
  EXPECT_EQ(Show("The envoy was expected to land in Oslo Friday."), "Friday=DATE:2025-08-22");
  EXPECT_EQ(Show("The treaty was to be signed on Monday."), "Monday=DATE:2025-08-25");
  // A plain past tense still looks back.
  EXPECT_EQ(Show("The envoy was in Oslo on Friday."), "Friday=DATE:2025-08-15");
  // "was to" a place is a journey told in the past, no plan.
  EXPECT_EQ(Show("Her first trip was to Oslo, back on Friday, where she met the king."),
            "Friday=DATE:2025-08-15");
  EXPECT_EQ(Show("His last visit was to the port on Friday."), "Friday=DATE:2025-08-15");
}

// "agreed their message for today": a day set as a target does not move
// the narrative; "the same day" after it is the day told before.
TEST(NarrativeContext, ADaySetAsATargetDoesNotMoveTheNarrative) {
  EXPECT_EQ(Show("On Sunday the envoys agreed their line for today. The ministers met on the "
                 "same day."),
            "Sunday=DATE:2025-08-17 | today=DATE:2025-08-20 | the same day=DATE:2025-08-17");
  // A day the narrative moves to still does.
  EXPECT_EQ(Show("On Sunday the envoys met. They met again today and on the same day signed."),
            "Sunday=DATE:2025-08-17 | today=DATE:2025-08-20 | the same day=DATE:2025-08-20");
}

TEST(NarrativeContext, OnAWeekdayAndAPartOfTheDayIsTheDay) {
  EXPECT_EQ(Show("The mayor was attacked on Monday night near his home."),
            "Monday night=DATE:2025-08-18");
  // Without "on", the part of the day stays in the value.
  EXPECT_EQ(Show("Crowds gathered Monday night outside the court."),
            "Monday night=TIME:2025-08-18TNI");
}

// "the day after Christmas", "the day before Friday": the neighbouring day.
TEST(NarrativeContext, TheDayAfterOrBeforeADay) {
  EXPECT_EQ(Show("Shops reopened the day after Christmas."),
            "the day after Christmas=DATE:2024-12-26");
  EXPECT_EQ(Show("The day before Monday's vote, he resigned."),
            "The day before Monday=DATE:2025-08-17");
  EXPECT_EQ(Show("They met the day after May 3, 2021."), "the day after May 3, 2021=DATE:2021-05-04");
  // Without a publication date the day is unknown, not the named one.
  EXPECT_EQ(Show("They met the day after May 3.", std::nullopt),
            "the day after May 3=DATE:XXXX-XX-XX");
  // Before a clause, not a day: nothing to shift.
  EXPECT_EQ(Show("He was last seen Nov. 3, 2024, the day before police issued a warrant."),
            "Nov. 3, 2024=DATE:2024-11-03");
}

// A past-perfect flashback sets its event before the story's time and
// leaves that time where it was: the next paragraph's "the same afternoon"
// is the story's day. Within the flashback's own paragraph its time is the
// reference ("had fled in June and returned later that year", "Two days
// later, ..." after "had phoned them on July 26").
TEST(NarrativeContext, APastPerfectFlashbackLeavesTheStoryTime) {
  EXPECT_EQ(Show("The chancellor flew to Paris on Monday.\n\nHe said he had spoken with the "
                 "president by phone several times, most recently over Easter.\n\nFrom Paris, "
                 "he flew to Warsaw the same afternoon."),
            "Monday=DATE:2025-08-18 | recently=DATE:PAST_REF | Easter=DATE:2025-04-20 | "
            "the same afternoon=TIME:2025-08-18TAF");
  EXPECT_EQ(Show("The ceremony was held on Sunday. He said he had phoned both leaders on July "
                 "26. Two days later, they met in Putrajaya."),
            "Sunday=DATE:2025-08-17 | July 26=DATE:2025-07-26 | "
            "Two days=DURATION:P2D@2025-07-28");
  EXPECT_EQ(Show("He had fled to Florida in June 1998 and returned later that year."),
            "June 1998=DATE:1998-06 | later that year=DATE:1998");
  // A simple past moves the story: the same afternoon is Easter's.
  EXPECT_EQ(Show("The chancellor flew to Paris on Monday.\n\nHe spoke with the president "
                 "over Easter.\n\nHe flew to Warsaw the same afternoon."),
            "Monday=DATE:2025-08-18 | Easter=DATE:2025-04-20 | "
            "the same afternoon=TIME:2025-04-20TAF");
}

}  // namespace
}  // namespace eg::testing
