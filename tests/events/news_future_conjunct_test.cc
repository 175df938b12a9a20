// "X flies to Rome on Monday and is due to meet Y on Tuesday", "X met Y on
// Monday and will visit Z on Thursday": the auxiliaries and fillers of a
// second conjunct ("will", "is due to", "plans to") stand between "and"
// and its verb; its own time dates it, not the time of the conjunct before.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsFutureConjunct, DueToMeetTakesItsOwnTime) {
  Doc d("Ana Ruiz flies to Lisbon on Monday and is due to meet Ben Okafor, the island's new "
        "prime minister, on Tuesday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-25").T("Tuesday", "2025-08-26");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-26");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
}

TEST(NewsFutureConjunct, WillVisitTakesItsOwnTime) {
  Doc d("Ana Ruiz lands in Lisbon on Saturday for her first trip abroad and will meet "
        "Ben Okafor on Sunday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Saturday", "2025-08-23").T("Sunday", "2025-08-24");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-08-24");
  EXPECT_EQ(ev[0].status, EventStatus::kPlanned);
  // Two interactions: each keeps its own.
  Doc t("Ana Ruiz met Ben Okafor on Monday and will visit Carl Diaz on Thursday.");
  t.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Carl Diaz", "Carl Diaz");
  t.T("Monday", "2025-08-18").T("Thursday", "2025-08-21");
  bool met = false, visit = false;
  for (const auto& e : t.Interactions()) {
    if (e.trigger == "met") {
      met = true;
      EXPECT_EQ(e.date, "2025-08-18");
      EXPECT_EQ(e.status, EventStatus::kOccurred);
    }
    if (e.trigger == "visit") {
      visit = true;
      EXPECT_EQ(e.date, "2025-08-21");
      EXPECT_EQ(e.status, EventStatus::kPlanned);
    }
  }
  EXPECT_TRUE(met);
  EXPECT_TRUE(visit);
}

}  // namespace
}  // namespace eg
