// Time spent with someone is time in his company: "X and Y spent five days
// with the mediators", "X spent five hours with Y in the Kremlin".
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTimeSpent, SpendingTimeWithSomeoneIsAMeeting) {
  Doc d("Ruiz spent about five hours with Okafor in Varna on Tuesday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // Two subjects with unnamed mediators: a meeting of the two.
  Doc m("In April 2001, Ruiz and Okafor spent five days with American mediators.");
  m.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("April 2001", "2001-04");
  auto em = m.Interactions();
  ASSERT_EQ(em.size(), 1u);
  EXPECT_EQ(m.Names(em[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

TEST(NewsTimeSpent, SpendingMoneyOrAnotherVerbsWithIsNone) {
  Doc d("Ruiz and Okafor spent $5 billion on arms.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
  // The "with" belongs to the participle.
  Doc p("Ruiz said he and Lee had spent 48 hours engaging with Okafor.");
  p.M("Ruiz", "Ana Ruiz").M("Lee", "Kim Lee").M("Okafor", "Ben Okafor");
  for (const auto& e : p.Interactions()) EXPECT_NE(e.type, "meeting");
}

}  // namespace
}  // namespace eg
