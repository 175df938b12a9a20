// "X was at dinner with Y", "X spent last night at dinner with Y": the one
// who is, or spent the time, at the meal shares it with Y. A phrase "at
// dinner" that only places someone else's action is no such meal.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsAtAMeal, TheCopulasSubjectIsAtTheMeal) {
  Doc d("Tom Berg was at dinner with Ana Ruiz last night.");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz").T("last night", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz"}));
}

TEST(NewsAtAMeal, WhoSpentTheTimeThereIsAtTheMeal) {
  Doc d("Tom Berg spent last night at dinner with Ana Ruiz.");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz").T("last night", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

}  // namespace
}  // namespace eg
