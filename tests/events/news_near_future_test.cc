// A plan within a near span ("in the coming days", "over the next few
// weeks") is planned with a time, though the time gives no date; a plan
// with no time at all is only proposed.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

EventStatus OnlyStatus(Doc& d) {
  auto ev = d.Interactions();
  EXPECT_EQ(ev.size(), 1u);
  return ev.empty() ? EventStatus::kOccurred : ev[0].status;
}

TEST(NewsNearFuture, APlanWithinTheComingDaysIsPlanned) {
  Doc a("Ruiz said he planned to speak with Okafor by phone in the coming days.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("the coming days", "PXD", 0, TimexType::kDuration);
  EXPECT_EQ(OnlyStatus(a), EventStatus::kPlanned);

  Doc b("Ruiz will meet Okafor over the next few weeks.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.T("the next few weeks", "PXW", 0, TimexType::kDuration);
  EXPECT_EQ(OnlyStatus(b), EventStatus::kPlanned);
}

TEST(NewsNearFuture, APlanWithoutATimeIsProposed) {
  Doc a("Ruiz said he planned to speak with Okafor by phone.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(OnlyStatus(a), EventStatus::kProposed);

  // A length in the past is no near span ahead.
  Doc b("Ruiz said he planned to speak with Okafor, after days of silence.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.T("days", "PXD", 0, TimexType::kDuration);
  EXPECT_EQ(OnlyStatus(b), EventStatus::kProposed);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

EventStatus SoleStatus(Doc& d) {
  auto ev = d.Interactions();
  EXPECT_EQ(ev.size(), 1u);
  return ev.empty() ? EventStatus::kOccurred : ev[0].status;
}

// "in the near future", "shortly", "soon", "immediately": a near time ahead, as "the
// coming days" is; "as soon as we can set it up" is a condition, no time.
TEST(NewsNearFuture, TheNearFutureShortlyAndSoonArePlanned) {
  Doc a("An aide said that Ruiz and Okafor would speak by phone \"in the near future\".");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("the near future", "FUTURE_REF");
  EXPECT_EQ(SoleStatus(a), EventStatus::kPlanned);

  Doc b("Ruiz will meet Okafor shortly, at a date and place to be agreed.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(SoleStatus(b), EventStatus::kPlanned);

  // "would begin technical talks immediately".
  Doc i("Ruiz said teams led by Okafor and Dunn would begin technical talks immediately.");
  i.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn");
  EXPECT_EQ(SoleStatus(i), EventStatus::kPlanned);

  Doc c("Ruiz said he would meet Okafor \"as soon as we can set it up\".");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_EQ(SoleStatus(c), EventStatus::kProposed);

  // "within two weeks", "within 30 days": a near time ahead too.
  Doc w("Ruiz announced that he would meet Okafor in Varna, \"within two weeks or so.\"");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  w.T("two weeks or so", "P2W", 0, TimexType::kDuration);
  EXPECT_EQ(SoleStatus(w), EventStatus::kPlanned);

  // A future far off is no near time.
  Doc d("Ruiz said he would meet Okafor at some point in the future.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("the future", "FUTURE_REF");
  EXPECT_EQ(SoleStatus(d), EventStatus::kProposed);
}

// A plan within a near span is dated by the month the story is written in.
TEST(NewsNearFuture, APlanWithinANearSpanTakesThePublicationMonth) {
  Doc a("Ruiz said he would meet Okafor within 30 days.", "2025-07-02");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("30 days", "P30D", 0, TimexType::kDuration);
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  EXPECT_EQ(ev[0].date, "2025-07");

  Doc b("Ruiz said he planned to speak with Okafor by phone in the coming days.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.T("the coming days", "PXD", 0, TimexType::kDuration);
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(eb[0].date, "2025-08");

  // A length told of the past is no span ahead: no date from it.
  Doc c("Ruiz met Okafor, who had been in Varna within two weeks of the vote.");
  c.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  c.T("two weeks", "P2W", 0, TimexType::kDuration);
  auto ec = c.Interactions();
  ASSERT_EQ(ec.size(), 1u);
  EXPECT_EQ(ec[0].status, EventStatus::kOccurred);
  EXPECT_EQ(ec[0].date, "");
}

}  // namespace
}  // namespace eg
