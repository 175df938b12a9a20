// "at dawn", "before dusk": a part of the day named without an article.
// Publication date Wed 2025-08-20.
#include <gtest/gtest.h>

#include "timex_test_util.h"

namespace eg::testing {
namespace {

TEST(Dawn, AfterAPrepositionOfTime) {
  EXPECT_EQ(Show("Troops moved in at dawn."), "dawn=TIME:2025-08-20TMO");
  EXPECT_EQ(Show("Shelling stopped around dusk."), "around dusk=TIME:2025-08-20TEV");
  EXPECT_EQ(Show("On Monday the talks broke down. The army struck before daybreak."),
            "Monday=DATE:2025-08-18 | daybreak=TIME:2025-08-18TMO");
}

TEST(Dawn, WithTheDayNamedAfterIt) {
  EXPECT_EQ(Show("The attack came at dawn on Saturday."), "dawn on Saturday=TIME:2025-08-16TMO");
  EXPECT_EQ(Show("Soldiers crossed before dawn yesterday."), "dawn yesterday=TIME:2025-08-19TMO");
}

TEST(Dawn, NoTimeOfDay) {
  EXPECT_EQ(Show("Dawn broke over the city."), "");
  EXPECT_EQ(Show("Police staged a dawn raid."), "");
  EXPECT_EQ(Show("It marked the dawn of a new era."), "");
  EXPECT_EQ(Show("They met at Dawn Smith's house."), "");
  EXPECT_EQ(Show("They worked from dawn to dusk."), "");
}

}  // namespace
}  // namespace eg::testing
