// "had an audience with Y", "a private audience with the King": an audience
// is a formal meeting; without its "with" ("the audience applauded") it is
// the listeners.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsAudience, AnAudienceWithSomeoneIsAMeeting) {
  Doc d("Ruiz had a private audience with Okafor in 2009.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2009", "2009");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2009");
}

TEST(NewsAudience, TheListenersAreNoMeeting) {
  Doc d("The audience applauded Ruiz and Okafor in 2009.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("2009", "2009");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
