// A time that opens the sentence, set off by its comma ("Earlier on
// Friday, X held talks with Y, while Z met W"), dates every interaction of
// the sentence that has no time of its own; a clause of time inside it
// ("since X took office") keeps its own.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsFrontedSentenceTime, DatesEveryClauseOfTheSentence) {
  Doc d("Earlier on Friday, Ruiz held talks with Okafor in Istanbul, while Lima met Diaz.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima").M("Diaz", "Carl Diaz");
  d.T("Friday", "2025-08-15");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2025-08-15") << e.trigger;
}

TEST(NewsFrontedSentenceTime, AClauseWithItsOwnTimeKeepsIt) {
  Doc d("On Friday, Ruiz held talks with Okafor, while Lima met Diaz on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lima", "Eva Lima").M("Diaz", "Carl Diaz");
  d.T("Friday", "2025-08-15").T("Monday", "2025-08-18");
  for (const auto& e : d.Interactions())
    EXPECT_EQ(e.date, e.trigger == "met" ? "2025-08-18" : "2025-08-15") << e.trigger;
}

}  // namespace
}  // namespace eg
