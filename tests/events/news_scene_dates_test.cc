// Dates of 2025 web news that the scene around a clause gives: a relative
// clause that only places its antecedent somewhere ("X, who was in Tirana
// on Friday, spoke with Y") dates the main clause's event.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSceneDates, BeingThereRelativeClauseDatesTheMainEvent) {
  Doc d("Ruiz, who was in Varna for the summit on Friday, spoke by phone with Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-05-16");

  Doc p("Ruiz, who is in Varna this week, met Okafor at the palace.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("this week", "2025-W20");
  auto ep = p.Interactions();
  ASSERT_EQ(ep.size(), 1u);
  EXPECT_EQ(ep[0].date, "2025-W20");

  // A relative clause telling of another doing keeps its time to itself.
  Doc o("Ruiz, who was elected in Varna on Friday, spoke by phone with Okafor.");
  o.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-05-16");
  auto eo = o.Interactions();
  ASSERT_EQ(eo.size(), 1u);
  EXPECT_EQ(eo[0].date, "");
}

}  // namespace
}  // namespace eg
