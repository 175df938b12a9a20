// "X arrived in Washington on Sunday and met Y on Monday": a time in the
// conjunct before the verb's own dates that conjunct's verb; the verb's
// own time, after it, dates its event.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsConjunctTime, TheVerbsOwnTimeBeatsTheConjunctBefore) {
  Doc d("Ana Ruiz arrived in Paris on Sunday and met Ben Okafor on Monday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Sunday", "2025-08-17").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-18");
  Doc t("Ana Ruiz landed in Paris last night and then met Ben Okafor at the Elysee this morning.");
  t.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  t.T("last night", "2025-08-17").T("this morning", "2025-08-18");
  auto tv = t.Interactions();
  ASSERT_EQ(tv.size(), 1u);
  EXPECT_EQ(tv[0].date, "2025-08-18");
}

// With no time of its own the verb keeps the conjunct's; a subject list
// ("Ruiz and Okafor met") opens no conjunct.
TEST(NewsConjunctTime, OtherwiseTheTimeBeforeStays) {
  Doc d("Ana Ruiz arrived in Paris on Sunday and met Ben Okafor.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("Sunday", "2025-08-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-17");
  Doc s("On Sunday, Ana Ruiz and Ben Okafor met Carl Diaz for talks that ended on Monday.");
  s.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Diaz", "Carl Diaz");
  s.T("Sunday", "2025-08-17").T("Monday", "2025-08-18");
  bool sunday = false;
  for (const auto& e : s.Interactions()) sunday = sunday || e.date == "2025-08-17";
  EXPECT_TRUE(sunday);
  // The time of the whole clause, before its subject.
  Doc w("What happened that same day: Ana Ruiz picked up the phone and called Ben Okafor, the "
        "prime minister, and apologised for the strike on the rebel leaders in the capital "
        "earlier that month.");
  w.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  w.T("that same day", "2025-08-14").T("earlier that month", "2025-08");
  bool called = false;
  for (const auto& e : w.Interactions()) {
    if (e.trigger != "called") continue;
    called = true;
    EXPECT_EQ(e.date, "2025-08-14");
  }
  EXPECT_TRUE(called);
}

}  // namespace
}  // namespace eg
