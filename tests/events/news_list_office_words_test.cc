// "met X and Egyptian intelligence chief Y": a list item whose office has a
// lower-case word between the nationality and the title word.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsListOfficeWords, TheItemAfterAndKeepsItsHolder) {
  Doc d("Tom Berg met Ana Ruiz and Valdorian intelligence chief Ben Okafor on Monday.");
  d.M("Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz").M("chief Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Tom Berg", "Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
