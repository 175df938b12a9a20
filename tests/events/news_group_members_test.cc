// "a group of leaders, among them X and Y": the members a group noun names
// after "among them" (or "notably") take part.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsGroupMembers, AmongThemNamesTheMembers) {
  Doc d("Ruiz spoke with a group of European leaders, among them Okafor and Lee, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
}

}  // namespace
}  // namespace eg
