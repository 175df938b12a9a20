// "Ushakov himself and Dmitriev took part in the talks": a reflexive after
// a list item does not end the list.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsReflexiveItem, HerselfInsideTheSubjectList) {
  Doc d("Ana Ruiz herself and Ben Okafor met Carla Mendes in Lisbon on Friday.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes"}));
}

TEST(NewsReflexiveItem, TookPartInTheTalksJustTold) {
  Doc d("Ana Ruiz held talks with Ben Okafor in Lisbon on Friday. The talks lasted three "
        "hours. Carla Mendes herself and Dan Ito took part in the talks.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(d.Names(ev.back()), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

}  // namespace
}  // namespace eg
