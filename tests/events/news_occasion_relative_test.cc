// "a dinner on Monday night, at which X handed Y a letter": an occasion noun
// with no party of its own is told by the relative clause on it.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsOccasionRelative, ThePersonsOfTheWhichClauseWereThere) {
  Doc a("It followed a dinner on Monday night in the Blue Room, at which Ruiz handed Okafor a "
        "letter.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Monday night", "2025-07-07");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(a.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2025-07-07");
  // Without a comma.
  Doc b("The deal followed a private dinner on Sunday evening at which Ruiz and Okafor worked "
        "out a compromise.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("Sunday evening", "2025-07-06");
  ev = b.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2025-07-06");
}

TEST(NewsOccasionRelative, OnePersonOrAnotherClauseIsNone) {
  // One person: no pair.
  Doc a("It followed a dinner on Monday night, at which Ruiz spoke.");
  a.M("Ruiz", "Ana Ruiz").T("Monday night", "2025-07-07");
  EXPECT_TRUE(a.Interactions().empty());
  // A verb between the noun and the clause: the clause is not the noun's.
  Doc b("Ruiz skipped the dinner because of the vote, during which Okafor and Dunn argued.");
  b.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Dunn", "Carl Dunn");
  for (const EventMention& m : b.Interactions()) EXPECT_NE(m.trigger, "dinner");
}

TEST(NewsOccasionRelative, AnIncludedEncounterIsTheSubjects) {
  // "travelled to Washington for talks with officials, including a meeting
  // in March with Y": the encounter singled out is the traveller's.
  Doc a("Ruiz has travelled to Washington twice this year for talks with officials, including a "
        "meeting in March with Ben Okafor.");
  a.M("Ruiz", "Ana Ruiz").M("Washington", "Washington", ActorKind::kOrganization)
      .M("Ben Okafor", "Ben Okafor").T("this year", "2025").T("March", "2025-03");
  bool met = false;
  for (const EventMention& m : a.Interactions())
    met = met || (a.Names(m) == Names{"Ana Ruiz", "Ben Okafor"} && m.date == "2025-03");
  EXPECT_TRUE(met);
}

}  // namespace
}  // namespace eg
