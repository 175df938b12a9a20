// Frame `by_phone`: "X invited Y by phone", "congratulated Y over the
// phone", "thanked Y in a phone call": a verb that is no interaction of its
// own names a call with its person object when the medium follows.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsByPhone, InvitingAPersonByPhoneIsACall) {
  Doc d("Ruiz said that she had invited Okafor by phone on Tuesday night.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday night", "2025-08-19TNI");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

TEST(NewsByPhone, CongratulatingOverThePhoneOrInACallIsACall) {
  Doc d("Ruiz congratulated Okafor over the phone on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc x("Ruiz thanked Okafor in a telephone call for the aid.");
  x.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  auto ex = x.Interactions();
  ASSERT_FALSE(ex.empty());
  EXPECT_EQ(ex[0].type, "call");
  EXPECT_EQ(x.Names(ex[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsByPhone, WithoutTheMediumOrAPersonThereIsNoCall) {
  Doc d("Ruiz thanked Okafor on Monday for the aid.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc x("Ruiz told Reuters by phone that the talks had stalled.");
  x.M("Ruiz", "Ana Ruiz").M("Reuters", "Reuters", ActorKind::kOrganization);
  EXPECT_TRUE(x.Interactions().empty());
}

}  // namespace
}  // namespace eg
