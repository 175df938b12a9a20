// "the two Americans also met Y": persons counted by their nationality are
// the ones just named, as "the two men" are; not their country.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCountedNationals, TheTwoNationalsAreThePairJustNamed) {
  Doc d("Ruiz and Okafor met Lee on Monday. Afterwards the two Norlanders also met Park.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").M("Park", "Jin Park");
  d.M("Norlanders", "Norland", ActorKind::kCountry).T("Monday", "2025-05-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(d.Names(ev[1]), (Names{"Ana Ruiz", "Ben Okafor", "Jin Park"}));
}

}  // namespace
}  // namespace eg
