// "X sat down with Y on Saturday, and the two agreed to hold talks between
// A and B": a sentence that tells an encounter and the plan it produced
// holds two events. The planned one names more parties, but it is a later
// event, not a fuller report of the one that took place: the encounter
// keeps its status and its date.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsMetThenAgreed, TheEncounterIsNotTakenIntoThePlan) {
  Doc d("Varga sat down with Osei on Saturday, and the two agreed to hold regular talks "
        "between Norland and the Sudrian League.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  d.M("Norland", "Norland", ActorKind::kCountry);
  d.M("Sudrian League", "Sudrian League", ActorKind::kOrganization);
  d.T("Saturday", "2024-03-09");
  bool met = false;
  for (const auto& e : d.Interactions()) {
    if (d.Names(e) == std::set<std::string>{"Ilona Varga", "Kofi Osei"}) {
      met = true;
      EXPECT_EQ(e.status, EventStatus::kOccurred);
      EXPECT_EQ(e.date, "2024-03-09");
    }
  }
  EXPECT_TRUE(met);
}

}  // namespace
}  // namespace eg
