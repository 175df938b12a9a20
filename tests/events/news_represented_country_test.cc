// A country whose own person takes part in an interaction is no party
// beside that person; a country no person of the event serves stays one.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsRepresentedCountry, ThePersonNotHisCountryIsTheParty) {
  Doc d("Ben Okafor and Ana Ruiz of Freedonia met in Geneva on Monday.");
  d.M("Ben Okafor", "Ben Okafor").M("Ana Ruiz", "Ana Ruiz");
  d.M("Freedonia", "Freedonia", ActorKind::kCountry).T("Monday", "2025-08-18");
  d.Country("Ana Ruiz", "FD").Country("Freedonia", "FD").Country("Ben Okafor", "SY");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsRepresentedCountry, ACountryNoPersonServesStays) {
  Doc d("Ben Okafor held talks with Freedonia in Geneva on Monday.");
  d.M("Ben Okafor", "Ben Okafor").M("Freedonia", "Freedonia", ActorKind::kCountry);
  d.T("Monday", "2025-08-18");
  d.Country("Freedonia", "FD").Country("Ben Okafor", "SY");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Freedonia"}));
}

TEST(NewsRepresentedCountry, ACountryAndItsOwnOfficialAloneMakeNoMeeting) {
  Doc d("Freedonia met Ana Ruiz in Geneva on Monday.");
  d.M("Freedonia", "Freedonia", ActorKind::kCountry).M("Ana Ruiz", "Ana Ruiz");
  d.T("Monday", "2025-08-18");
  d.Country("Ana Ruiz", "FD").Country("Freedonia", "FD");
  EXPECT_TRUE(d.Interactions().empty());
}

TEST(NewsRepresentedCountry, TheTwoCountriesAreNoPairOfPersons) {
  Doc d("Ana Ruiz met Ben Okafor in Geneva on Monday. Talks between the two countries "
        "followed on Tuesday.");
  d.M("Ana Ruiz", "Ana Ruiz").M("Ben Okafor", "Ben Okafor");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  for (const auto& m : d.Interactions()) EXPECT_NE(m.date, "2025-08-19");
  ASSERT_FALSE(d.Interactions().empty());
}

}  // namespace
}  // namespace eg
