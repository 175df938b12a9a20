// Idioms of calls, meals and company: "X and Y were on the phone with Z"
// (a call), "X said in a phone conversation with Y that ..." (the speaker
// was on the call), "X went to dinner with Y", "X went straight into a summit with
// Y" (going to an occasion is attending it), "X sat beside Y" (a meeting;
// only persons).
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPhoneMealIdioms, OnThePhoneWithIsACall) {
  Doc d("Norland's President Ana Ruiz and Vellan Chancellor Ben Okafor were on the phone "
        "with Prime Minister Dan Novak on Tuesday.");
  d.M("President Ana Ruiz", "Ana Ruiz").M("Chancellor Ben Okafor", "Ben Okafor");
  d.M("Prime Minister Dan Novak", "Dan Novak").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor", "Dan Novak"}));
}

TEST(NewsPhoneMealIdioms, TheSpeakerWasOnTheCallHeSpokeIn) {
  Doc d("On Tuesday Ruiz said in a phone conversation with Okafor that trade mattered.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "call");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-08-19");
}

TEST(NewsPhoneMealIdioms, GoingToAnOccasionIsAttendingIt) {
  for (const char* s : {"On Tuesday Ruiz went to dinner with Okafor in Varna.",
                        "Ruiz arrived on Tuesday and went straight into a summit with Okafor."}) {
    Doc d(s);
    d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
    auto ev = d.Interactions();
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_EQ(ev[0].type, "meeting") << s;
    EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"})) << s;
  }
}

TEST(NewsPhoneMealIdioms, SittingBesideSomeoneIsAMeeting) {
  Doc d("On Tuesday Ruiz sat beside Okafor in the council chamber.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "meeting");
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  Doc n("On Tuesday Ruiz sat next to the fire in Okafor's house.");
  n.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Tuesday", "2025-08-19");
  EXPECT_TRUE(n.Interactions().empty());
}

}  // namespace
}  // namespace eg
