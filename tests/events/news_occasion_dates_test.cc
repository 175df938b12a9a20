// Dates of 2025 web news that an occasion holding the event gives: "X met
// Y on the sidelines of the Pact meeting in Varna on Thursday", "at the
// Pact summit on Friday": the time after the occasion, named by its host
// body, dates the meeting held at it; "ahead of the Pact meeting on
// Thursday" does not.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsOccasionDates, TimeAfterTheHostedOccasionDatesTheMeetingAtIt) {
  Doc d("Ruiz met Okafor on the sidelines of the Varna Pact meeting in Sofia on Thursday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-05-15");

  Doc a("Ruiz met Okafor at the Varna Pact summit in Sofia on Thursday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-05-15");

  // Before the occasion: its time is its own.
  Doc b("Ruiz met Okafor ahead of the Varna Pact meeting in Sofia on Thursday.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  b.M("Varna Pact", "Varna Pact", ActorKind::kOrganization).T("Thursday", "2025-05-15");
  auto eb = b.Interactions();
  ASSERT_EQ(eb.size(), 1u);
  EXPECT_EQ(eb[0].date, "");
}

}  // namespace
}  // namespace eg
