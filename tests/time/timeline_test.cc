// Timelines: the dates heading a list's entries are told in order, in the
// historical present. Publication date: Wed 2025-08-20 (Dct()).
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

// Written in August, "12 November" alone is the coming one; heading an
// entry above "18 February" and "15 August", it is last year's.
TEST(Timeline, EntriesBeforeALaterEntryMoveBackAYear) {
  EXPECT_EQ(Show("Key dates:\n"
                 "- 12 November: Trump and Putin speak by phone.\n"
                 "- 18 February: Rubio and Lavrov meet in Riyadh.\n"
                 "- 15 August: Trump and Putin meet in Alaska.\n"),
            "12 November=DATE:2024-11-12 | 18 February=DATE:2025-02-18 | "
            "15 August=DATE:2025-08-15");
  // Bullets may be dots or missing; a dash may end the label.
  EXPECT_EQ(Show("\xE2\x80\xA2 December 3 \xE2\x80\x93 the envoys meet.\n"
                 "\xE2\x80\xA2 August 9 \xE2\x80\x93 the talks resume.\n"),
            "December 3=DATE:2024-12-03 | August 9=DATE:2025-08-09");
  EXPECT_EQ(Show("November: the two sides talk.\nJuly: they meet again.\n"),
            "November=DATE:2024-11 | July=DATE:2025-07");
}

// A heading over a range of days ("May 10-11 -", "October 2 to October 9 -")
// is its first day's entry; the range's end keeps the start's year.
TEST(Timeline, ARangeHeadingIsItsFirstDaysEntry) {
  EXPECT_EQ(Show("November 12 - Trump and Putin speak by phone.\n\n"
                 "January 2 to January 9 - Tariffs rise.\n\n"
                 "May 10-11 - Rubio and Lavrov meet in Riyadh.\n\n"
                 "August 15 - Trump and Putin meet in Alaska.\n"),
            "November 12=DATE:2024-11-12 | January 2=DATE:2025-01-02 | "
            "January 9=DATE:2025-01-09 | May 10=DATE:2025-05-10 | 11=DATE:2025-05-11 | "
            "August 15=DATE:2025-08-15");
}

// An agenda that already ascends, a year the entry writes, a weekday, and
// dates that are not at the head of consecutive lines all stay.
TEST(Timeline, OnlyYearlessMonthHeadsOfConsecutiveLinesMove) {
  EXPECT_EQ(Show("- 25 August: EU ministers meet.\n- 2 September: the summit opens.\n"),
            "25 August=DATE:2025-08-25 | 2 September=DATE:2025-09-02");
  EXPECT_EQ(Show("- 12 November 2025: the leaders meet.\n- 18 March: they talk.\n"),
            "12 November 2025=DATE:2025-11-12 | 18 March=DATE:2025-03-18");
  EXPECT_EQ(Show("- Friday: the leaders meet.\n- 18 February: they talked.\n"),
            "Friday=DATE:2025-08-15 | 18 February=DATE:2025-02-18");
  EXPECT_EQ(Show("- 12 November: the leaders meet.\n\nSome text in between.\n"
                 "- 18 August: they talked.\n"),
            "12 November=DATE:2025-11-12 | 18 August=DATE:2025-08-18");
  EXPECT_EQ(Show("They will meet on 12 November: the date is set.\n"
                 "- 18 August: they talked.\n"),
            "12 November=DATE:2025-11-12 | 18 August=DATE:2025-08-18");
}

// An entry's line holds only blanks and one bullet before its date (found
// walking back from the date over such bytes only): blanks before the
// bullet and a two-byte bullet do; two bullets or a word do not.
TEST(Timeline, AnEntryHasOnlyBlanksAndOneBulletBeforeItsDate) {
  auto list = [](const std::string& bullet) {
    return bullet + "12 November: Trump and Putin speak by phone.\n" + bullet +
           "18 February: Rubio and Lavrov meet in Riyadh.\n" + bullet +
           "15 August: Trump and Putin meet in Alaska.\n";
  };
  const std::string moved =
      "12 November=DATE:2024-11-12 | 18 February=DATE:2025-02-18 | 15 August=DATE:2025-08-15";
  EXPECT_EQ(Show(list("  - ")), moved);
  EXPECT_EQ(Show(list("\t\xC2\xB7 ")), moved);
  EXPECT_NE(Show(list("- - ")), moved);
  EXPECT_NE(Show(list("Then ")), moved);
  EXPECT_NE(Show(list("\xE2\x80\xA2 x ")), moved);
}

}  // namespace
}  // namespace eg::testing
