// "held a long-planned meeting": the word after a glued hyphen heads a
// compound adjective that describes the event; it is no cue of its status
// ("planned" alone would be), so the meeting told in the past took place.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsCompoundStatus, ACompoundAdjectiveIsNoStatusCue) {
  Doc d("Varga held a long-planned meeting with Osei on Friday.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  d.T("Friday", "2024-03-08");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].status, EventStatus::kOccurred);
  // The plan itself still counts.
  Doc p("Varga will hold a long-planned meeting with Osei on Friday.");
  p.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  p.T("Friday", "2024-03-08");
  auto pv = p.Interactions();
  ASSERT_EQ(pv.size(), 1u);
  EXPECT_EQ(pv[0].status, EventStatus::kPlanned);
}

}  // namespace
}  // namespace eg
