// "a call on Tuesday in which X and Y discussed ...", "a state visit on
// Tuesday, during which X will host Y": the event of an "in which" /
// "during which" relative clause happens within its antecedent, and takes
// its date.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsWhichClause, InWhichTakesTheAntecedentsDate) {
  Doc d("The deal was sealed on Friday, three days after a long call on Tuesday in which "
        "Ana Ruiz spoke with Ben Okafor for two hours.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("on Friday", "2025-08-22").T("three days after", "2025-08-19").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_GE(ev.size(), 1u);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-08-19") << e.trigger;
  Doc t("Ana Ruiz will fly to Lisbon in June for a summit, in which she is to meet Ben Okafor, "
        "aides said on Monday.");
  t.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  t.T("June", "2025-06").T("Monday", "2025-08-18");
  auto tv = t.Interactions();
  ASSERT_GE(tv.size(), 1u);
  for (const auto& e : tv) EXPECT_EQ(e.date, "2025-06") << e.trigger;
}

TEST(NewsWhichClause, DuringWhichTakesTheVisitsDate) {
  Doc d("Ana Ruiz will travel to Lisbon on Tuesday for a state visit, during which Ben Okafor "
        "will host her at the palace, officials said on Sunday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Tuesday", "2025-08-26").T("Sunday", "2025-08-24");
  bool host = false;
  for (const auto& e : d.Interactions()) {
    if (e.trigger != "host") continue;
    host = true;
    EXPECT_EQ(e.date, "2025-08-26");
  }
  EXPECT_TRUE(host);
}

}  // namespace
}  // namespace eg
