// Holiday names and their date rules (data/time/holidays.tsv, compiled in),
// with the publication date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "time/holidays.h"
#include "timex_test_util.h"

namespace eg::testing {
namespace {

using timex::HolidayTable;

TEST(Holidays, ShippedTableParses) {
  HolidayTable t;
  const Status s = HolidayTable::Parse(timex::kHolidaysTsv, "holidays.tsv", &t);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GT(t.names().size(), 10u);
  EXPECT_EQ(t.names().size(), timex::Holidays().names().size());
}

TEST(Holidays, RulesGiveTheDayOfTheYear) {
  HolidayTable t;
  ASSERT_TRUE(HolidayTable::Parse("fixed day\t11-11\n"
                                  "# a comment\n\n"
                                  "fourth thursday\t11/4/4\n"
                                  "last monday\t05/1/-1\n"
                                  "tuesday after first monday\t11/1/1+1\n"
                                  "good friday\teaster-2\n"
                                  "leap day\t02-29\n",
                                  "t.tsv", &t)
                  .ok());
  int m = 0, d = 0;
  ASSERT_TRUE(t.Date(0, 2025, &m, &d));
  EXPECT_EQ(m * 100 + d, 1111);
  ASSERT_TRUE(t.Date(1, 2025, &m, &d));
  EXPECT_EQ(m * 100 + d, 1127);  // Thursday 27 November 2025
  ASSERT_TRUE(t.Date(2, 2025, &m, &d));
  EXPECT_EQ(m * 100 + d, 526);  // Monday 26 May 2025
  ASSERT_TRUE(t.Date(3, 2024, &m, &d));
  EXPECT_EQ(m * 100 + d, 1105);  // Tuesday 5 November 2024
  ASSERT_TRUE(t.Date(4, 2025, &m, &d));
  EXPECT_EQ(m * 100 + d, 418);  // Easter Sunday was 20 April 2025
  EXPECT_TRUE(t.Date(5, 2024, &m, &d));
  EXPECT_FALSE(t.Date(5, 2025, &m, &d));  // no 29 February in 2025
  EXPECT_FALSE(t.Date(6, 2025, &m, &d));  // no such rule
}

TEST(Holidays, BadLinesNameTheFileAndLine) {
  HolidayTable t;
  Status s = HolidayTable::Parse("ok day\t01-01\nno tab here\n", "h.tsv", &t);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "h.tsv:2: expected name<TAB>rule");
  s = HolidayTable::Parse("bad day\t13-01\n", "h.tsv", &t);
  EXPECT_NE(s.message().find("h.tsv:1: bad rule '13-01'"), std::string::npos) << s.message();
  s = HolidayTable::Parse("Capital Day\t01-01\n", "h.tsv", &t);
  EXPECT_NE(s.message().find("lower case"), std::string::npos) << s.message();
  EXPECT_FALSE(HolidayTable::Parse("x\t02-30\n", "h.tsv", &t).ok());
  EXPECT_FALSE(HolidayTable::Parse("x\t11/8/1\n", "h.tsv", &t).ok());
  EXPECT_FALSE(HolidayTable::Parse("x\teaster+x\n", "h.tsv", &t).ok());
}

TEST(Holidays, NamesFromTheTable) {
  EXPECT_EQ(Show("Parades marked Veterans Day."), "Veterans Day=DATE:2024-11-11");
  EXPECT_EQ(Show("Shops will close on Veterans Day."), "Veterans Day=DATE:2025-11-11");
  EXPECT_EQ(Show("Banks reopened after Labor Day."), "Labor Day=DATE:2024-09-02");
  EXPECT_EQ(Show("The talks resume after Labor Day."), "Labor Day=DATE:2025-09-01");
  EXPECT_EQ(Show("Crowds gathered on Good Friday."), "Good Friday=DATE:2025-04-18");
  EXPECT_EQ(Show("He flew home on Christmas Eve."), "Christmas Eve=DATE:2024-12-24");
  EXPECT_EQ(Show("Sales slowed after Boxing Day."), "Boxing Day=DATE:2024-12-26");
  EXPECT_EQ(Show("Polls open on Election Day."), "Election Day=DATE:2025-11-04");
  EXPECT_EQ(Show("Stores opened on Presidents' Day."), "Presidents' Day=DATE:2025-02-17");
  EXPECT_EQ(Show("Crowds gathered on Veterans\xE2\x80\x99 Day."),
            "Veterans\xE2\x80\x99 Day=DATE:2024-11-11");
  // Lower case, or only part of a name: no holiday.
  EXPECT_EQ(Show("The veterans day out was cancelled."), "");
  EXPECT_EQ(Show("Boxing is popular."), "");
  EXPECT_EQ(Show("It was a good Friday for the markets."), "Friday=DATE:2025-08-15");
}

// "Easter week": the ISO week of the holiday; the week under way is this one
// whatever the tense (Easter 2026 is Sunday April 5, in week 14).
TEST(Holidays, AnotherCountrysIndependenceDayIsNotTheFourthOfJuly) {
  EXPECT_EQ(Show("Fireworks lit the sky on Independence Day."),
            "Independence Day=DATE:2025-07-04");
  EXPECT_EQ(Show("Crowds marked America's Independence Day."),
            "Independence Day=DATE:2025-07-04");
  // Norland's own day; and the bare name after it is that one too.
  EXPECT_EQ(Show("Leaders flew in for Norland's Independence Day. The Independence Day parade "
                 "was cut short."),
            "");
}

TEST(Holidays, TheWeekOfAHoliday) {
  EXPECT_EQ(Show("Pilgrims gathered as Easter week began.", date::year{2026} / 3 / 30),
            "Easter week=DATE:2026-W14");
  EXPECT_EQ(Show("Shops were full during Thanksgiving week.", date::year{2026} / 1 / 8),
            "Thanksgiving week=DATE:2025-W48");
  EXPECT_EQ(Show("Shops will be full during Thanksgiving week."),
            "Thanksgiving week=DATE:2025-W48");
}

}  // namespace
}  // namespace eg::testing
