// "Pakistan's army chief" names an office as "the Russian president" does:
// the holder of army-chief for that polity on the publication date. More
// given names (Priya, Maya, Ajit, Kashif) make two-word names persons.
#include <gtest/gtest.h>

#include "test_gazetteer.h"

namespace eg {
namespace {

using testing::Find;

TEST(NewsRolesArmy, AnArmyChiefIsTheOfficeHolder) {
  auto g = testing::ShippedGazetteer();
  auto f = Find(*g, "Pakistan's army chief flew to Riyadh on Tuesday.", "2025-06-20");
  EXPECT_EQ(f->EntityOf("Pakistan's army chief"), "Asim Munir");
}

TEST(NewsRolesArmy, MoreGivenNamesMakePersons) {
  auto g = testing::ShippedGazetteer();
  auto f = testing::Find(*g, "The panel heard Priya Tandon and Maya Ekdahl on Monday.", "2025-06-20");
  EXPECT_TRUE(f->HasPerson("Priya Tandon"));
  EXPECT_TRUE(f->HasPerson("Maya Ekdahl"));
}

}  // namespace
}  // namespace eg
