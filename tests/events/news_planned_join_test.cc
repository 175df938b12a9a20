// "X is expected to join Y at the summit": after a word of plan or wish
// the infinitive "to join" is no journey's purpose ("flew to Berlin to join
// Y") but the planned act itself, a meeting when a place follows.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPlannedJoin, ExpectedToJoinSomeoneAtAPlace) {
  for (const char* s : {"Okafor is expected to join Ruiz at the summit on Monday.",
                        "Ruiz was due to travel to Varna on Monday, where Okafor is expected to "
                        "join her at her new golf course."}) {
    Doc d(s, "2025-07-27");
    d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-07-28");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
    EXPECT_EQ(ev[0].status, EventStatus::kPlanned) << s;
    EXPECT_EQ(ev[0].date, "2025-07-28") << s;
  }
}

TEST(NewsPlannedJoin, AJourneysPurposeStillNeedsTheJourney) {
  Doc d("Okafor flew to Varna on Monday to join Ruiz.", "2025-07-27");
  d.M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz").T("Monday", "2025-07-21");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
}

}  // namespace
}  // namespace eg
