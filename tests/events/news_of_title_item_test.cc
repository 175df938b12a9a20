// "Prime Minister X and Chief of Army Staff Y met Z": a title with "of" in
// it ("Chief of Staff", "Chief of the Defence Staff") before the second
// item of a subject list does not cut the list.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOfTitleItem, ChiefOfArmyStaff) {
  Doc d("Prime Minister Ana Ruiz and Chief of Army Staff General Ben Okafor met Carla Mendes "
        "in Lisbon on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes"}));
}

TEST(NewsOfTitleItem, ChiefOfTheDefenceStaff) {
  Doc d("Ana Ruiz and Chief of the Defence Staff Ben Okafor met Carla Mendes in Lisbon on "
        "Friday.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes"}));
}

TEST(NewsOfTitleItem, OfAPlaceIsNoTitle) {
  // "the mayor of Lisbon": a place after "of", then no "and" before: the
  // list still starts at its first name only.
  Doc d("Carla Mendes said the people of Lisbon and Ben Okafor met Ana Ruiz on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
