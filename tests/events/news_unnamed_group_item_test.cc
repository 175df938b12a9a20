// "got on a line with several European leaders and Nato's X": a group the
// text names no members of, then a name: the named one takes part.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsUnnamedGroupItem, TheNameAfterTheGroupTakesPart) {
  Doc d("Ana Ruiz phoned Ben Okafor, and the two of them then got on a line with several "
        "Nordic ministers and Valdoria's Tom Berg.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Tom Berg", "Tom Berg");
  d.M("Valdoria", "Valdoria", ActorKind::kCountry);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Tom Berg"}));
}

TEST(NewsUnnamedGroupItem, AGroupAloneAddsNoOne) {
  Doc d("Ana Ruiz held a call on Monday with several Nordic ministers.");
  d.M("Ana Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
