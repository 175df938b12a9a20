// "Pakistan's army chief" names an office as "the Russian president" does:
// the holder of army-chief for that polity on the publication date.
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

}  // namespace
}  // namespace eg
