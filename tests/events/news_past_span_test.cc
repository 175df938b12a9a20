// "over the past year", "in the last month": the span up to the day of
// writing dates no event ("have met several times over the past year" is
// not a meeting of last calendar year).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsPastSpan, TheSpanUpToNowDatesNoEvent) {
  struct Case { const char* text; const char* timex; const char* value; };
  for (const Case& c : {Case{"Ruiz and Okafor have met several times over the past year.",
                             "the past year", "2024"},
                        Case{"Ruiz and Okafor have met twice in the last month.",
                             "the last month", "2025-08"}}) {
    Doc d(c.text, "2025-09-08");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T(c.timex, c.value);
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << c.text;
    EXPECT_EQ(ev[0].date, "") << c.text;
  }
}

TEST(NewsPastSpan, LastYearIsStillACalendarYear) {
  Doc d("Ruiz and Okafor met last year.", "2025-09-08");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last year", "2024");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2024");
}

}  // namespace
}  // namespace eg
