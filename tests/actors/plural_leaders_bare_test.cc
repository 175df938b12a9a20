// "talks between Russian and Ukrainian leaders": a bare plural of the
// generic "leader" after two polities is a class of their officials, no two
// holders; with the article ("the Russian and Ukrainian leaders") it names
// each polity's head.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_gazetteer.h"

namespace eg {
namespace {

TEST(PluralLeadersBare, BarePluralLeadersNameNoHolders) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "Talks between Russian and Ukrainian leaders went on for weeks.",
                         "2023-05-01");
  EXPECT_TRUE(a->Persons().empty());
}

TEST(PluralLeadersBare, WithTheArticleTheyAreTheTwoHeads) {
  auto g = testing::SmallGazetteer();
  auto a = testing::Find(*g, "The Russian and Ukrainian leaders did not meet.", "2023-05-01");
  auto names = a->Persons();
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Vladimir Putin", "Volodymyr Zelensky"}));
}

}  // namespace
}  // namespace eg
