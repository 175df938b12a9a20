// "X sat down with Y, the envoy, at Blair House on Monday to discuss the
// truce": a time right before an infinitive of purpose dates the main
// clause's event, not an event the infinitive's object names ("the truce").
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPurposeTime, TheMainClauseKeepsItsTime) {
  Doc d("Ana Ruiz sat down with Ben Okafor, the envoy, at the palace on Monday to discuss the "
        "truce, according to a statement.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

TEST(NewsPurposeTime, TheInfinitivesOwnVerbKeepsTheTime) {
  // The infinitive's verb itself is the main clause's purpose, dated with it.
  Doc d("Ana Ruiz flew to Rome on Monday to meet Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
}

}  // namespace
}  // namespace eg
