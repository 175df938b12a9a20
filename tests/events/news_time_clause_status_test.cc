// A verb in the present inside a clause of time ("until he meets Putin",
// "once they meet", "when X meets Y on Friday") tells what is to come: not
// an event that occurred.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsTimeClauseStatus, PresentInAClauseOfTimeIsToCome) {
  for (const char* s : {"Ruiz says nothing will move until he meets Okafor himself.",
                        "Nothing will change until Ruiz meets Okafor.",
                        "Ruiz will not decide before he speaks with Okafor.",
                        "Once Ruiz and Okafor meet, the talks can start."}) {
    Doc d(s, "2025-08-13");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_NE(ev[0].status, EventStatus::kOccurred) << s;
  }
  // With a time of its own it is planned.
  Doc w("When Ruiz meets Okafor on Friday, she will raise the ceasefire.", "2025-08-13");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-15");
  auto wv = w.Interactions();
  ASSERT_EQ(wv.size(), 1u);
  EXPECT_EQ(wv[0].status, EventStatus::kPlanned);
}

TEST(NewsTimeClauseStatus, PastInAClauseOfTimeOccurred) {
  for (const char* s : {"Ruiz stayed in Paris until she met Okafor on Friday.",
                        "When Ruiz met Okafor on Friday, she raised the ceasefire.",
                        "After Ruiz had spoken with Okafor on Friday, she left."}) {
    Doc d(s, "2025-08-13");
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Friday", "2025-08-08");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].status, EventStatus::kOccurred) << s;
  }
}

}  // namespace
}  // namespace eg
