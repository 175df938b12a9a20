// "King Okafor of Norland met Ruiz", "President Ben Okafor of Norland met
// Ruiz": the country after "of" says whose king or president he is; he is
// the subject, the country no party.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsPersonOfPolity, TheTitledPersonBeforeOfACountryIsTheSubject) {
  Doc d("King Okafor of Norland met Ruiz on Monday.");
  d.M("King Okafor", "Ben Okafor")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Ruiz", "Ana Ruiz")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

TEST(NewsPersonOfPolity, AGroupOfCountriesStaysTheSubject) {
  // "the ministers of Norland and Vesterland": no person before "of".
  Doc d("The ministers of Norland and Vesterland met Ruiz on Monday.");
  d.M("Norland", "Norland", ActorKind::kCountry)
      .M("Vesterland", "Vesterland", ActorKind::kCountry)
      .M("Ruiz", "Ana Ruiz")
      .T("Monday", "2025-08-18");
  auto ev = d.Interactions();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(d.Names(ev[0]), (Names{"Norland", "Vesterland", "Ana Ruiz"}));
}

TEST(NewsPersonOfPolity, EachPersonOfAListOfPairs) {
  Doc d("Presidents Ben Okafor of Norland and Ana Ruiz of Vesterland signed a plan on Monday.");
  d.M("Ben Okafor", "Ben Okafor")
      .M("Norland", "Norland", ActorKind::kCountry)
      .M("Ana Ruiz", "Ana Ruiz")
      .M("Vesterland", "Vesterland", ActorKind::kCountry)
      .T("Monday", "2025-08-18");
  auto ev = d.Run();
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(d.Names(ev[0]), (Names{"Ben Okafor", "Ana Ruiz"}));
}

}  // namespace
}  // namespace eg
