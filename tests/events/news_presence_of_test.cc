// "X met Y on Sunday in the presence of Z": Z was at the meeting too.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPresenceOf, ThoseInWhosePresenceTheyMetTakePart) {
  Doc d("Ruiz met Okafor on Sunday in the presence of Lee, who greeted them.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee"}));
}

TEST(NewsPresenceOf, OnlyForMeetings) {
  // A call has no one present but its parties.
  Doc d("Ruiz called Okafor on Sunday in the presence of Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
