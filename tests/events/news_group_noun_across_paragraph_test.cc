// "X hopes to meet Y. // <a paragraph on something else> // ... the spot
// where the delegations met": across a whole paragraph, an encounter only
// wished for (or denied) is no antecedent of a group noun that met; X and
// Y have not met. An encounter that took place still is.
#include <gtest/gtest.h>

#include "fixture.h"

namespace eg {
namespace {

using testing::Doc;
using Names = std::set<std::string>;

TEST(NewsGroupNounAcrossParagraph, AWishedForEncounterIsNoAntecedent) {
  Doc d(
      "Varga has said she hopes to meet Osei in Accra before the end of the year.\n\n"
      "The ministry is due to publish its budget next month.\n\n"
      "In Tamale, a plaque marks the spot where the delegations met.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  for (const auto& e : d.Interactions()) {
    if (d.Names(e) == Names{"Ilona Varga", "Kofi Osei"}) {
      EXPECT_NE(e.status, EventStatus::kOccurred);
    }
  }
}

TEST(NewsGroupNounAcrossParagraph, AnEncounterThatTookPlaceStillIs) {
  Doc d(
      "Varga met Osei in Accra in March.\n\n"
      "The ministry is due to publish its budget next month.\n\n"
      "The leaders met again in Tamale in June.");
  d.M("Varga", "Ilona Varga").M("Osei", "Kofi Osei");
  d.T("March", "2024-03").T("June", "2024-06");
  int n = 0;
  for (const auto& e : d.Interactions())
    if (d.Names(e) == Names{"Ilona Varga", "Kofi Osei"} && e.status == EventStatus::kOccurred) ++n;
  EXPECT_EQ(n, 2);
}

}  // namespace
}  // namespace eg
