// A country in the possessive before a title is the office's owner, taken
// into the person's title, not a party ("Norland's acting Prime Minister
// Ben Okafor"); "acting" is a word of a title like "former".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOwnerTitles, APossessiveCountryBeforeATitleOwnsTheOffice) {
  Doc d("Ruiz said he spoke with Lindqvist and Norland's acting Prime Minister Ben Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Lindqvist", "Eva Lindqvist");
  d.M("acting Prime Minister Ben Okafor", "Ben Okafor");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Eva Lindqvist", "Ben Okafor"}));
  // The name itself in the possessive owns something: no list item.
  Doc o("Ruiz spoke with Lindqvist and Okafor's acting deputy.");
  o.M("Ruiz", "Ana Ruiz").M("Lindqvist", "Eva Lindqvist").M("Okafor", "Ben Okafor");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(o.Names(eo[0]), (Names{"Ana Ruiz", "Eva Lindqvist"}));
}

TEST(NewsOwnerTitles, ActingTitlesAName) {
  Doc d("Ruiz met acting Prime Minister Ben Okafor on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
