// A verb joined by "and" to a dated plan of the same subject ("X will
// meet Y on Wednesday and will also be received by Z") goes on in that
// plan: planned, at its time, not an undated proposal.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPlanConjunct, AndAlsoTakesThePlansDate) {
  Doc d("Ruiz will meet Okafor on Wednesday and will also hold talks with Lima.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  d.T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    EXPECT_EQ(e.date, "2025-08-20") << e.trigger;
    EXPECT_EQ(e.status, EventStatus::kPlanned) << e.trigger;
  }
}

TEST(NewsPlanConjunct, AfterAnAppositionAndAPassive) {
  Doc d("Ruiz will travel to Lisbon on Wednesday, where she will meet her counterpart, "
        "Okafor, and will also be received by Lima.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima");
  d.T("Wednesday", "2025-08-20");
  for (const auto& e : d.Interactions()) {
    EXPECT_EQ(e.date, "2025-08-20") << e.trigger;
    EXPECT_EQ(e.status, EventStatus::kPlanned) << e.trigger;
  }
}

}  // namespace
}  // namespace eg
