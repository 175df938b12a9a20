// "the heads of the region's three largest banks, including X": a group
// noun with an "of" complement in lower-case words, then the members it
// names; they take part as "leaders, including X" do.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsGroupComplementMembers, MembersAfterTheComplementTakePart) {
  Doc d("Ruiz will meet the heads of the region's three largest banks, including Okafor, on "
        "Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));

  Doc e("Ruiz met leaders of both farm unions, such as Okafor and Lee, on Monday.");
  e.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Monday", "2025-08-18");
  auto ev2 = e.Interactions();
  ASSERT_EQ(ev2.size(), 1u);
  EXPECT_EQ(e.Names(ev2[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
}

// A complement with a name or a clause in it is left to the other rules:
// no member list is read past it.
TEST(NewsGroupComplementMembers, ACapitalisedOrClausalComplementIsNoCarrier) {
  Doc d("Ruiz will meet the heads of banks that failed, including Okafor, on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  for (const auto& x : d.Interactions()) EXPECT_FALSE(d.Names(x).count("Ben Okafor"));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

// "including Guild of Harbour Pilots President X": a body's name that no
// actor stands for, with "of" inside, before the title of its member.
TEST(NewsGroupComplementMembers, ABodysNameWithOfBeforeATitle) {
  Doc d("Ruiz will meet local leaders, including Guild of Harbour Pilots President Okafor, "
        "on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("President Okafor", "Ben Okafor").T("Monday", "2025-08-25");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
