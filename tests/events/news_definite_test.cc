// A definite event noun told in the past ("The talks lasted two hours")
// does not name an event planned for after the publication date; "That
// meeting" (a demonstrative) still names the event last told. "The two
// men" are two persons, not a person and a country; "the two chief
// negotiators" are a pair too, and far from their last report "the two
// leaders" are the pair the story tells of most.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;

TEST(NewsDefinite, PastDefiniteNounSkipsAFuturePlan) {
  Doc d("Ana Ruiz said she would meet Ben Okafor in October. The talks lasted two hours.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("October", "2025-10");
  const auto ev = d.Interactions();
  ASSERT_FALSE(ev.empty());
  for (const auto& m : ev) {
    if (m.date == "2025-10") {
      EXPECT_NE(m.status, EventStatus::kOccurred) << m.trigger;
    }
    if (m.trigger == "talks") {
      EXPECT_NE(m.date, "2025-10");
    }
  }
}

TEST(NewsDefinite, DemonstrativeStillNamesTheLastEvent) {
  Doc d("Ana Ruiz will meet Ben Okafor in October. That meeting has set off a crisis.",
        "2025-08-20");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("October", "2025-10");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].date, "2025-10");
  EXPECT_EQ(ev[1].participants.size(), 2u);
}

TEST(NewsDefinite, TwoMenArePersons) {
  // "the two men" is no pair of a person and a country; "both sides" may be.
  Doc d("Ben Okafor held talks with Spain on Monday. The two men shook hands.");
  d.M("Ben Okafor", "Ben Okafor").M("Spain", "Spain", ActorKind::kCountry).T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].trigger, "held talks");

  Doc s("Ben Okafor held talks with Spain on Monday. Both sides shook hands.");
  s.M("Ben Okafor", "Ben Okafor").M("Spain", "Spain", ActorKind::kCountry).T("Monday", "2025-08-18");
  EXPECT_EQ(s.Interactions().size(), 2u);
}

TEST(NewsDefinite, PairWithAModifierIsAPair) {
  // "the two chief negotiators", "both top envoys": the pair just told.
  Doc d("Ana Ruiz met Ben Okafor in Faro on Monday. The two chief negotiators will meet again "
        "next Saturday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18").T("next Saturday", "2025-08-23");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].participants.size(), 2u);
  EXPECT_EQ(ev[1].date, "2025-08-23");
  EXPECT_EQ(ev[1].status, EventStatus::kPlanned);
}

TEST(NewsDefinite, TwoLeadersFarFromTheirLastReportAreTheStorysPair) {
  // The pair the story tells of twice or more, when the last report of
  // them lies further back than the pair noun looks.
  const std::string filler =
      " Markets rose. Prices fell. Rain came. Fans cheered. Roads closed. Trains ran late.";
  Doc d("Ana Ruiz met Ben Okafor in Faro. Ruiz and Okafor shook hands again." + filler +
        " The two leaders last spoke in June.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  d.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("June", "2025-06");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[2].date, "2025-06");
  EXPECT_EQ(ev[2].participants.size(), 2u);

  // "Two leaders" (indefinite) are any two.
  Doc i("Ana Ruiz met Ben Okafor in Faro. Ruiz and Okafor shook hands again." + filler +
        " Two leaders last spoke in June.");
  i.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1);
  i.M("Okafor", "Ben Okafor", ActorKind::kPerson, 1).T("June", "2025-06");
  EXPECT_EQ(i.Interactions().size(), 2u);

  // Told of once only, the pair is not the story's.
  Doc o("Ana Ruiz met Ben Okafor in Faro." + filler + " The two leaders last spoke in June.");
  o.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor").T("June", "2025-06");
  EXPECT_EQ(o.Interactions().size(), 1u);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

using testing::Doc;

// "the two presidents" are two persons the story names as presidents: not
// the envoy of the interaction just told.
TEST(NewsDefiniteTitles, TwoPresidentsAreTitledPersons) {
  Doc d("President Ana Ruiz spoke with President Ben Okafor by phone on Monday. Envoy Carl Imre "
        "met Okafor in Lagos on Tuesday. The last time the two presidents met in person was in "
        "Geneva in 2018.",
        "2025-08-20");
  d.M("President Ana Ruiz", "Ana Ruiz").M("President Ben Okafor", "Ben Okafor")
      .M("Envoy Carl Imre", "Carl Imre").M("Okafor", "Ben Okafor", ActorKind::kPerson, 1)
      .T("Monday", "2025-08-18").T("Tuesday", "2025-08-19").T("2018", "2018");
  const auto ev = d.Interactions();
  bool found = false;
  for (const auto& m : ev) {
    if (m.date != "2018") continue;
    found = true;
    EXPECT_EQ(d.Names(m), (std::set<std::string>{"Ana Ruiz", "Ben Okafor"}));
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace eg
