// "with X and several European leaders, including A, B and C", "with X
// and other leaders - A, B and C -": a group closing a list gives the
// members it names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsGroupClosingList, IncludingAfterTheGroup) {
  Doc d("On Friday, Ana Ruiz had a call with Ben Okafor and several European leaders, "
        "including Carla Mendes and Dan Ito.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Dan Ito"}));
}

TEST(NewsGroupClosingList, MembersBetweenDashes) {
  Doc d("On Friday, Ana Ruiz had a call with Ben Okafor and other leaders \xE2\x80\x94 Carla "
        "Mendes, Eva Park and Dan Ito \xE2\x80\x94 to brief them.");
  d.M("Ana Ruiz", "Ana Ruiz")
      .M("Ben Okafor", "Ben Okafor")
      .M("Carla Mendes", "Carla Mendes")
      .M("Eva Park", "Eva Park")
      .M("Dan Ito", "Dan Ito")
      .T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]),
            (Names{"Ana Ruiz", "Ben Okafor", "Carla Mendes", "Eva Park", "Dan Ito"}));
}

TEST(NewsGroupClosingList, GroupWithoutMembers) {
  Doc d("On Friday, Ana Ruiz had a call with Ben Okafor and several European leaders, and "
        "Carla Mendes said it went well.");
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
