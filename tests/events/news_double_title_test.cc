// "Crown Prince and Prime Minister X", "Deputy Prime Minister and Foreign
// Minister X": one person named with two titles joined by "and".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDoubleTitle, AnObjectWithTwoTitlesTakesPart) {
  Doc d("Ruiz met with Valdorian Crown Prince and Prime Minister Tom Berg in Varna on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Prime Minister Tom Berg", "Tom Berg").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg"}));

  Doc t("Ruiz later spoke with Deputy Prime Minister and Foreign Minister Ben Okafor.");
  t.M("Ruiz", "Ana Ruiz").M("Foreign Minister Ben Okafor", "Ben Okafor");
  auto et = t.Interactions();
  ASSERT_EQ(et.size(), 1u);
  EXPECT_EQ(t.Names(et[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsDoubleTitle, TwoPersonsJoinedByAndStayTwo) {
  Doc d("Ruiz met President Tom Berg and Prime Minister Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("President Tom Berg", "Tom Berg");
  d.M("Prime Minister Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Tom Berg", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
