// "X paid a state visit to Freedonia": the visitor meets the country's
// leader whom the story names, not the country.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsVisitedLeader, TheCountryVisitedIsItsNamedLeader) {
  Doc d("Valdorian President Tom Berg met Ana Ruiz on Monday. "
        "Ruiz recalled her state visit to Valdoria in November 2019.");
  d.M("Valdorian President Tom Berg", "Tom Berg").M("Ana Ruiz", "Ana Ruiz");
  d.M("Ruiz", "Ana Ruiz", ActorKind::kPerson, 1).M("Valdoria", "Valdoria", ActorKind::kCountry, 1);
  d.Country("Tom Berg", "VD").Country("Valdoria", "VD").Country("Ana Ruiz", "FR");
  d.T("Monday", "2025-08-18").T("November 2019", "2019-11");
  auto ev = d.Interactions();
  const EventMention* visit = nullptr;
  for (const auto& e : ev)
    if (e.date == "2019-11") visit = &e;
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(d.Names(*visit), (Names{"Ana Ruiz", "Tom Berg"}));
}

TEST(NewsVisitedLeader, TwoLeadersOfTheCountryLeaveItAsItIs) {
  Doc d("Valdorian President Tom Berg and Valdorian Prime Minister Ben Okafor spoke on Monday. "
        "Ruiz recalled her state visit to Valdoria in November 2019.");
  d.M("Valdorian President Tom Berg", "Tom Berg").M("Valdorian Prime Minister Ben Okafor", "Ben Okafor");
  d.M("Ruiz", "Ana Ruiz").M("Valdoria", "Valdoria", ActorKind::kCountry, 2);
  d.Country("Tom Berg", "VD").Country("Ben Okafor", "VD").Country("Valdoria", "VD");
  d.Country("Ana Ruiz", "FR");
  d.T("Monday", "2025-08-18").T("November 2019", "2019-11");
  auto ev = d.Interactions();
  const EventMention* visit = nullptr;
  for (const auto& e : ev)
    if (e.date == "2019-11") visit = &e;
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(d.Names(*visit), (Names{"Ana Ruiz", "Valdoria"}));
}

}  // namespace
}  // namespace eg
