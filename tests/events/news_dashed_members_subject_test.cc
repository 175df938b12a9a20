// "X and the leaders of the five countries - A, B and C - attended the
// summit": a group named after "and", its members listed between dashes;
// the subject is X and the members.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDashedMembersSubject, TheNamedOneAndTheListedMembers) {
  Doc d("Ruiz and the leaders of the three neighbouring countries - President Okafor, President "
        "Lima and President Diaz - attended the summit in Lagos on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("President Okafor", "Ben Okafor").M("President Lima", "Eva Lima");
  d.M("President Diaz", "Carl Diaz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Eva Lima", "Carl Diaz"}));
}

}  // namespace
}  // namespace eg
