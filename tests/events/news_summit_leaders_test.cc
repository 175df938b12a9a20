// "ahead of a formal Norland-Valdoria summit on Thursday": a summit of
// countries is one of their leaders, when the story names one leader of
// each; otherwise the countries stay.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsSummitLeaders, EachCountryGivesWayToItsNamedLeader) {
  Doc d("Valdorian President Tom Berg spoke on Monday. Norlandic Prime Minister Ana Ruiz spoke "
        "too. A Norland-Valdoria summit took place on Tuesday.");
  d.M("Valdorian President Tom Berg", "Tom Berg").M("Norlandic Prime Minister Ana Ruiz", "Ana Ruiz");
  d.M("Norland", "Norland", ActorKind::kCountry, 1).M("Valdoria", "Valdoria", ActorKind::kCountry, 1);
  d.Country("Tom Berg", "VD").Country("Valdoria", "VD").Country("Ana Ruiz", "NL").Country("Norland", "NL");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  const EventMention* summit = nullptr;
  auto ev = d.Interactions();
  for (const auto& e : ev)
    if (e.date == "2025-08-19") summit = &e;
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(d.Names(*summit), (Names{"Ana Ruiz", "Tom Berg"}));
}

TEST(NewsSummitLeaders, ACountryWithoutANamedLeaderKeepsTheCountries) {
  Doc d("Valdorian President Tom Berg spoke on Monday. A Norland-Valdoria summit took place on "
        "Tuesday.");
  d.M("Valdorian President Tom Berg", "Tom Berg");
  d.M("Norland", "Norland", ActorKind::kCountry).M("Valdoria", "Valdoria", ActorKind::kCountry, 1);
  d.Country("Tom Berg", "VD").Country("Valdoria", "VD").Country("Norland", "NL");
  d.T("Monday", "2025-08-18").T("Tuesday", "2025-08-19");
  const EventMention* summit = nullptr;
  auto ev = d.Interactions();
  for (const auto& e : ev)
    if (e.date == "2025-08-19") summit = &e;
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(d.Names(*summit), (Names{"Norland", "Valdoria"}));
}

}  // namespace
}  // namespace eg
