// "X told reporters on Thursday that he had met Y on Wednesday": the time
// after the saying's object dates the saying, not the event it reports.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsToldObjectTime, TheTimeAfterTheSayingsObjectDatesTheSaying) {
  Doc d("Ruiz told journalists on Thursday that she had met Ben Okafor on Wednesday.", "2025-08-22");
  d.M("Ruiz", "Ana Ruiz").M("she", "Ana Ruiz").M("Ben Okafor", "Ben Okafor")
      .T("Thursday", "2025-08-21").T("Wednesday", "2025-08-20");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-20");
}

TEST(NewsToldObjectTime, WithNoOtherTimeTheSayingStillDates) {
  Doc d("Ruiz told journalists on Thursday that she had met Okafor.", "2025-08-22");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Thursday", "2025-08-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-21");
}

}  // namespace
}  // namespace eg
