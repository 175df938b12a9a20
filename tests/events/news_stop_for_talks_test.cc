// "X stopped in Ottawa on Sunday for talks with Y": a halt on a journey is
// travel, and the talks after "for" are the traveller's (cues.tsv motion).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsStopForTalks, AHaltForTalksIsTheTravellersTalks) {
  Doc d("Varga stopped in Lisbon for talks with Osei.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (std::set<std::string>{"Ilona Varga", "Kofi Osei"}));
}

}  // namespace
}  // namespace eg
