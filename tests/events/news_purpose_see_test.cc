// Seeing someone as the purpose of a journey or a stay there is meeting
// him: "flew to Norland to see Okafor", "will be in Lagos tomorrow to see
// Okafor and Lee". Seeing alone ("saw Okafor on television") is none.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPurposeSee, SeeingSomeoneOnAJourneyThereIsAMeeting) {
  Doc d("Ruiz flew to Norland on Monday to see Okafor.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-18");
  // A stay there, in the future: planned, with all the persons to be seen.
  Doc s("Ruiz says he will be in Lagos tomorrow to see Okafor, Lee and Tanaka.");
  s.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Lee", "Kim Lee").M("Tanaka", "Kei Tanaka");
  s.T("tomorrow", "2025-08-21");
  auto es = s.Interactions();
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(s.Names(es[0]), (Names{"Ana Ruiz", "Ben Okafor", "Kim Lee", "Kei Tanaka"}));
  EXPECT_EQ(es[0].status, EventStatus::kPlanned);
}

TEST(NewsPurposeSee, SeeingAloneIsNoMeeting) {
  Doc d("Ruiz saw Okafor on television on Monday.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday", "2025-08-18");
  EXPECT_TRUE(d.Interactions().empty());
  Doc w("Ruiz wants to see Okafor resign.");
  w.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(w.Interactions().empty());
}

}  // namespace
}  // namespace eg
