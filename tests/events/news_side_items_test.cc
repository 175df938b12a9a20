// "with A and B on the Norland side and C on the Vesta side", "by A on one
// side and by B on the other": the side an item sat on does not end a list.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSideItems, OnTheNamedSide) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday, with Carla Mendes on the Norland side "
        "and Dan Ito on the Vesta side.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsSideItems, OnOneSideAndOnTheOther) {
  Doc d("Ana Ruiz met Ben Okafor in Lisbon on Friday. They were joined at the table by Carla "
        "Mendes on one side and by Dan Ito on the other.",
        "2025-05-17");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsSideItems, OnOneEndAndAListOnTheOther) {
  Doc d("On Friday, Ana Ruiz held a video conference with Ben Okafor and Carla Mendes on one "
        "end and Dan Ito, Eva Park and Fay Lund on the other.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .M("Eva Park", "Eva Park")
      .M("Fay Lund", "Fay Lund")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito",
                                   "Eva Park", "Fay Lund"}));
}

}  // namespace
}  // namespace eg
