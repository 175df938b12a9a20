// "brought together Ruiz and the Liberals' Okafor": a plural owner takes a
// bare apostrophe (the tokenizer leaves it a mark of its own); glued to a
// capitalised word ending in "s", it owns the name after it as "'s" does,
// and the name is a list item.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPluralOwner, APluralOwnerBeforeANameInAList) {
  Doc d("The talks brought together Ana Ruiz, the Liberals' Ben Okafor and Carla Mendes on Tuesday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carla Mendes", "Carla Mendes");
  d.T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  const Names names = d.Names(ev[0]);
  EXPECT_TRUE(names.count("Ana Ruiz"));
  EXPECT_TRUE(names.count("Ben Okafor"));
}

}  // namespace
}  // namespace eg
