// "since their meeting in Rome last September": the landmark of a "since"
// phrase is an earlier occasion of the pair "their" names, told with its
// own date; "after their talks on Monday" is the occasion just told.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsSinceTheirOccasion, TheLandmarkIsAnEarlierMeetingOfThePair) {
  Doc a("Ruiz met Okafor on Monday, resuming talks that had stalled since their meeting in "
        "Rome in March.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor");
  a.T("Monday", "2025-08-18").T("March", "2025-03");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::vector<std::string> dates{ev[0].date, ev[1].date};
  std::sort(dates.begin(), dates.end());
  EXPECT_EQ(dates[0], "2025-03");
  EXPECT_EQ(dates[1], "2025-08-18");
  for (const auto& e : ev) EXPECT_EQ(e.participants.size(), 2u);
}

TEST(NewsSinceTheirOccasion, AfterTheirTalksIsTheOccasionJustTold) {
  Doc a("Ruiz met Okafor in Rome. After their talks on Monday, Ruiz flew home.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  a.T("Monday", "2025-08-18");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 1u);
}

// The time of a "since" phrase may come after a long description of the
// occasion: "since a brief conversation in the Vatican on the day of the
// cardinal's funeral in April".
TEST(NewsSinceTheirOccasion, ALongLandmarkPhraseKeepsItsTime) {
  Doc a("Ruiz met Okafor on Wednesday, their first face-to-face encounter since a brief "
        "conversation in the Vatican on the day of Cardinal Abel Mendes's funeral in April.");
  a.M("Ruiz", "Ana Ruiz").M("Okafor", "Ben Okafor").M("Cardinal Abel Mendes", "Abel Mendes");
  a.T("Wednesday", "2025-08-20").T("April", "2025-04");
  auto ev = a.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  std::vector<std::string> dates{ev[0].date, ev[1].date};
  std::sort(dates.begin(), dates.end());
  EXPECT_EQ(dates[0], "2025-04");
}

}  // namespace
}  // namespace eg
