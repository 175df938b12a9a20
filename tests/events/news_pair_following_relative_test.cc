// "a phone call between the two presidents in March, in which X invited Y":
// a pair reference whose persons a relative clause right after it names.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPairFollowingRelative, TheRelativeClauseNamesThePair) {
  Doc d(
      "Vice President Tom Okafor met Ana Lee in Varna on Monday. "
      "The visit followed a phone call between the two presidents in March, in which "
      "Ruiz thanked Berg for his support.");
  d.M("Vice President Tom Okafor", "Tom Okafor").M("Ana Lee", "Ana Lee");
  d.M("Ruiz", "Ana Ruiz").M("Berg", "Tom Berg");
  d.T("Monday", "2025-08-18").T("March", "2025-03");
  bool found = false;
  for (const EventMention& m : d.Interactions())
    if (m.type == "call") {
      EXPECT_EQ(d.Names(m), (Names{"Ana Ruiz", "Tom Berg"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(NewsPairFollowingRelative, AVerbBeforeTheCommaIsNoRelativeOfThePair) {
  // "the two leaders met X and Y, at which ...": the persons after the
  // verb are the pair's objects, not the pair.
  Doc d(
      "Ruiz met Berg in Varna on Monday. "
      "The two leaders later called Okafor and Lee, at which Okafor thanked Lee.");
  d.M("Ruiz", "Ana Ruiz").M("Berg", "Tom Berg").M("Okafor", "Tom Okafor").M("Lee", "Ana Lee");
  d.M("Okafor", "Tom Okafor", ActorKind::kPerson, 1).M("Lee", "Ana Lee", ActorKind::kPerson, 1);
  d.T("Monday", "2025-08-18");
  for (const EventMention& m : d.Interactions()) {
    if (m.type == "call") {
      EXPECT_TRUE(d.Names(m).count("Ana Ruiz"));
    }
  }
}

}  // namespace
}  // namespace eg
