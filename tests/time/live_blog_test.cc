// A live blog's time stamps ("09:10 KST — Putin not on the agenda") are
// times of the day of publication, and put the narrative back on it: the
// entry below speaks of that day, whatever day the entry before ended on.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(LiveBlog, TimeStampIsADayOfPublicationTime) {
  // 2025-08-20 is a Wednesday.
  EXPECT_EQ(Show("The minister arrived on Tuesday.\n09:10 KST \xE2\x80\x94 Talks begin\n"
                 "The envoys are due to meet at 11am."),
            "Tuesday=DATE:2025-08-19 | 09:10=TIME:2025-08-20T09:10 | 11am=TIME:2025-08-20T11:00");
  EXPECT_EQ(Show("He landed on Tuesday.\n14:05 EDT - Arrival\nHe spoke at 3pm."),
            "Tuesday=DATE:2025-08-19 | 14:05 EDT=TIME:2025-08-20T14:05 | 3pm=TIME:2025-08-20T15:00");
}

TEST(LiveBlog, ItIsAWeekdayNamesTheNearestOne) {
  // Written on Wednesday 2025-08-20 from a later time zone: "It's Tuesday"
  // where the story stands is the day before, not next week's, whatever the
  // tense around it.
  EXPECT_EQ(Show("It's Tuesday local time in Lima, and the leaders are due to meet at noon."),
            "Tuesday=DATE:2025-08-19 | noon=TIME:2025-08-19T12:00");
  EXPECT_EQ(Show("It is Thursday in Tokyo, where the talks will resume."),
            "Thursday=DATE:2025-08-21");
}

TEST(LiveBlog, TimeStampOnALineOfItsOwn) {
  // "08:40 BST" over its entry: the day of publication, not the day the
  // entry before ended on.
  EXPECT_EQ(Show("The minister arrived on Tuesday.\n\n09:10 KST\nThe envoys met at the palace."),
            "Tuesday=DATE:2025-08-19 | 09:10=TIME:2025-08-20T09:10");
  EXPECT_EQ(Show("He landed on Tuesday.\n14:05\nHe spoke at 3pm."),
            "Tuesday=DATE:2025-08-19 | 14:05=TIME:2025-08-20T14:05 | 3pm=TIME:2025-08-20T15:00");
  // A clock time ending a line of a sentence is no stamp.
  EXPECT_EQ(Show("The minister arrived on Tuesday. He spoke at\n11:00 to the envoys."),
            "Tuesday=DATE:2025-08-19 | 11:00=TIME:2025-08-19T11:00");
}

TEST(LiveBlog, LabelledTimeStamp) {
  // "Updated 14:05" over the entry: a stamp too, of the day of publication.
  EXPECT_EQ(Show("The minister arrived on Tuesday.\nUpdated 14:05\nHe spoke at 3pm."),
            "Tuesday=DATE:2025-08-19 | 14:05=TIME:2025-08-20T14:05 | 3pm=TIME:2025-08-20T15:00");
  // A word of the time lexicon before it is no label ("Tuesday 14:05").
  EXPECT_EQ(Show("The minister arrived on Monday.\nWe hear more at\n14:05 from the envoys."),
            "Monday=DATE:2025-08-18 | 14:05=TIME:2025-08-18T14:05");
}

TEST(LiveBlog, ClockTimeInASentenceKeepsTheNarrativeDay) {
  EXPECT_EQ(Show("The minister arrived on Tuesday. At 11am he met the envoys."),
            "Tuesday=DATE:2025-08-19 | 11am=TIME:2025-08-19T11:00");
  // Opening a line but followed by words, not a dash: no time stamp.
  EXPECT_EQ(Show("The minister arrived on Tuesday.\n11am was the hour he met the envoys."),
            "Tuesday=DATE:2025-08-19 | 11am=TIME:2025-08-19T11:00");
}

}  // namespace
}  // namespace eg::testing
