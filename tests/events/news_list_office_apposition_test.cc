// "met A, the Norland secretary of state, and B": an office in apposition
// after a list item, a body or polity opening it, describes that item; the
// list goes on after it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsListOfficeApposition, ThePolityOpeningTheOfficeKeepsTheList) {
  Doc d("Ruiz met Okafor, the Norland secretary of state, and Lee on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee");
  d.M("Norland", "Norland", ActorKind::kCountry).T("Monday", "2025-05-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
}

}  // namespace
}  // namespace eg
