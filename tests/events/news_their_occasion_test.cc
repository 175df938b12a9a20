// "their" before an event noun with its own date tells an occasion of the
// pair "they" names (the last pair that interacted, else the two persons
// the sentence or the one before names); undated, or the time of another
// event ("during their talks"), it is no new event.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsTheirOccasion, ADatedOccasionOfThePairJustTold) {
  Doc d("Ana Ruiz met Ben Okafor in Varna on Thursday. Their call on June 5 paved the way.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Thursday", "2025-10-30").T("June 5", "2025-06-05");
  bool call = false;
  for (const auto& e : d.Interactions())
    if (e.date == "2025-06-05") {
      call = true;
      EXPECT_EQ(d.Names(e), (Names{"Ana Ruiz", "Ben Okafor"}));
    }
  EXPECT_TRUE(call);
}

TEST(NewsTheirOccasion, TheTwoPersonsOfTheSentence) {
  Doc d("Trade was on the agenda. Ruiz thanked Okafor for his help, recalling their meeting "
        "in Rome last September.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").T("last September", "2024-09");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(ev[0].date, "2024-09");
}

TEST(NewsTheirOccasion, UndatedItIsNoNewEvent) {
  Doc d("Trade was on the agenda. Ruiz thanked Okafor for his help, recalling their meeting "
        "in Rome.");
  d.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  EXPECT_TRUE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
