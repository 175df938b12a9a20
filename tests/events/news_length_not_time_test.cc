// A length ("met for about three hours", "the session ran for more than two
// hours") says how long an event lasted, not when: a sentence that has only
// such a time still takes its date from the scene or the story's lead, as
// a sentence without any time does.
#include <gtest/gtest.h>

#include <string>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

std::string DateOf(Doc& d, const std::string& trigger) {
  for (const EventMention& m : d.Interactions())
    if (m.trigger == trigger) return m.date.empty() ? "null" : m.date;
  return "none";
}

TEST(NewsLengthNotTime, ALengthLeavesTheSceneDate) {
  Doc a("Ruiz held talks with Okafor in Lisbon on Monday. Ruiz also met Lima for about three "
        "hours.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.M("Lima", "Eva Lima").T("Monday", "2025-08-18");
  a.T("about three hours", "PT3H", 0, TimexType::kDuration);
  EXPECT_EQ(DateOf(a, "met"), "2025-08-18");
}

TEST(NewsLengthNotTime, ATimeWithADateStillKeepsItsOwn) {
  // "two days later" is counted from a date: the sentence has a time.
  Doc a("Ruiz held talks with Okafor in Lisbon on Monday. Ruiz also met Lima on Wednesday.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.M("Lima", "Eva Lima").T("Monday", "2025-08-18").T("Wednesday", "2025-08-20");
  EXPECT_EQ(DateOf(a, "met"), "2025-08-20");
}

}  // namespace
}  // namespace eg
