// "LAGOS, Aug 20 (AFP) - The assembly on Tuesday elected X": a dateline is
// the day of the filing; the day the lead tells after it is the story's
// day, which dates the lead's persons' later undated doings.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsDatelineLead, TheLeadsOwnDayNotTheDatelineDatesLaterDoings) {
  Doc d("LAGOS, Aug 20 (AFP) - The assembly on Tuesday elected Ruiz as its chair.\n\n"
        "Ruiz and Okafor met briefly after the vote.",
        "2025-08-20");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 0).M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Okafor", "Ben Okafor");
  d.T("Aug 20", "2025-08-20").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
  // A dateline alone still dates the lead.
  Doc a("LAGOS, Aug 20 (AFP) - The assembly elected Ruiz as its chair.\n\n"
        "Ruiz and Okafor met briefly after the vote.",
        "2025-08-20");
  a.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 0).M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.M("Okafor", "Ben Okafor");
  a.T("Aug 20", "2025-08-20");
  auto ea = a.Interactions();
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_EQ(ea[0].date, "2025-08-20");
}

}  // namespace
}  // namespace eg
