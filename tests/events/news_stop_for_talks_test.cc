// "X stopped in Ottawa on Sunday for talks with Y": a halt on a journey is
// travel, and the talks after "for" are the traveller's (cues.tsv motion).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStopForTalks, AHaltForTalksIsTheTravellersTalks) {
  Doc d("Varga stopped in Lisbon on Friday for talks with Osei before flying home.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  d.T("Friday", "2024-03-08");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ilona Varga", "Kofi Osei"}));
  EXPECT_EQ(ev[0].date, "2024-03-08");
}

}  // namespace
}  // namespace eg
