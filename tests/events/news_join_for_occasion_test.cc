// "X joined Y for the announcement": joining someone for an occasion named
// by a determined noun phrase is being there with him (the `placed` frame,
// extract_participants.cc); "for the first time" and a duration ("for a
// week") name no occasion. And a verb after "but" has the subject of the
// verb before it ("X was not present but joined Y ...", extract_subjects.cc).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsJoinForOccasion, JoiningSomeoneForAnOccasion) {
  Doc d("Okafor joined Ruiz for the launch ceremony in the East Hall on Monday.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  Doc a("Okafor joined Ruiz for a reception on Monday.");
  a.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  EXPECT_EQ(a.Interactions().size(), 1u);
}

TEST(NewsJoinForOccasion, NoOccasionNoMeeting) {
  Doc d("Okafor joined Ruiz for the first time in backing the plan.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz");
  EXPECT_TRUE(d.Interactions().empty());
  Doc w("Okafor joined Ruiz for a week in March.");
  w.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("a week", "P1W", 0, TimexType::kDuration).T("March", "2025-03");
  EXPECT_TRUE(w.Interactions().empty());
}

TEST(NewsJoinForOccasion, TheSubjectBeforeBut) {
  Doc d("Okafor, the firm's founder, was not present but joined Ruiz for the launch in May.");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("May", "2025-05");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  Doc m("Okafor arrived late but met Ruiz on Monday.");
  m.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-08-18");
  ASSERT_EQ(m.Interactions().size(), 1u);
}

}  // namespace
}  // namespace eg
