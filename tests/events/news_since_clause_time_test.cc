// "the first meeting between the two since X returned to office in March
// last year": the time of a "since" clause dates what the clause tells,
// not the event named before "since" ("to" before "office" or "power" is
// a preposition, no infinitive that would end the clause).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSinceClauseTime, TheSinceClausesTimeIsNotTheMeetings) {
  Doc d("It was the first meeting between Ruiz and Okafor since Okafor returned to office in "
        "March last year.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.T("March last year", "2024-03");
  for (const auto& e : d.Interactions()) EXPECT_NE(e.date, "2024-03");
  Doc p("It was the first meeting between Ruiz and Okafor since Okafor came to power in 2022.");
  p.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  p.T("2022", "2022");
  for (const auto& e : p.Interactions()) EXPECT_NE(e.date, "2022");
}

}  // namespace
}  // namespace eg
