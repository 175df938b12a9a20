// "X co-chaired the summit with Y", "X and Y co-hosted the conference":
// chairing or hosting an occasion together is being at it together. The
// verb after the hyphened prefix tells the tense; a short quoted title
// after a determiner is part of the object, not a quote that ends the
// clause.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsCoHost, CoChairingIsMeetingInThePastTense) {
  // Tuesday 2025-10-14: "co-chaired ... on Monday" is the day before.
  Doc d("Ruiz co-chaired the summit with Okafor on Monday.", "2025-10-14");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-10-13");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-10-13");
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsCoHost, CoHostsInTheSubject) {
  Doc d("Ruiz and Okafor co-hosted the session on Monday.", "2025-10-14");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-10-13");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
}

TEST(NewsCoHost, AQuotedTitleIsPartOfTheObject) {
  Doc d("Ruiz held the \"Summit for Peace\" with Okafor on Monday.", "2025-10-14");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-10-13");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  // A quote proper still ends the clause: what is said in it is no
  // complement of the verb before it.
  Doc q("Ruiz said \"we talked\" with Okafor present.", "2025-10-14");
  q.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(q.Interactions().empty());
}

TEST(NewsCoHost, AnOccasionCoHostedWithCountriesIsNoMeetingOfTheirs) {
  // "The cup is co-hosted with A and B": the hosts besides the subject must
  // be persons; the countries named are no meeting of their own.
  Doc d("The cup is co-hosted with Norland and Sudovia.", "2025-10-14");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Sudovia", "Sudovia", ActorKind::kCountry);
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
