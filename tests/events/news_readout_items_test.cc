// A page of readouts or press releases, each item with its own day: a dated
// heading line above the item ("Leader call with President X: 9 July
// 2025"), or an issue line that closes it ("[Issued Monday, February 17]").
// "today", "this evening", "yesterday" in an item count from the item's
// day, not from the page's; an undated meeting of an item closed by an
// issue line is on the item's day.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsReadoutItems, TodayInAnItemUnderADatedHeadingIsTheHeadingsDay) {
  Doc d("Press release\n\n"
        "Chancellor call with President Okafor: 9 July 2025\n\n"
        "Chancellor Ruiz spoke by phone with President Okafor this evening.\n\n"
        "---\n\n"
        "Chancellor meeting with President Tanaka: 8 July 2025\n\n"
        "Chancellor Ruiz met President Tanaka at the palace this evening.\n\n"
        "Published 10 July 2025\n",
        "2025-07-10");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1);
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Tanaka", "Kei Tanaka");
  d.M("Tanaka", "Kei Tanaka", ActorKind::kPerson, 1);
  d.T("9 July 2025", "2025-07-09").T("8 July 2025", "2025-07-08").T("10 July 2025", "2025-07-10");
  d.T("this evening", "2025-07-10", 0).T("this evening", "2025-07-10", 1);
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(ev[0].date, "2025-07-09");
  EXPECT_EQ(ev[1].type, "meeting");
  EXPECT_EQ(ev[1].date, "2025-07-08");
}

TEST(NewsReadoutItems, AnIssueLineClosingAnItemDatesIt) {
  Doc d("Office of the Spokesperson\n"
        "Readouts: the Secretary's travel\n"
        "February 19, 2025\n\n"
        "1. Varna\n"
        "Secretary Ruiz met today with Prime Minister Okafor in Varna.\n"
        "[Issued Sunday, February 16]\n\n"
        "2. Dorn\n"
        "Secretary Ruiz met separately with Foreign Minister Tanaka.\n"
        "[Issued Monday, February 17]\n",
        "2025-02-19");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Tanaka", "Kei Tanaka");
  d.T("February 19, 2025", "2025-02-19").T("today", "2025-02-19");
  d.T("Sunday, February 16", "2025-02-16").T("Monday, February 17", "2025-02-17");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].date, "2025-02-16");
  EXPECT_EQ(ev[1].date, "2025-02-17");
}

TEST(NewsReadoutItems, TodayInAStoryWithoutItemDatesIsThePublicationDay) {
  Doc d("Leaders meet in Varna\n"
        "By Jo Doe\n"
        "July 10, 2025\n\n"
        "Chancellor Ruiz met President Okafor today in Varna.\n",
        "2025-07-10");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  d.T("July 10, 2025", "2025-07-10").T("today", "2025-07-10");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-07-10");
}

}  // namespace
}  // namespace eg
